-- up
DROP TABLE IF EXISTS `__ormdantic_rebuild_book`;
CREATE TABLE `__ormdantic_rebuild_book` (`id` VARCHAR(40) NOT NULL, `title` VARCHAR(40) NOT NULL, `author_id` VARCHAR(40) NOT NULL, `pages` INTEGER NOT NULL, CONSTRAINT `book_pkey` PRIMARY KEY (`id`), CONSTRAINT `book_title_unique` UNIQUE (`title`), CONSTRAINT `book_pages_check` CHECK (pages > 0), CONSTRAINT `book_author_id_foreign_key` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`) ON DELETE CASCADE);
INSERT INTO `__ormdantic_rebuild_book` (`id`, `title`, `author_id`, `pages`) SELECT `id`, `title`, `author_id`, `pages` FROM `book`;
DROP TABLE `book`;
ALTER TABLE `__ormdantic_rebuild_book` RENAME TO `book`;
CREATE INDEX `book_author_id_idx` ON `book` (`author_id`);
-- down
DROP TABLE IF EXISTS `__ormdantic_rebuild_book`;
CREATE TABLE `__ormdantic_rebuild_book` (`id` VARCHAR(40) NOT NULL, `title` VARCHAR(40) NOT NULL, `author_id` VARCHAR(40) NOT NULL, `pages` INTEGER NOT NULL, CONSTRAINT `book_pkey` PRIMARY KEY (`id`));
INSERT INTO `__ormdantic_rebuild_book` (`id`, `title`, `author_id`, `pages`) SELECT `id`, `title`, `author_id`, `pages` FROM `book`;
DROP TABLE `book`;
ALTER TABLE `__ormdantic_rebuild_book` RENAME TO `book`;
CREATE INDEX `book_title_idx` ON `book` (`title`);
