-- create table
IF OBJECT_ID(N'[virtual_total]', N'U') IS NULL CREATE TABLE [virtual_total] ([id] NVARCHAR(255) NOT NULL, [price] INT NOT NULL, [quantity] INT NOT NULL, [total] AS (price * quantity), CONSTRAINT [virtual_total_pkey] PRIMARY KEY ([id]))
-- drop
DROP TABLE IF EXISTS [virtual_total]
-- insert, 1 row
INSERT INTO [virtual_total] ([id], [price], [quantity]) OUTPUT INSERTED.[total] VALUES (?, ?, ?)
-- insert, 3 rows
INSERT INTO [virtual_total] ([id], [price], [quantity]) OUTPUT INSERTED.[total] VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)
-- upsert, 2 rows
MERGE INTO [virtual_total] WITH (HOLDLOCK) AS target USING (VALUES (?, ?, ?), (?, ?, ?)) AS source ([id], [price], [quantity]) ON (target.[id] = source.[id] AND DATALENGTH(target.[id]) = DATALENGTH(source.[id])) WHEN MATCHED THEN UPDATE SET target.[price] = source.[price], target.[quantity] = source.[quantity] WHEN NOT MATCHED THEN INSERT ([id], [price], [quantity]) VALUES (source.[id], source.[price], source.[quantity]);
-- select by key
SELECT [id], [price], [quantity], [total] FROM [virtual_total] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([virtual_total].[id]))
-- update by key
UPDATE [virtual_total] SET [price] = ?, [quantity] = ? WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([virtual_total].[id]))
-- delete by key
DELETE FROM [virtual_total] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([virtual_total].[id]))
