-- Migration 0001 (create todo tables), down, PostgreSQL.

-- ormdantic:statement
DROP TABLE IF EXISTS "task_tag"

-- ormdantic:statement
DROP TABLE IF EXISTS "task"

-- ormdantic:statement
DROP TABLE IF EXISTS "tag"

-- ormdantic:statement
DROP TABLE IF EXISTS "project"

-- ormdantic:statement
DROP TABLE IF EXISTS "app_user"
