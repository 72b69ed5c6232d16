-- up
ALTER TABLE `writer` RENAME TO `author`;
-- down
ALTER TABLE `author` RENAME TO `writer`;
