-- create table
CREATE TABLE IF NOT EXISTS `ticket` (`id` BIGINT NOT NULL AUTO_INCREMENT, `title` LONGTEXT NOT NULL, `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP NOT NULL, CONSTRAINT `ticket_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- drop
DROP TABLE IF EXISTS `ticket`
-- insert, 1 row
INSERT INTO `ticket` (`title`) VALUES (?)
-- insert, 3 rows
INSERT INTO `ticket` (`title`) VALUES (?), (?), (?)
-- upsert, 2 rows
INSERT INTO `ticket` (`id`, `title`, `created_at`) VALUES (?, ?, ?), (?, ?, ?) ON DUPLICATE KEY UPDATE `title` = VALUES(`title`), `created_at` = VALUES(`created_at`)
-- select by key
SELECT `id`, `title`, `created_at` FROM `ticket` WHERE `id` = ?
-- update by key
UPDATE `ticket` SET `title` = ?, `created_at` = ? WHERE `id` = ?
-- delete by key
DELETE FROM `ticket` WHERE `id` = ?
