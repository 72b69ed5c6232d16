CREATE DATABASE IF NOT EXISTS `sales`
CREATE TABLE IF NOT EXISTS `sales`.`bean` (`id` VARCHAR(255) NOT NULL, `roast` VARCHAR(3) NOT NULL, CONSTRAINT `bean_pkey` PRIMARY KEY (`id`), CONSTRAINT `bean_roast_enum_values_check` CHECK (`roast` IN ('L', 'D', 'O''K'))) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */
DROP TABLE IF EXISTS `sales`.`bean`
