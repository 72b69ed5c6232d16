-- view
CREATE OR REPLACE VIEW `flavor_rating` AS SELECT id, rating FROM flavor WHERE rating >= 3
-- drop
DROP VIEW IF EXISTS `flavor_rating`
-- view in a schema
CREATE DATABASE IF NOT EXISTS `sales`
CREATE OR REPLACE VIEW `sales`.`flavor_rating` AS SELECT id, rating FROM flavor WHERE rating >= 3
-- drop
DROP VIEW IF EXISTS `sales`.`flavor_rating`
-- materialized view
-- refused: MySQL does not support materialized views (view flavor_rating). Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.
-- refresh
-- refused: MySQL does not support materialized views (view flavor_rating). Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.
