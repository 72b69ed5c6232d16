-- create table
CREATE TABLE IF NOT EXISTS `every_type` (`id` BIGINT NOT NULL, `code` TEXT NOT NULL, `note` TEXT NULL, `active` BOOLEAN NOT NULL, `small` SMALLINT NULL, `count` INTEGER NOT NULL, `ratio` REAL NOT NULL, `score` REAL NULL, `price` DECIMAL_TEXT(12, 2) NOT NULL, `amount` DECIMAL_TEXT NULL, `uid` CHAR(36) NOT NULL, `born` DATE NULL, `seen` DATETIME NULL, `at` TIMESTAMP NOT NULL, `data` BLOB NULL, `odd"na]me``` VARCHAR(10) NULL, CONSTRAINT `every_type_pkey` PRIMARY KEY (`id`))
CREATE UNIQUE INDEX IF NOT EXISTS `every_type_code_unique_idx` ON `every_type` (`code`)
-- drop table
DROP TABLE IF EXISTS `every_type`
-- insert, 1 row
INSERT INTO `every_type` (`id`, `code`, `note`, `active`, `small`, `count`, `ratio`, `score`, `price`, `amount`, `uid`, `born`, `seen`, `at`, `data`, `odd"na]me```) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
-- insert, 3 rows
INSERT INTO `every_type` (`id`, `code`, `note`, `active`, `small`, `count`, `ratio`, `score`, `price`, `amount`, `uid`, `born`, `seen`, `at`, `data`, `odd"na]me```) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
-- upsert, 1 row
INSERT INTO `every_type` (`id`, `code`, `note`, `active`, `small`, `count`, `ratio`, `score`, `price`, `amount`, `uid`, `born`, `seen`, `at`, `data`, `odd"na]me```) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `code` = excluded.`code`, `note` = excluded.`note`, `active` = excluded.`active`, `small` = excluded.`small`, `count` = excluded.`count`, `ratio` = excluded.`ratio`, `score` = excluded.`score`, `price` = excluded.`price`, `amount` = excluded.`amount`, `uid` = excluded.`uid`, `born` = excluded.`born`, `seen` = excluded.`seen`, `at` = excluded.`at`, `data` = excluded.`data`, `odd"na]me``` = excluded.`odd"na]me```
-- upsert, 2 rows
INSERT INTO `every_type` (`id`, `code`, `note`, `active`, `small`, `count`, `ratio`, `score`, `price`, `amount`, `uid`, `born`, `seen`, `at`, `data`, `odd"na]me```) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `code` = excluded.`code`, `note` = excluded.`note`, `active` = excluded.`active`, `small` = excluded.`small`, `count` = excluded.`count`, `ratio` = excluded.`ratio`, `score` = excluded.`score`, `price` = excluded.`price`, `amount` = excluded.`amount`, `uid` = excluded.`uid`, `born` = excluded.`born`, `seen` = excluded.`seen`, `at` = excluded.`at`, `data` = excluded.`data`, `odd"na]me``` = excluded.`odd"na]me```
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
