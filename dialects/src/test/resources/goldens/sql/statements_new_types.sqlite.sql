-- create table
CREATE TABLE IF NOT EXISTS `new_types` (`id` BIGINT NOT NULL, `tiny` INTEGER NOT NULL, `huge` DECIMAL_TEXT NOT NULL, `bounded` DECIMAL_TEXT(20, 0) NULL, `clock` TIME NOT NULL, `moment` TIMESTAMP NULL, `doc` TEXT NOT NULL, CONSTRAINT `new_types_pkey` PRIMARY KEY (`id`))
-- drop table
DROP TABLE IF EXISTS `new_types`
-- insert, 1 row
INSERT INTO `new_types` (`id`, `tiny`, `huge`, `bounded`, `clock`, `moment`, `doc`) VALUES (?, ?, ?, ?, ?, ?, ?)
-- insert, 3 rows
INSERT INTO `new_types` (`id`, `tiny`, `huge`, `bounded`, `clock`, `moment`, `doc`) VALUES (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?)
-- upsert, 1 row
INSERT INTO `new_types` (`id`, `tiny`, `huge`, `bounded`, `clock`, `moment`, `doc`) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `tiny` = excluded.`tiny`, `huge` = excluded.`huge`, `bounded` = excluded.`bounded`, `clock` = excluded.`clock`, `moment` = excluded.`moment`, `doc` = excluded.`doc`
-- upsert, 2 rows
INSERT INTO `new_types` (`id`, `tiny`, `huge`, `bounded`, `clock`, `moment`, `doc`) VALUES (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `tiny` = excluded.`tiny`, `huge` = excluded.`huge`, `bounded` = excluded.`bounded`, `clock` = excluded.`clock`, `moment` = excluded.`moment`, `doc` = excluded.`doc`
-- select by key
SELECT `id`, `tiny`, `huge`, `bounded`, `clock`, `moment`, `doc` FROM `new_types` WHERE `id` = ?
-- select all
SELECT `id`, `tiny`, `huge`, `bounded`, `clock`, `moment`, `doc` FROM `new_types`
-- update by key
UPDATE `new_types` SET `tiny` = ?, `huge` = ?, `bounded` = ?, `clock` = ?, `moment` = ?, `doc` = ? WHERE `id` = ?
-- delete by key
DELETE FROM `new_types` WHERE `id` = ?
-- count
SELECT COUNT(*) FROM `new_types`
