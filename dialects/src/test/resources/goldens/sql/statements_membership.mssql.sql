-- create table
IF OBJECT_ID(N'[membership]', N'U') IS NULL CREATE TABLE [membership] ([group_id] BIGINT NOT NULL, [user_id] BIGINT NOT NULL, CONSTRAINT [membership_pkey] PRIMARY KEY ([group_id], [user_id]))
-- drop table
DROP TABLE IF EXISTS [membership]
-- insert, 1 row
INSERT INTO [membership] ([group_id], [user_id]) VALUES (?, ?)
-- insert, 3 rows
INSERT INTO [membership] ([group_id], [user_id]) VALUES (?, ?), (?, ?), (?, ?)
-- upsert, 1 row
MERGE INTO [membership] WITH (HOLDLOCK) AS target USING (VALUES (?, ?)) AS source ([group_id], [user_id]) ON (target.[group_id] = source.[group_id] AND target.[user_id] = source.[user_id]) WHEN NOT MATCHED THEN INSERT ([group_id], [user_id]) VALUES (source.[group_id], source.[user_id]);
-- upsert, 2 rows
MERGE INTO [membership] WITH (HOLDLOCK) AS target USING (VALUES (?, ?), (?, ?)) AS source ([group_id], [user_id]) ON (target.[group_id] = source.[group_id] AND target.[user_id] = source.[user_id]) WHEN NOT MATCHED THEN INSERT ([group_id], [user_id]) VALUES (source.[group_id], source.[user_id]);
-- select by key
SELECT [group_id], [user_id] FROM [membership] WHERE [group_id] = ? AND [user_id] = ?
-- select all
SELECT [group_id], [user_id] FROM [membership]
-- update by key
UPDATE [membership] SET [group_id] = [group_id] WHERE [group_id] = ? AND [user_id] = ?
-- delete by key
DELETE FROM [membership] WHERE [group_id] = ? AND [user_id] = ?
-- count
SELECT COUNT(*) FROM [membership]
