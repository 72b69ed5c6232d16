-- create table
CREATE TABLE IF NOT EXISTS `stored_total` (`id` TEXT NOT NULL, `price` INTEGER NOT NULL, `quantity` INTEGER NOT NULL, `total` INTEGER GENERATED ALWAYS AS (price * quantity) STORED, CONSTRAINT `stored_total_pkey` PRIMARY KEY (`id`))
-- drop
DROP TABLE IF EXISTS `stored_total`
-- insert, 1 row
INSERT INTO `stored_total` (`id`, `price`, `quantity`) VALUES (?, ?, ?) RETURNING `total`
-- insert, 3 rows
INSERT INTO `stored_total` (`id`, `price`, `quantity`) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?) RETURNING `total`
-- upsert, 2 rows
INSERT INTO `stored_total` (`id`, `price`, `quantity`) VALUES (?, ?, ?), (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `price` = excluded.`price`, `quantity` = excluded.`quantity`
-- select by key
SELECT `id`, `price`, `quantity`, `total` FROM `stored_total` WHERE `id` = ?
-- update by key
UPDATE `stored_total` SET `price` = ?, `quantity` = ? WHERE `id` = ?
-- delete by key
DELETE FROM `stored_total` WHERE `id` = ?
