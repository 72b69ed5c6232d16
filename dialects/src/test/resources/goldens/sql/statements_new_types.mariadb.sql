-- create table
CREATE TABLE IF NOT EXISTS `new_types` (`id` BIGINT NOT NULL, `tiny` TINYINT NOT NULL, `huge` DECIMAL(65, 0) NOT NULL, `bounded` DECIMAL(20, 0) NULL, `clock` TIME(6) NOT NULL, `moment` DATETIME(6) NULL, `doc` JSON NOT NULL, CONSTRAINT `new_types_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin
-- drop table
DROP TABLE IF EXISTS `new_types`
-- insert, 1 row
INSERT INTO `new_types` (`id`, `tiny`, `huge`, `bounded`, `clock`, `moment`, `doc`) VALUES (?, ?, ?, ?, ?, ?, ?)
-- insert, 3 rows
INSERT INTO `new_types` (`id`, `tiny`, `huge`, `bounded`, `clock`, `moment`, `doc`) VALUES (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?)
-- upsert, 1 row
INSERT INTO `new_types` (`id`, `tiny`, `huge`, `bounded`, `clock`, `moment`, `doc`) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `tiny` = VALUES(`tiny`), `huge` = VALUES(`huge`), `bounded` = VALUES(`bounded`), `clock` = VALUES(`clock`), `moment` = VALUES(`moment`), `doc` = VALUES(`doc`)
-- upsert, 2 rows
INSERT INTO `new_types` (`id`, `tiny`, `huge`, `bounded`, `clock`, `moment`, `doc`) VALUES (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE `tiny` = VALUES(`tiny`), `huge` = VALUES(`huge`), `bounded` = VALUES(`bounded`), `clock` = VALUES(`clock`), `moment` = VALUES(`moment`), `doc` = VALUES(`doc`)
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
