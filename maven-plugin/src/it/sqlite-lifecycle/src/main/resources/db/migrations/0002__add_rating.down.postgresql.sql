-- Migration 0002 (add rating), down, PostgreSQL.

-- ormdantic:statement
ALTER TABLE "flavor" DROP COLUMN "rating"
