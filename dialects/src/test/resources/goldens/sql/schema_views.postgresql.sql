-- view
CREATE OR REPLACE VIEW "flavor_rating" AS SELECT id, rating FROM flavor WHERE rating >= 3
-- drop
DROP VIEW IF EXISTS "flavor_rating"
-- view in a schema
CREATE SCHEMA IF NOT EXISTS "sales"
CREATE OR REPLACE VIEW "sales"."flavor_rating" AS SELECT id, rating FROM flavor WHERE rating >= 3
-- drop
DROP VIEW IF EXISTS "sales"."flavor_rating"
-- materialized view
CREATE MATERIALIZED VIEW IF NOT EXISTS "flavor_rating" AS SELECT id, rating FROM flavor WHERE rating >= 3
-- drop
DROP MATERIALIZED VIEW IF EXISTS "flavor_rating"
-- refresh
REFRESH MATERIALIZED VIEW "sales"."flavor_rating"
