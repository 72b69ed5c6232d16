-- up
ALTER TABLE [flavor] ALTER COLUMN [rating] BIGINT NOT NULL;
ALTER TABLE [flavor] ALTER COLUMN [label] NVARCHAR(80) NOT NULL;
ALTER TABLE [flavor] ADD DEFAULT 'none' FOR [label];
-- down
ALTER TABLE [flavor] ALTER COLUMN [rating] INT NULL;
ALTER TABLE [flavor] ALTER COLUMN [label] NVARCHAR(20) NOT NULL;
DECLARE @ormdantic_default sysname = (SELECT d.name FROM sys.default_constraints d JOIN sys.columns c ON c.default_object_id = d.object_id WHERE d.parent_object_id = OBJECT_ID(N'[flavor]') AND c.name = N'label'); IF @ormdantic_default IS NOT NULL EXEC(N'ALTER TABLE [flavor] DROP CONSTRAINT ' + QUOTENAME(@ormdantic_default));
