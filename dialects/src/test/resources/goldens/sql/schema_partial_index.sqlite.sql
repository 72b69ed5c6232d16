CREATE TABLE IF NOT EXISTS `account` (`id` BIGINT NOT NULL, `email` VARCHAR(120) NOT NULL, `deleted_at` DATETIME NULL, CONSTRAINT `account_pkey` PRIMARY KEY (`id`))
CREATE UNIQUE INDEX IF NOT EXISTS `account_email_unique_idx` ON `account` (`email`) WHERE deleted_at IS NULL
-- drop
DROP TABLE IF EXISTS `account`
