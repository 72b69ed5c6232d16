-- up
CREATE TABLE IF NOT EXISTS `author` (`id` VARCHAR(40) NOT NULL, `name` VARCHAR(40) NOT NULL, CONSTRAINT `author_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE TABLE IF NOT EXISTS `book` (`id` VARCHAR(40) NOT NULL, `author_id` VARCHAR(40) NOT NULL, CONSTRAINT `book_pkey` PRIMARY KEY (`id`), CONSTRAINT `book_author_id_foreign_key` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
DROP TABLE IF EXISTS `legacy`;
-- down
CREATE TABLE IF NOT EXISTS `legacy` (`id` VARCHAR(40) NOT NULL, CONSTRAINT `legacy_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
DROP TABLE IF EXISTS `book`;
DROP TABLE IF EXISTS `author`;
