-- up
ALTER TABLE `flavor` ADD COLUMN `rating` INT;
-- down
ALTER TABLE `flavor` DROP COLUMN `rating`;
