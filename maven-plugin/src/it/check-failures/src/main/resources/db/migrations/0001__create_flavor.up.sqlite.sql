-- Migration 0001 (create flavor), up, SQLite.

-- ormdantic:statement
CREATE TABLE IF NOT EXISTS `flavor` (`id` TEXT NOT NULL, `name` VARCHAR(80) NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`), CONSTRAINT `flavor_name_max_length_check` CHECK (LENGTH(`name`) <= 80))
