-- up
ALTER TABLE [flavor] DROP CONSTRAINT [flavor_label_max_length_check];
ALTER TABLE [flavor] DROP CONSTRAINT IF EXISTS [flavor_label_max_length_check]; DECLARE @ormdantic_default sysname = (SELECT d.name FROM sys.default_constraints d JOIN sys.columns c ON c.default_object_id = d.object_id WHERE d.parent_object_id = OBJECT_ID(N'[flavor]') AND c.name = N'label'); IF @ormdantic_default IS NOT NULL EXEC(N'ALTER TABLE [flavor] DROP CONSTRAINT ' + QUOTENAME(@ormdantic_default)); ALTER TABLE [flavor] DROP COLUMN [label];
-- down
ALTER TABLE [flavor] ADD [label] NVARCHAR(20) DEFAULT 'none' NOT NULL;
ALTER TABLE [flavor] ADD CONSTRAINT [flavor_label_max_length_check] CHECK (DATALENGTH([label]) / 2 <= 20);
