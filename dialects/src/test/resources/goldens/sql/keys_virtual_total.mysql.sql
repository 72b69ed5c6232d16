-- create table
CREATE TABLE IF NOT EXISTS `virtual_total` (`id` VARCHAR(255) NOT NULL, `price` INT NOT NULL, `quantity` INT NOT NULL, `total` INT GENERATED ALWAYS AS (price * quantity) VIRTUAL, CONSTRAINT `virtual_total_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- drop
DROP TABLE IF EXISTS `virtual_total`
-- insert, 1 row
INSERT INTO `virtual_total` (`id`, `price`, `quantity`) VALUES (?, ?, ?)
-- insert, 3 rows
INSERT INTO `virtual_total` (`id`, `price`, `quantity`) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)
-- upsert, 2 rows
INSERT INTO `virtual_total` (`id`, `price`, `quantity`) VALUES (?, ?, ?), (?, ?, ?) ON DUPLICATE KEY UPDATE `price` = VALUES(`price`), `quantity` = VALUES(`quantity`)
-- select by key
SELECT `id`, `price`, `quantity`, `total` FROM `virtual_total` WHERE `id` = ?
-- update by key
UPDATE `virtual_total` SET `price` = ?, `quantity` = ? WHERE `id` = ?
-- delete by key
DELETE FROM `virtual_total` WHERE `id` = ?
