-- create table
CREATE DATABASE IF NOT EXISTS `sales`
CREATE TABLE IF NOT EXISTS `sales`.`sales_order` (`id` BIGINT NOT NULL, `customer` VARCHAR(80) NOT NULL, `total` DECIMAL(12, 2) NOT NULL, CONSTRAINT `sales_order_pkey` PRIMARY KEY (`id`), CONSTRAINT `sales_order_customer_foreign_key` FOREIGN KEY (`customer`) REFERENCES `sales`.`customer` (`name`), INDEX `sales_order_customer_idx` (`customer`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- drop table
DROP TABLE IF EXISTS `sales`.`sales_order`
-- insert
INSERT INTO `sales`.`sales_order` (`id`, `customer`, `total`) VALUES (?, ?, ?)
-- upsert
INSERT INTO `sales`.`sales_order` (`id`, `customer`, `total`) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE `customer` = VALUES(`customer`), `total` = VALUES(`total`)
-- select by key
SELECT `id`, `customer`, `total` FROM `sales`.`sales_order` WHERE `id` = ?
-- update by key
UPDATE `sales`.`sales_order` SET `customer` = ?, `total` = ? WHERE `id` = ?
-- delete by key
DELETE FROM `sales`.`sales_order` WHERE `id` = ?
-- count
SELECT COUNT(*) FROM `sales`.`sales_order`
-- find many
SELECT `id`, `customer`, `total` FROM `sales`.`sales_order` WHERE `customer` = ? ORDER BY `id` ASC LIMIT ?
-- count filtered
SELECT COUNT(*) FROM `sales`.`sales_order` WHERE `customer` = ?
-- update where
UPDATE `sales`.`sales_order` SET `customer` = ? WHERE `customer` = ?
-- delete where
DELETE FROM `sales`.`sales_order` WHERE `customer` = ?
-- projection
SELECT `customer` FROM `sales`.`sales_order`
