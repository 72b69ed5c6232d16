-- up
DROP TABLE IF EXISTS `__ormdantic_rebuild_flavor`;
CREATE TABLE `__ormdantic_rebuild_flavor` (`id` VARCHAR(40) NOT NULL, `name` VARCHAR(40) NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`));
INSERT INTO `__ormdantic_rebuild_flavor` (`id`, `name`) SELECT `id`, `name` FROM `flavor`;
DROP TABLE `flavor`;
ALTER TABLE `__ormdantic_rebuild_flavor` RENAME TO `flavor`;
-- down
DROP TABLE IF EXISTS `__ormdantic_rebuild_flavor`;
CREATE TABLE `__ormdantic_rebuild_flavor` (`id` VARCHAR(40) NOT NULL, `name` VARCHAR(40) NOT NULL, `label` VARCHAR(20) DEFAULT 'none' NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`), CONSTRAINT `flavor_label_max_length_check` CHECK (LENGTH(`label`) <= 20));
INSERT INTO `__ormdantic_rebuild_flavor` (`id`, `name`) SELECT `id`, `name` FROM `flavor`;
DROP TABLE `flavor`;
ALTER TABLE `__ormdantic_rebuild_flavor` RENAME TO `flavor`;
