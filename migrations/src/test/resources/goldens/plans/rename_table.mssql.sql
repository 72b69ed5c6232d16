-- up
EXEC sp_rename N'writer', N'author';
-- down
EXEC sp_rename N'author', N'writer';
