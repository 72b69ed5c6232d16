-- view
CREATE VIEW IF NOT EXISTS `flavor_rating` AS SELECT id, rating FROM flavor WHERE rating >= 3
-- drop
DROP VIEW IF EXISTS `flavor_rating`
-- view in a schema
-- refused: SQLite does not support schemas (@Table(schema = "sales")). An SQLite file is one schema; remove the schema, or keep this record off SQLite.
-- materialized view
-- refused: SQLite does not support materialized views (view flavor_rating). Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.
-- refresh
-- refused: SQLite does not support materialized views (view flavor_rating). Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.
