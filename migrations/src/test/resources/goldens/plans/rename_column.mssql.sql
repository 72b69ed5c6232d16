-- up
EXEC sp_rename N'author.nick', N'nickname', N'COLUMN';
-- down
EXEC sp_rename N'author.nickname', N'nick', N'COLUMN';
