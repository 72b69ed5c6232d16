-- create table
CREATE TABLE IF NOT EXISTS `flavor` (`id` TEXT NOT NULL, `name` VARCHAR(80) NOT NULL, `rating` INTEGER NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`))
CREATE INDEX IF NOT EXISTS `flavor_name_idx` ON `flavor` (`name`)
-- drop table
DROP TABLE IF EXISTS `flavor`
-- insert, 1 row
INSERT INTO `flavor` (`id`, `name`, `rating`) VALUES (?, ?, ?)
-- insert, 3 rows
INSERT INTO `flavor` (`id`, `name`, `rating`) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)
-- upsert, 1 row
INSERT INTO `flavor` (`id`, `name`, `rating`) VALUES (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `name` = excluded.`name`, `rating` = excluded.`rating`
-- upsert, 2 rows
INSERT INTO `flavor` (`id`, `name`, `rating`) VALUES (?, ?, ?), (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `name` = excluded.`name`, `rating` = excluded.`rating`
-- select by key
SELECT `id`, `name`, `rating` FROM `flavor` WHERE `id` = ?
-- select all
SELECT `id`, `name`, `rating` FROM `flavor`
-- update by key
UPDATE `flavor` SET `name` = ?, `rating` = ? WHERE `id` = ?
-- delete by key
DELETE FROM `flavor` WHERE `id` = ?
-- count
SELECT COUNT(*) FROM `flavor`
