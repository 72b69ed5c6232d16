-- Migration 0002 (add rating), down, SQLite.

-- ormdantic:statement
DROP TABLE IF EXISTS `__ormdantic_rebuild_flavor`

-- ormdantic:statement
CREATE TABLE `__ormdantic_rebuild_flavor` (`id` TEXT NOT NULL, `name` VARCHAR(80) NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`), CONSTRAINT `flavor_name_max_length_check` CHECK (LENGTH(`name`) <= 80))

-- ormdantic:statement
INSERT INTO `__ormdantic_rebuild_flavor` (`id`, `name`) SELECT `id`, `name` FROM `flavor`

-- ormdantic:statement
DROP TABLE `flavor`

-- ormdantic:statement
ALTER TABLE `__ormdantic_rebuild_flavor` RENAME TO `flavor`
