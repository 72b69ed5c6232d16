-- Migration 0001 (create boot flavor), up, SQLite.

-- ormdantic:statement
CREATE TABLE boot_flavor (id VARCHAR(40) PRIMARY KEY, name VARCHAR(100) NOT NULL)
