-- create table
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "flavor" ("id" VARCHAR2(255 CHAR) NOT NULL, "name" VARCHAR2(80 CHAR) NOT NULL, "rating" NUMBER(10) NOT NULL, CONSTRAINT "flavor_pkey" PRIMARY KEY ("id"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
BEGIN EXECUTE IMMEDIATE 'CREATE INDEX "flavor_name_idx" ON "flavor" ("name")'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- drop table
BEGIN EXECUTE IMMEDIATE 'DROP TABLE "flavor" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;
-- insert, 1 row
INSERT ALL INTO "flavor" ("id", "name", "rating") VALUES (?, ?, ?) SELECT 1 FROM DUAL
-- insert, 3 rows
INSERT ALL INTO "flavor" ("id", "name", "rating") VALUES (?, ?, ?) INTO "flavor" ("id", "name", "rating") VALUES (?, ?, ?) INTO "flavor" ("id", "name", "rating") VALUES (?, ?, ?) SELECT 1 FROM DUAL
-- upsert, 1 row
MERGE INTO "flavor" target USING (SELECT ? AS "id", ? AS "name", ? AS "rating" FROM DUAL) source ON (target."id" = source."id") WHEN MATCHED THEN UPDATE SET target."name" = source."name", target."rating" = source."rating" WHEN NOT MATCHED THEN INSERT ("id", "name", "rating") VALUES (source."id", source."name", source."rating")
-- upsert, 2 rows
MERGE INTO "flavor" target USING (SELECT ? AS "id", ? AS "name", ? AS "rating" FROM DUAL UNION ALL SELECT ? AS "id", ? AS "name", ? AS "rating" FROM DUAL) source ON (target."id" = source."id") WHEN MATCHED THEN UPDATE SET target."name" = source."name", target."rating" = source."rating" WHEN NOT MATCHED THEN INSERT ("id", "name", "rating") VALUES (source."id", source."name", source."rating")
-- select by key
SELECT "id", "name", "rating" FROM "flavor" WHERE "id" = ?
-- select all
SELECT "id", "name", "rating" FROM "flavor"
-- update by key
UPDATE "flavor" SET "name" = ?, "rating" = ? WHERE "id" = ?
-- delete by key
DELETE FROM "flavor" WHERE "id" = ?
-- count
SELECT COUNT(*) FROM "flavor"
