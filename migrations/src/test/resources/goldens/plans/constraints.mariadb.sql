-- up
DROP INDEX `book_title_idx` ON `book`;
CREATE INDEX `book_author_id_idx` ON `book` (`author_id`);
ALTER TABLE `book` ADD CONSTRAINT `book_title_unique` UNIQUE (`title`);
ALTER TABLE `book` ADD CONSTRAINT `book_pages_check` CHECK (pages > 0);
ALTER TABLE `book` ADD CONSTRAINT `book_author_id_foreign_key` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`) ON DELETE CASCADE;
-- down
ALTER TABLE `book` DROP FOREIGN KEY `book_author_id_foreign_key`;
DROP INDEX `book_author_id_idx` ON `book`;
ALTER TABLE `book` DROP INDEX `book_title_unique`;
ALTER TABLE `book` DROP CONSTRAINT `book_pages_check`;
CREATE INDEX `book_title_idx` ON `book` (`title`);
