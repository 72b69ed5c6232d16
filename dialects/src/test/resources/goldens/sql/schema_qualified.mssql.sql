-- create table
IF SCHEMA_ID(N'sales') IS NULL EXEC(N'CREATE SCHEMA [sales]')
IF OBJECT_ID(N'[sales].[sales_order]', N'U') IS NULL CREATE TABLE [sales].[sales_order] ([id] BIGINT NOT NULL, [customer] NVARCHAR(80) NOT NULL, [total] DECIMAL(12, 2) NOT NULL, CONSTRAINT [sales_order_pkey] PRIMARY KEY ([id]), CONSTRAINT [sales_order_customer_foreign_key] FOREIGN KEY ([customer]) REFERENCES [sales].[customer] ([name]))
IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'sales_order_customer_idx' AND object_id = OBJECT_ID(N'[sales].[sales_order]')) CREATE INDEX [sales_order_customer_idx] ON [sales].[sales_order] ([customer])
-- drop table
DROP TABLE IF EXISTS [sales].[sales_order]
-- insert
INSERT INTO [sales].[sales_order] ([id], [customer], [total]) VALUES (?, ?, ?)
-- upsert
MERGE INTO [sales].[sales_order] WITH (HOLDLOCK) AS target USING (VALUES (?, ?, ?)) AS source ([id], [customer], [total]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[customer] = source.[customer], target.[total] = source.[total] WHEN NOT MATCHED THEN INSERT ([id], [customer], [total]) VALUES (source.[id], source.[customer], source.[total]);
-- select by key
SELECT [id], [customer], [total] FROM [sales].[sales_order] WHERE [id] = ?
-- update by key
UPDATE [sales].[sales_order] SET [customer] = ?, [total] = ? WHERE [id] = ?
-- delete by key
DELETE FROM [sales].[sales_order] WHERE [id] = ?
-- count
SELECT COUNT(*) FROM [sales].[sales_order]
-- find many
SELECT [id], [customer], [total] FROM [sales].[sales_order] WHERE ([customer] = ? AND DATALENGTH([customer]) = DATALENGTH(?)) ORDER BY [id] ASC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
-- count filtered
SELECT COUNT(*) FROM [sales].[sales_order] WHERE ([customer] = ? AND DATALENGTH([customer]) = DATALENGTH(?))
-- update where
UPDATE [sales].[sales_order] SET [customer] = ? WHERE ([customer] = ? AND DATALENGTH([customer]) = DATALENGTH(?))
-- delete where
DELETE FROM [sales].[sales_order] WHERE ([customer] = ? AND DATALENGTH([customer]) = DATALENGTH(?))
-- projection
SELECT [customer] FROM [sales].[sales_order]
