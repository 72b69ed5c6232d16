-- up
DROP TABLE IF EXISTS `__ormdantic_rebuild_flavor`;
CREATE TABLE `__ormdantic_rebuild_flavor` (`id` VARCHAR(40) NOT NULL, `name` VARCHAR(40) NOT NULL, `rating` BIGINT NOT NULL, `label` VARCHAR(80) DEFAULT 'none' NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`));
INSERT INTO `__ormdantic_rebuild_flavor` (`id`, `name`, `rating`, `label`) SELECT `id`, `name`, `rating`, `label` FROM `flavor`;
DROP TABLE `flavor`;
ALTER TABLE `__ormdantic_rebuild_flavor` RENAME TO `flavor`;
-- down
DROP TABLE IF EXISTS `__ormdantic_rebuild_flavor`;
CREATE TABLE `__ormdantic_rebuild_flavor` (`id` VARCHAR(40) NOT NULL, `name` VARCHAR(40) NOT NULL, `rating` INTEGER NULL, `label` VARCHAR(20) NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`));
INSERT INTO `__ormdantic_rebuild_flavor` (`id`, `name`, `rating`, `label`) SELECT `id`, `name`, `rating`, `label` FROM `flavor`;
DROP TABLE `flavor`;
ALTER TABLE `__ormdantic_rebuild_flavor` RENAME TO `flavor`;
