-- Migration 0001 (create flavor), down, SQLite.

-- ormdantic:statement
DROP TABLE IF EXISTS `flavor`
