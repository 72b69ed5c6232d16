-- create table
CREATE TABLE IF NOT EXISTS `ticket` (`id` INTEGER NOT NULL CONSTRAINT `ticket_pkey` PRIMARY KEY AUTOINCREMENT, `title` TEXT NOT NULL, `created_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)
-- drop
DROP TABLE IF EXISTS `ticket`
-- insert, 1 row
INSERT INTO `ticket` (`title`) VALUES (?) RETURNING `id`, `created_at`
-- insert, 3 rows
INSERT INTO `ticket` (`title`) VALUES (?), (?), (?) RETURNING `id`, `created_at`
-- upsert, 2 rows
INSERT INTO `ticket` (`id`, `title`, `created_at`) VALUES (?, ?, ?), (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `title` = excluded.`title`, `created_at` = excluded.`created_at`
-- select by key
SELECT `id`, `title`, `created_at` FROM `ticket` WHERE `id` = ?
-- update by key
UPDATE `ticket` SET `title` = ?, `created_at` = ? WHERE `id` = ?
-- delete by key
DELETE FROM `ticket` WHERE `id` = ?
