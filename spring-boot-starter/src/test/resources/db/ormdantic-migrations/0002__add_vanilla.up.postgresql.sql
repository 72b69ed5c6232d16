-- Migration 0002 (add vanilla), up, PostgreSQL.

-- ormdantic:statement
INSERT INTO boot_flavor (id, name) VALUES ('vanilla', 'Vanilla')
