-- create table
CREATE TABLE IF NOT EXISTS `every_type` (`id` BIGINT NOT NULL, `code` VARCHAR(255) NOT NULL, `note` LONGTEXT NULL, `active` BOOLEAN NOT NULL, `small` SMALLINT NULL, `count` INT NOT NULL, `ratio` DOUBLE NOT NULL, `score` DOUBLE NULL, `price` DECIMAL(12, 2) NOT NULL, `amount` DECIMAL(65, 30) NULL, `uid` CHAR(36) NOT NULL, `born` DATE NULL, `seen` DATETIME(6) NULL, `at` DATETIME(6) NOT NULL, `data` LONGBLOB NULL, `odd"na]me``` VARCHAR(10) NULL, CONSTRAINT `every_type_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin
CREATE UNIQUE INDEX IF NOT EXISTS `every_type_code_unique_idx` ON `every_type` (`code`)
-- drop table
DROP TABLE IF EXISTS `every_type`
-- insert, 1 row
INSERT INTO `every_type` (`id`, `code`, `note`, `active`, `small`, `count`, `ratio`, `score`, `price`, `amount`, `uid`, `born`, `seen`, `at`, `data`, `odd"na]me```) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
-- insert, 3 rows
INSERT INTO `every_type` (`id`, `code`, `note`, `active`, `small`, `count`, `ratio`, `score`, `price`, `amount`, `uid`, `born`, `seen`, `at`, `data`, `odd"na]me```) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
-- upsert, 1 row
INSERT INTO `every_type` (`id`, `code`, `note`, `active`, `small`, `count`, `ratio`, `score`, `price`, `amount`, `uid`, `born`, `seen`, `at`, `data`, `odd"na]me```) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `code` = IF(`id` = VALUES(`id`), VALUES(`code`), (SELECT 1 UNION ALL SELECT 2)), `note` = VALUES(`note`), `active` = VALUES(`active`), `small` = VALUES(`small`), `count` = VALUES(`count`), `ratio` = VALUES(`ratio`), `score` = VALUES(`score`), `price` = VALUES(`price`), `amount` = VALUES(`amount`), `uid` = VALUES(`uid`), `born` = VALUES(`born`), `seen` = VALUES(`seen`), `at` = VALUES(`at`), `data` = VALUES(`data`), `odd"na]me``` = VALUES(`odd"na]me```)
-- upsert, 2 rows
INSERT INTO `every_type` (`id`, `code`, `note`, `active`, `small`, `count`, `ratio`, `score`, `price`, `amount`, `uid`, `born`, `seen`, `at`, `data`, `odd"na]me```) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `code` = IF(`id` = VALUES(`id`), VALUES(`code`), (SELECT 1 UNION ALL SELECT 2)), `note` = VALUES(`note`), `active` = VALUES(`active`), `small` = VALUES(`small`), `count` = VALUES(`count`), `ratio` = VALUES(`ratio`), `score` = VALUES(`score`), `price` = VALUES(`price`), `amount` = VALUES(`amount`), `uid` = VALUES(`uid`), `born` = VALUES(`born`), `seen` = VALUES(`seen`), `at` = VALUES(`at`), `data` = VALUES(`data`), `odd"na]me``` = VALUES(`odd"na]me```)
-- select by key
SELECT `id`, `code`, `note`, `active`, `small`, `count`, `ratio`, `score`, `price`, `amount`, `uid`, `born`, `seen`, `at`, `data`, `odd"na]me``` FROM `every_type` WHERE `id` = ?
-- select all
SELECT `id`, `code`, `note`, `active`, `small`, `count`, `ratio`, `score`, `price`, `amount`, `uid`, `born`, `seen`, `at`, `data`, `odd"na]me``` FROM `every_type`
-- update by key
UPDATE `every_type` SET `code` = ?, `note` = ?, `active` = ?, `small` = ?, `count` = ?, `ratio` = ?, `score` = ?, `price` = ?, `amount` = ?, `uid` = ?, `born` = ?, `seen` = ?, `at` = ?, `data` = ?, `odd"na]me``` = ? WHERE `id` = ?
-- delete by key
DELETE FROM `every_type` WHERE `id` = ?
-- count
SELECT COUNT(*) FROM `every_type`
