-- create table
IF OBJECT_ID(N'[order_line]', N'U') IS NULL CREATE TABLE [order_line] ([order_id] NVARCHAR(20) NOT NULL, [line] INT NOT NULL, [product] NVARCHAR(MAX) NOT NULL, [status] NVARCHAR(10) DEFAULT 'new' NOT NULL, CONSTRAINT [order_line_pkey] PRIMARY KEY ([order_id], [line]))
-- drop
DROP TABLE IF EXISTS [order_line]
-- insert, 1 row
INSERT INTO [order_line] ([order_id], [line], [product]) OUTPUT INSERTED.[status] VALUES (?, ?, ?)
-- insert, 3 rows
INSERT INTO [order_line] ([order_id], [line], [product]) OUTPUT INSERTED.[status] VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)
-- upsert, 2 rows
MERGE INTO [order_line] WITH (HOLDLOCK) AS target USING (VALUES (?, ?, ?, ?), (?, ?, ?, ?)) AS source ([order_id], [line], [product], [status]) ON (target.[order_id] = source.[order_id] AND DATALENGTH(target.[order_id]) = DATALENGTH(source.[order_id]) AND target.[line] = source.[line]) WHEN MATCHED THEN UPDATE SET target.[product] = source.[product], target.[status] = source.[status] WHEN NOT MATCHED THEN INSERT ([order_id], [line], [product], [status]) VALUES (source.[order_id], source.[line], source.[product], source.[status]);
-- select by key
SELECT [order_id], [line], [product], [status] FROM [order_line] WHERE [order_id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([order_line].[order_id])) AND [line] = ?
-- update by key
UPDATE [order_line] SET [product] = ?, [status] = ? WHERE [order_id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([order_line].[order_id])) AND [line] = ?
-- delete by key
DELETE FROM [order_line] WHERE [order_id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([order_line].[order_id])) AND [line] = ?
