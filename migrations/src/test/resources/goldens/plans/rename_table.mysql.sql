-- up
RENAME TABLE `writer` TO `author`;
-- down
RENAME TABLE `author` TO `writer`;
