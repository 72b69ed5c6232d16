-- create table
BEGIN EXECUTE IMMEDIATE 'CREATE SEQUENCE "numbered_id_seq" START WITH 100 INCREMENT BY 10'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "numbered" ("id" NUMBER(19) DEFAULT "numbered_id_seq".NEXTVAL NOT NULL, "label" VARCHAR2(4000 CHAR) NOT NULL, CONSTRAINT "numbered_pkey" PRIMARY KEY ("id"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- drop
BEGIN EXECUTE IMMEDIATE 'DROP TABLE "numbered" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;
BEGIN EXECUTE IMMEDIATE 'DROP SEQUENCE "numbered_id_seq"'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -2289 THEN RAISE; END IF; END;
-- insert, 1 row
INSERT INTO "numbered" ("label") VALUES (?)
-- insert, 3 rows
INSERT INTO "numbered" ("label") VALUES (?)(?)(?)
-- upsert, 2 rows
MERGE INTO "numbered" target USING (SELECT ? AS "id", ? AS "label" FROM DUAL UNION ALL SELECT ? AS "id", ? AS "label" FROM DUAL) source ON (target."id" = source."id") WHEN MATCHED THEN UPDATE SET target."label" = source."label" WHEN NOT MATCHED THEN INSERT ("id", "label") VALUES (source."id", source."label")
-- select by key
SELECT "id", "label" FROM "numbered" WHERE "id" = ?
-- update by key
UPDATE "numbered" SET "label" = ? WHERE "id" = ?
-- delete by key
DELETE FROM "numbered" WHERE "id" = ?
