-- on delete NO_ACTION
CREATE TABLE IF NOT EXISTS `child` (`id` INTEGER NOT NULL, `parent_id` INTEGER NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`))
-- on update NO_ACTION
CREATE TABLE IF NOT EXISTS `child` (`id` INTEGER NOT NULL, `parent_id` INTEGER NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`))
-- on delete RESTRICT
CREATE TABLE IF NOT EXISTS `child` (`id` INTEGER NOT NULL, `parent_id` INTEGER NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE RESTRICT)
-- on update RESTRICT
CREATE TABLE IF NOT EXISTS `child` (`id` INTEGER NOT NULL, `parent_id` INTEGER NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON UPDATE RESTRICT)
-- on delete CASCADE
CREATE TABLE IF NOT EXISTS `child` (`id` INTEGER NOT NULL, `parent_id` INTEGER NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE CASCADE)
-- on update CASCADE
CREATE TABLE IF NOT EXISTS `child` (`id` INTEGER NOT NULL, `parent_id` INTEGER NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON UPDATE CASCADE)
-- on delete SET_NULL
CREATE TABLE IF NOT EXISTS `child` (`id` INTEGER NOT NULL, `parent_id` INTEGER NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE SET NULL)
-- on update SET_NULL
CREATE TABLE IF NOT EXISTS `child` (`id` INTEGER NOT NULL, `parent_id` INTEGER NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON UPDATE SET NULL)
-- on delete SET_DEFAULT
CREATE TABLE IF NOT EXISTS `child` (`id` INTEGER NOT NULL, `parent_id` INTEGER NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE SET DEFAULT)
-- on update SET_DEFAULT
CREATE TABLE IF NOT EXISTS `child` (`id` INTEGER NOT NULL, `parent_id` INTEGER NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON UPDATE SET DEFAULT)
