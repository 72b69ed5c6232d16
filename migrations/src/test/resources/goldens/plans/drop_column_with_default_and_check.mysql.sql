-- up
ALTER TABLE `flavor` DROP CONSTRAINT `flavor_label_max_length_check`;
ALTER TABLE `flavor` DROP COLUMN `label`;
-- down
ALTER TABLE `flavor` ADD COLUMN `label` VARCHAR(20) DEFAULT 'none' NOT NULL;
ALTER TABLE `flavor` ADD CONSTRAINT `flavor_label_max_length_check` CHECK (CHAR_LENGTH(`label`) <= 20);
