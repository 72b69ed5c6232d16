IF OBJECT_ID(N'[account]', N'U') IS NULL CREATE TABLE [account] ([id] BIGINT NOT NULL, [email] NVARCHAR(120) NOT NULL, [deleted_at] DATETIME2 NULL, CONSTRAINT [account_pkey] PRIMARY KEY ([id]))
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'account_email_unique_idx' AND object_id = OBJECT_ID(N'[account]')) CREATE UNIQUE INDEX [account_email_unique_idx] ON [account] ([email]) WHERE deleted_at IS NULL
-- drop
DROP TABLE IF EXISTS [account]
