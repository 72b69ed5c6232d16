-- Migration 0001 (create flavor then fail), down, SQLite.

-- ormdantic:statement
DROP TABLE flavor
