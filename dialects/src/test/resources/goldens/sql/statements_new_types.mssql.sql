-- create table
IF OBJECT_ID(N'[new_types]', N'U') IS NULL CREATE TABLE [new_types] ([id] BIGINT NOT NULL, [tiny] SMALLINT NOT NULL, [huge] DECIMAL(38, 0) NOT NULL, [bounded] DECIMAL(20, 0) NULL, [clock] TIME(7) NOT NULL, [moment] DATETIMEOFFSET NULL, [doc] NVARCHAR(MAX) NOT NULL, CONSTRAINT [new_types_pkey] PRIMARY KEY ([id]))
-- drop table
DROP TABLE IF EXISTS [new_types]
-- insert, 1 row
INSERT INTO [new_types] ([id], [tiny], [huge], [bounded], [clock], [moment], [doc]) VALUES (?, ?, ?, ?, ?, ?, ?)
-- insert, 3 rows
INSERT INTO [new_types] ([id], [tiny], [huge], [bounded], [clock], [moment], [doc]) VALUES (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?)
-- upsert, 1 row
MERGE INTO [new_types] WITH (HOLDLOCK) AS target USING (VALUES (?, ?, ?, ?, ?, ?, ?)) AS source ([id], [tiny], [huge], [bounded], [clock], [moment], [doc]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[tiny] = source.[tiny], target.[huge] = source.[huge], target.[bounded] = source.[bounded], target.[clock] = source.[clock], target.[moment] = source.[moment], target.[doc] = source.[doc] WHEN NOT MATCHED THEN INSERT ([id], [tiny], [huge], [bounded], [clock], [moment], [doc]) VALUES (source.[id], source.[tiny], source.[huge], source.[bounded], source.[clock], source.[moment], source.[doc]);
-- upsert, 2 rows
MERGE INTO [new_types] WITH (HOLDLOCK) AS target USING (VALUES (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?)) AS source ([id], [tiny], [huge], [bounded], [clock], [moment], [doc]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[tiny] = source.[tiny], target.[huge] = source.[huge], target.[bounded] = source.[bounded], target.[clock] = source.[clock], target.[moment] = source.[moment], target.[doc] = source.[doc] WHEN NOT MATCHED THEN INSERT ([id], [tiny], [huge], [bounded], [clock], [moment], [doc]) VALUES (source.[id], source.[tiny], source.[huge], source.[bounded], source.[clock], source.[moment], source.[doc]);
-- select by key
SELECT [id], [tiny], [huge], [bounded], [clock], [moment], [doc] FROM [new_types] WHERE [id] = ?
-- select all
SELECT [id], [tiny], [huge], [bounded], [clock], [moment], [doc] FROM [new_types]
-- update by key
UPDATE [new_types] SET [tiny] = ?, [huge] = ?, [bounded] = ?, [clock] = ?, [moment] = ?, [doc] = ? WHERE [id] = ?
-- delete by key
DELETE FROM [new_types] WHERE [id] = ?
-- count
SELECT COUNT(*) FROM [new_types]
