-- Migration 0001 (create todo tables), up, SQLite.

-- ormdantic:statement
CREATE TABLE IF NOT EXISTS `app_user` (`id` INTEGER NOT NULL CONSTRAINT `app_user_pkey` PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(80) NOT NULL, `email` VARCHAR(120) NOT NULL, CONSTRAINT `app_user_unique_0` UNIQUE (`email`), CONSTRAINT `app_user_name_not_blank_check` CHECK (TRIM(`name`) <> ''), CONSTRAINT `app_user_name_max_length_check` CHECK (LENGTH(`name`) <= 80), CONSTRAINT `app_user_email_not_blank_check` CHECK (TRIM(`email`) <> ''), CONSTRAINT `app_user_email_max_length_check` CHECK (LENGTH(`email`) <= 120))

-- ormdantic:statement
CREATE TABLE IF NOT EXISTS `project` (`id` INTEGER NOT NULL CONSTRAINT `project_pkey` PRIMARY KEY AUTOINCREMENT, `owner` BIGINT NOT NULL, `name` VARCHAR(120) NOT NULL, `archived` BOOLEAN NOT NULL, CONSTRAINT `project_name_not_blank_check` CHECK (TRIM(`name`) <> ''), CONSTRAINT `project_name_max_length_check` CHECK (LENGTH(`name`) <= 120), CONSTRAINT `project_owner_foreign_key` FOREIGN KEY (`owner`) REFERENCES `app_user` (`id`))

-- ormdantic:statement
CREATE INDEX IF NOT EXISTS `project_owner_idx` ON `project` (`owner`)

-- ormdantic:statement
CREATE TABLE IF NOT EXISTS `tag` (`id` INTEGER NOT NULL CONSTRAINT `tag_pkey` PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(40) NOT NULL, CONSTRAINT `tag_unique_0` UNIQUE (`name`), CONSTRAINT `tag_name_not_blank_check` CHECK (TRIM(`name`) <> ''), CONSTRAINT `tag_name_max_length_check` CHECK (LENGTH(`name`) <= 40))

-- ormdantic:statement
CREATE TABLE IF NOT EXISTS `task` (`id` INTEGER NOT NULL CONSTRAINT `task_pkey` PRIMARY KEY AUTOINCREMENT, `project` BIGINT NOT NULL, `title` VARCHAR(200) NOT NULL, `done` BOOLEAN NOT NULL, `priority` INTEGER NOT NULL, `version` BIGINT NOT NULL, CONSTRAINT `task_title_not_blank_check` CHECK (TRIM(`title`) <> ''), CONSTRAINT `task_title_max_length_check` CHECK (LENGTH(`title`) <= 200), CONSTRAINT `task_priority_ge_check` CHECK (`priority` >= 1), CONSTRAINT `task_priority_le_check` CHECK (`priority` <= 5), CONSTRAINT `task_project_foreign_key` FOREIGN KEY (`project`) REFERENCES `project` (`id`))

-- ormdantic:statement
CREATE INDEX IF NOT EXISTS `task_project_idx` ON `task` (`project`)

-- ormdantic:statement
CREATE TABLE IF NOT EXISTS `task_tag` (`task` BIGINT NOT NULL, `tag` BIGINT NOT NULL, CONSTRAINT `task_tag_pkey` PRIMARY KEY (`task`, `tag`), CONSTRAINT `task_tag_task_foreign_key` FOREIGN KEY (`task`) REFERENCES `task` (`id`), CONSTRAINT `task_tag_tag_foreign_key` FOREIGN KEY (`tag`) REFERENCES `tag` (`id`))

-- ormdantic:statement
CREATE INDEX IF NOT EXISTS `task_tag_tag_idx` ON `task_tag` (`tag`)
