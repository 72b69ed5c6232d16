-- create table
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "virtual_total" ("id" VARCHAR2(255 CHAR) NOT NULL, "price" NUMBER(10) NOT NULL, "quantity" NUMBER(10) NOT NULL, "total" NUMBER(10) GENERATED ALWAYS AS (price * quantity) VIRTUAL, CONSTRAINT "virtual_total_pkey" PRIMARY KEY ("id"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- drop
BEGIN EXECUTE IMMEDIATE 'DROP TABLE "virtual_total" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;
-- insert, 1 row
INSERT INTO "virtual_total" ("id", "price", "quantity") VALUES (?, ?, ?)
-- insert, 3 rows
INSERT INTO "virtual_total" ("id", "price", "quantity") VALUES (?, ?, ?)(?, ?, ?)(?, ?, ?)
-- upsert, 2 rows
MERGE INTO "virtual_total" target USING (SELECT ? AS "id", ? AS "price", ? AS "quantity" FROM DUAL UNION ALL SELECT ? AS "id", ? AS "price", ? AS "quantity" FROM DUAL) source ON (target."id" = source."id") WHEN MATCHED THEN UPDATE SET target."price" = source."price", target."quantity" = source."quantity" WHEN NOT MATCHED THEN INSERT ("id", "price", "quantity") VALUES (source."id", source."price", source."quantity")
-- select by key
SELECT "id", "price", "quantity", "total" FROM "virtual_total" WHERE "id" = ?
-- update by key
UPDATE "virtual_total" SET "price" = ?, "quantity" = ? WHERE "id" = ?
-- delete by key
DELETE FROM "virtual_total" WHERE "id" = ?
