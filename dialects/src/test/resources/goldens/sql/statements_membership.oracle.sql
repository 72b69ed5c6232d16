-- create table
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "membership" ("group_id" NUMBER(19) NOT NULL, "user_id" NUMBER(19) NOT NULL, CONSTRAINT "membership_pkey" PRIMARY KEY ("group_id", "user_id"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- drop table
BEGIN EXECUTE IMMEDIATE 'DROP TABLE "membership" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;
-- insert, 1 row
INSERT ALL INTO "membership" ("group_id", "user_id") VALUES (?, ?) SELECT 1 FROM DUAL
-- insert, 3 rows
INSERT ALL INTO "membership" ("group_id", "user_id") VALUES (?, ?) INTO "membership" ("group_id", "user_id") VALUES (?, ?) INTO "membership" ("group_id", "user_id") VALUES (?, ?) SELECT 1 FROM DUAL
-- upsert, 1 row
MERGE INTO "membership" target USING (SELECT ? AS "group_id", ? AS "user_id" FROM DUAL) source ON (target."group_id" = source."group_id" AND target."user_id" = source."user_id") WHEN NOT MATCHED THEN INSERT ("group_id", "user_id") VALUES (source."group_id", source."user_id")
-- upsert, 2 rows
MERGE INTO "membership" target USING (SELECT ? AS "group_id", ? AS "user_id" FROM DUAL UNION ALL SELECT ? AS "group_id", ? AS "user_id" FROM DUAL) source ON (target."group_id" = source."group_id" AND target."user_id" = source."user_id") WHEN NOT MATCHED THEN INSERT ("group_id", "user_id") VALUES (source."group_id", source."user_id")
-- select by key
SELECT "group_id", "user_id" FROM "membership" WHERE "group_id" = ? AND "user_id" = ?
-- select all
SELECT "group_id", "user_id" FROM "membership"
-- update by key
UPDATE "membership" SET "group_id" = "group_id" WHERE "group_id" = ? AND "user_id" = ?
-- delete by key
DELETE FROM "membership" WHERE "group_id" = ? AND "user_id" = ?
-- count
SELECT COUNT(*) FROM "membership"
