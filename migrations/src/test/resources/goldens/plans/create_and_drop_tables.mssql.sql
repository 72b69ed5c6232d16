-- up
IF OBJECT_ID(N'[author]', N'U') IS NULL CREATE TABLE [author] ([id] NVARCHAR(40) NOT NULL, [name] NVARCHAR(40) NOT NULL, CONSTRAINT [author_pkey] PRIMARY KEY ([id]));
IF OBJECT_ID(N'[book]', N'U') IS NULL CREATE TABLE [book] ([id] NVARCHAR(40) NOT NULL, [author_id] NVARCHAR(40) NOT NULL, CONSTRAINT [book_pkey] PRIMARY KEY ([id]), CONSTRAINT [book_author_id_foreign_key] FOREIGN KEY ([author_id]) REFERENCES [author] ([id]));
DROP TABLE IF EXISTS [legacy];
-- down
IF OBJECT_ID(N'[legacy]', N'U') IS NULL CREATE TABLE [legacy] ([id] NVARCHAR(40) NOT NULL, CONSTRAINT [legacy_pkey] PRIMARY KEY ([id]));
DROP TABLE IF EXISTS [book];
DROP TABLE IF EXISTS [author];
