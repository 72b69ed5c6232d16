IF SCHEMA_ID(N'sales') IS NULL EXEC(N'CREATE SCHEMA [sales]')
IF OBJECT_ID(N'[sales].[bean]', N'U') IS NULL CREATE TABLE [sales].[bean] ([id] NVARCHAR(255) NOT NULL, [roast] NVARCHAR(3) NOT NULL, CONSTRAINT [bean_pkey] PRIMARY KEY ([id]), CONSTRAINT [bean_roast_enum_values_check] CHECK ([roast] IN (N'L', N'D', N'O''K')))
DROP TABLE IF EXISTS [sales].[bean]
