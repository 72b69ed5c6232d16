-- on delete NO_ACTION
CREATE TABLE IF NOT EXISTS `child` (`id` INT NOT NULL, `parent_id` INT NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- on update NO_ACTION
CREATE TABLE IF NOT EXISTS `child` (`id` INT NOT NULL, `parent_id` INT NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- on delete RESTRICT
CREATE TABLE IF NOT EXISTS `child` (`id` INT NOT NULL, `parent_id` INT NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE RESTRICT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- on update RESTRICT
CREATE TABLE IF NOT EXISTS `child` (`id` INT NOT NULL, `parent_id` INT NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON UPDATE RESTRICT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- on delete CASCADE
CREATE TABLE IF NOT EXISTS `child` (`id` INT NOT NULL, `parent_id` INT NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE CASCADE) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- on update CASCADE
CREATE TABLE IF NOT EXISTS `child` (`id` INT NOT NULL, `parent_id` INT NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON UPDATE CASCADE) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- on delete SET_NULL
CREATE TABLE IF NOT EXISTS `child` (`id` INT NOT NULL, `parent_id` INT NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON DELETE SET NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- on update SET_NULL
CREATE TABLE IF NOT EXISTS `child` (`id` INT NOT NULL, `parent_id` INT NULL, CONSTRAINT `child_pkey` PRIMARY KEY (`id`), CONSTRAINT `child_parent_id_foreign_key` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`) ON UPDATE SET NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
-- on delete SET_DEFAULT
-- refused: MySQL does not support ON DELETE SET DEFAULT (foreign key child_parent_id_foreign_key of table child). Use ON DELETE NO ACTION (the default), or keep this record off MySQL.
-- on update SET_DEFAULT
-- refused: MySQL does not support ON UPDATE SET DEFAULT (foreign key child_parent_id_foreign_key of table child). Use ON UPDATE NO ACTION (the default), or keep this record off MySQL.
