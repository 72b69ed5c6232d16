-- create table
CREATE SEQUENCE IF NOT EXISTS `numbered_id_seq` START WITH 100 INCREMENT BY 10
CREATE TABLE IF NOT EXISTS `numbered` (`id` BIGINT DEFAULT (NEXT VALUE FOR `numbered_id_seq`) NOT NULL, `label` LONGTEXT NOT NULL, CONSTRAINT `numbered_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin
-- drop
DROP TABLE IF EXISTS `numbered`
DROP SEQUENCE IF EXISTS `numbered_id_seq`
-- insert, 1 row
INSERT INTO `numbered` (`label`) VALUES (?) RETURNING `id`
-- insert, 3 rows
INSERT INTO `numbered` (`label`) VALUES (?), (?), (?) RETURNING `id`
-- upsert, 2 rows
INSERT INTO `numbered` (`id`, `label`) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE `label` = VALUES(`label`)
-- select by key
SELECT `id`, `label` FROM `numbered` WHERE `id` = ?
-- update by key
UPDATE `numbered` SET `label` = ? WHERE `id` = ?
-- delete by key
DELETE FROM `numbered` WHERE `id` = ?
