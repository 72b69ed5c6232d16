-- Migration 0002 (add rating), up, PostgreSQL.

-- ormdantic:statement
ALTER TABLE "flavor" ADD COLUMN "rating" INTEGER
