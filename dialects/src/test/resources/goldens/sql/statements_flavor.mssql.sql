-- create table
IF OBJECT_ID(N'[flavor]', N'U') IS NULL CREATE TABLE [flavor] ([id] NVARCHAR(255) NOT NULL, [name] NVARCHAR(80) NOT NULL, [rating] INT NOT NULL, CONSTRAINT [flavor_pkey] PRIMARY KEY ([id]))
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'flavor_name_idx' AND object_id = OBJECT_ID(N'[flavor]')) CREATE INDEX [flavor_name_idx] ON [flavor] ([name])
-- drop table
DROP TABLE IF EXISTS [flavor]
-- insert, 1 row
INSERT INTO [flavor] ([id], [name], [rating]) VALUES (?, ?, ?)
-- insert, 3 rows
INSERT INTO [flavor] ([id], [name], [rating]) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)
-- upsert, 1 row
MERGE INTO [flavor] WITH (HOLDLOCK) AS target USING (VALUES (?, ?, ?)) AS source ([id], [name], [rating]) ON (target.[id] = source.[id] AND DATALENGTH(target.[id]) = DATALENGTH(source.[id])) WHEN MATCHED THEN UPDATE SET target.[name] = source.[name], target.[rating] = source.[rating] WHEN NOT MATCHED THEN INSERT ([id], [name], [rating]) VALUES (source.[id], source.[name], source.[rating]);
-- upsert, 2 rows
MERGE INTO [flavor] WITH (HOLDLOCK) AS target USING (VALUES (?, ?, ?), (?, ?, ?)) AS source ([id], [name], [rating]) ON (target.[id] = source.[id] AND DATALENGTH(target.[id]) = DATALENGTH(source.[id])) WHEN MATCHED THEN UPDATE SET target.[name] = source.[name], target.[rating] = source.[rating] WHEN NOT MATCHED THEN INSERT ([id], [name], [rating]) VALUES (source.[id], source.[name], source.[rating]);
-- select by key
SELECT [id], [name], [rating] FROM [flavor] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([flavor].[id]))
-- select all
SELECT [id], [name], [rating] FROM [flavor]
-- update by key
UPDATE [flavor] SET [name] = ?, [rating] = ? WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([flavor].[id]))
-- delete by key
DELETE FROM [flavor] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([flavor].[id]))
-- count
SELECT COUNT(*) FROM [flavor]
