-- create table
CREATE TABLE IF NOT EXISTS `membership` (`group_id` BIGINT NOT NULL, `user_id` BIGINT NOT NULL, CONSTRAINT `membership_pkey` PRIMARY KEY (`group_id`, `user_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin
-- drop table
DROP TABLE IF EXISTS `membership`
-- insert, 1 row
INSERT INTO `membership` (`group_id`, `user_id`) VALUES (?, ?)
-- insert, 3 rows
INSERT INTO `membership` (`group_id`, `user_id`) VALUES (?, ?), (?, ?), (?, ?)
-- upsert, 1 row
INSERT INTO `membership` (`group_id`, `user_id`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `group_id` = `group_id`
-- upsert, 2 rows
INSERT INTO `membership` (`group_id`, `user_id`) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE `group_id` = `group_id`
-- select by key
SELECT `group_id`, `user_id` FROM `membership` WHERE `group_id` = ? AND `user_id` = ?
-- select all
SELECT `group_id`, `user_id` FROM `membership`
-- update by key
UPDATE `membership` SET `group_id` = `group_id` WHERE `group_id` = ? AND `user_id` = ?
-- delete by key
DELETE FROM `membership` WHERE `group_id` = ? AND `user_id` = ?
-- count
SELECT COUNT(*) FROM `membership`
