-- up
ALTER TABLE [flavor] ADD [rating] INT;
-- down
ALTER TABLE [flavor] DROP COLUMN [rating];
