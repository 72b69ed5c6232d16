-- view
CREATE OR ALTER VIEW [flavor_rating] AS SELECT id, rating FROM flavor WHERE rating >= 3
-- drop
IF OBJECT_ID(N'[flavor_rating]', N'V') IS NOT NULL DROP VIEW [flavor_rating]
-- view in a schema
IF SCHEMA_ID(N'sales') IS NULL EXEC(N'CREATE SCHEMA [sales]')
CREATE OR ALTER VIEW [sales].[flavor_rating] AS SELECT id, rating FROM flavor WHERE rating >= 3
-- drop
IF OBJECT_ID(N'[sales].[flavor_rating]', N'V') IS NOT NULL DROP VIEW [sales].[flavor_rating]
-- materialized view
-- refused: SQL Server does not support materialized views (view flavor_rating). Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.
-- refresh
-- refused: SQL Server does not support materialized views (view flavor_rating). Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.
