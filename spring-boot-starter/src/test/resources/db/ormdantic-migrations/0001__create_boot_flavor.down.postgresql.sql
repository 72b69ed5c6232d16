-- Migration 0001 (create boot flavor), down, PostgreSQL.

-- ormdantic:statement
DROP TABLE boot_flavor
