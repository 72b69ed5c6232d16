-- Migration 0001 (create flavor then fail), up, SQLite.

-- ormdantic:statement
CREATE TABLE flavor (id TEXT PRIMARY KEY)

-- ormdantic:statement
INSERT INTO no_such_table VALUES (1)
