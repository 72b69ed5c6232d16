-- create table
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "order_line" ("order_id" VARCHAR2(20 CHAR) NOT NULL, "line" NUMBER(10) NOT NULL, "product" VARCHAR2(4000 CHAR) NOT NULL, "status" VARCHAR2(10 CHAR) DEFAULT ''new'' NOT NULL, CONSTRAINT "order_line_pkey" PRIMARY KEY ("order_id", "line"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- drop
BEGIN EXECUTE IMMEDIATE 'DROP TABLE "order_line" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;
-- insert, 1 row
INSERT INTO "order_line" ("order_id", "line", "product") VALUES (?, ?, ?)
-- insert, 3 rows
INSERT INTO "order_line" ("order_id", "line", "product") VALUES (?, ?, ?)(?, ?, ?)(?, ?, ?)
-- upsert, 2 rows
MERGE INTO "order_line" target USING (SELECT ? AS "order_id", ? AS "line", ? AS "product", ? AS "status" FROM DUAL UNION ALL SELECT ? AS "order_id", ? AS "line", ? AS "product", ? AS "status" FROM DUAL) source ON (target."order_id" = source."order_id" AND target."line" = source."line") WHEN MATCHED THEN UPDATE SET target."product" = source."product", target."status" = source."status" WHEN NOT MATCHED THEN INSERT ("order_id", "line", "product", "status") VALUES (source."order_id", source."line", source."product", source."status")
-- select by key
SELECT "order_id", "line", "product", "status" FROM "order_line" WHERE "order_id" = ? AND "line" = ?
-- update by key
UPDATE "order_line" SET "product" = ?, "status" = ? WHERE "order_id" = ? AND "line" = ?
-- delete by key
DELETE FROM "order_line" WHERE "order_id" = ? AND "line" = ?
