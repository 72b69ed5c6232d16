-- create table
IF OBJECT_ID(N'[ticket]', N'U') IS NULL CREATE TABLE [ticket] ([id] BIGINT IDENTITY(1,1) NOT NULL, [title] NVARCHAR(MAX) NOT NULL, [created_at] DATETIMEOFFSET DEFAULT CURRENT_TIMESTAMP NOT NULL, CONSTRAINT [ticket_pkey] PRIMARY KEY ([id]))
-- drop
DROP TABLE IF EXISTS [ticket]
-- insert, 1 row
INSERT INTO [ticket] ([title]) OUTPUT INSERTED.[id], INSERTED.[created_at] VALUES (?)
-- insert, 3 rows
INSERT INTO [ticket] ([title]) OUTPUT INSERTED.[id], INSERTED.[created_at] VALUES (?), (?), (?)
-- upsert, 2 rows
SET IDENTITY_INSERT [ticket] ON; MERGE INTO [ticket] WITH (HOLDLOCK) AS target USING (VALUES (?, ?, ?), (?, ?, ?)) AS source ([id], [title], [created_at]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[title] = source.[title], target.[created_at] = source.[created_at] WHEN NOT MATCHED THEN INSERT ([id], [title], [created_at]) VALUES (source.[id], source.[title], source.[created_at]); SET IDENTITY_INSERT [ticket] OFF;
-- select by key
SELECT [id], [title], [created_at] FROM [ticket] WHERE [id] = ?
-- update by key
UPDATE [ticket] SET [title] = ?, [created_at] = ? WHERE [id] = ?
-- delete by key
DELETE FROM [ticket] WHERE [id] = ?
