-- Migration 0001 (create flavor), down, PostgreSQL.

-- ormdantic:statement
DROP TABLE IF EXISTS "flavor"
