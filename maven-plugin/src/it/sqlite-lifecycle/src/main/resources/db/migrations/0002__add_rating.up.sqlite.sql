-- Migration 0002 (add rating), up, SQLite.

-- ormdantic:statement
ALTER TABLE `flavor` ADD COLUMN `rating` INTEGER
