CREATE TABLE IF NOT EXISTS `scoop` (`id` BIGINT NOT NULL, `flavor_id` VARCHAR(40) NOT NULL, `group_id` BIGINT NULL, `user_id` BIGINT NULL, `code` VARCHAR(255) NOT NULL, `size` INT NOT NULL, CONSTRAINT `scoop_pkey` PRIMARY KEY (`id`), CONSTRAINT `scoop_unique_0` UNIQUE (`code`), CONSTRAINT `scoop_code_flavor` UNIQUE (`code`, `flavor_id`), CONSTRAINT `scoop_flavor_id_foreign_key` FOREIGN KEY (`flavor_id`) REFERENCES `flavor` (`id`) ON DELETE CASCADE, CONSTRAINT `scoop_group_id_user_id_foreign_key` FOREIGN KEY (`group_id`, `user_id`) REFERENCES `membership` (`group_id`, `user_id`) ON DELETE SET NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin
CREATE INDEX IF NOT EXISTS `scoop_flavor_id_size_idx` ON `scoop` (`flavor_id`, `size`)
CREATE UNIQUE INDEX IF NOT EXISTS `scoop_code_size_unique_idx` ON `scoop` (`code`, `size`)
-- drop
DROP TABLE IF EXISTS `scoop`
