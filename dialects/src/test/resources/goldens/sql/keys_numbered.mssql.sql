-- create table
IF OBJECT_ID(N'[numbered_id_seq]', N'SO') IS NULL CREATE SEQUENCE [numbered_id_seq] AS BIGINT START WITH 100 INCREMENT BY 10
IF OBJECT_ID(N'[numbered]', N'U') IS NULL CREATE TABLE [numbered] ([id] BIGINT DEFAULT NEXT VALUE FOR [numbered_id_seq] NOT NULL, [label] NVARCHAR(MAX) NOT NULL, CONSTRAINT [numbered_pkey] PRIMARY KEY ([id]))
-- drop
DROP TABLE IF EXISTS [numbered]
DROP SEQUENCE IF EXISTS [numbered_id_seq]
-- insert, 1 row
INSERT INTO [numbered] ([label]) OUTPUT INSERTED.[id] VALUES (?)
-- insert, 3 rows
INSERT INTO [numbered] ([label]) OUTPUT INSERTED.[id] VALUES (?), (?), (?)
-- upsert, 2 rows
MERGE INTO [numbered] WITH (HOLDLOCK) AS target USING (VALUES (?, ?), (?, ?)) AS source ([id], [label]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[label] = source.[label] WHEN NOT MATCHED THEN INSERT ([id], [label]) VALUES (source.[id], source.[label]);
-- select by key
SELECT [id], [label] FROM [numbered] WHERE [id] = ?
-- update by key
UPDATE [numbered] SET [label] = ? WHERE [id] = ?
-- delete by key
DELETE FROM [numbered] WHERE [id] = ?
