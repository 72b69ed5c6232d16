-- create table
IF OBJECT_ID(N'[stored_total]', N'U') IS NULL CREATE TABLE [stored_total] ([id] NVARCHAR(255) NOT NULL, [price] INT NOT NULL, [quantity] INT NOT NULL, [total] AS (price * quantity) PERSISTED, CONSTRAINT [stored_total_pkey] PRIMARY KEY ([id]))
-- drop
DROP TABLE IF EXISTS [stored_total]
-- insert, 1 row
INSERT INTO [stored_total] ([id], [price], [quantity]) OUTPUT INSERTED.[total] VALUES (?, ?, ?)
-- insert, 3 rows
INSERT INTO [stored_total] ([id], [price], [quantity]) OUTPUT INSERTED.[total] VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)
-- upsert, 2 rows
MERGE INTO [stored_total] WITH (HOLDLOCK) AS target USING (VALUES (?, ?, ?), (?, ?, ?)) AS source ([id], [price], [quantity]) ON (target.[id] = source.[id] AND DATALENGTH(target.[id]) = DATALENGTH(source.[id])) WHEN MATCHED THEN UPDATE SET target.[price] = source.[price], target.[quantity] = source.[quantity] WHEN NOT MATCHED THEN INSERT ([id], [price], [quantity]) VALUES (source.[id], source.[price], source.[quantity]);
-- select by key
SELECT [id], [price], [quantity], [total] FROM [stored_total] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([stored_total].[id]))
-- update by key
UPDATE [stored_total] SET [price] = ?, [quantity] = ? WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([stored_total].[id]))
-- delete by key
DELETE FROM [stored_total] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([stored_total].[id]))
