-- create table
CREATE TABLE IF NOT EXISTS `order_line` (`order_id` VARCHAR(20) NOT NULL, `line` INT NOT NULL, `product` LONGTEXT NOT NULL, `status` VARCHAR(10) DEFAULT 'new' NOT NULL, CONSTRAINT `order_line_pkey` PRIMARY KEY (`order_id`, `line`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin
-- drop
DROP TABLE IF EXISTS `order_line`
-- insert, 1 row
INSERT INTO `order_line` (`order_id`, `line`, `product`) VALUES (?, ?, ?) RETURNING `status`
-- insert, 3 rows
INSERT INTO `order_line` (`order_id`, `line`, `product`) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?) RETURNING `status`
-- upsert, 2 rows
INSERT INTO `order_line` (`order_id`, `line`, `product`, `status`) VALUES (?, ?, ?, ?), (?, ?, ?, ?) ON DUPLICATE KEY UPDATE `product` = VALUES(`product`), `status` = VALUES(`status`)
-- select by key
SELECT `order_id`, `line`, `product`, `status` FROM `order_line` WHERE `order_id` = ? AND `line` = ?
-- update by key
UPDATE `order_line` SET `product` = ?, `status` = ? WHERE `order_id` = ? AND `line` = ?
-- delete by key
DELETE FROM `order_line` WHERE `order_id` = ? AND `line` = ?
