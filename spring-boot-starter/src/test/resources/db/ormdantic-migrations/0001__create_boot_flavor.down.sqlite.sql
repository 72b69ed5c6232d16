-- Migration 0001 (create boot flavor), down, SQLite.

-- ormdantic:statement
DROP TABLE boot_flavor
