-- create table
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "sales"."sales_order" ("id" NUMBER(19) NOT NULL, "customer" VARCHAR2(80 CHAR) NOT NULL, "total" NUMBER(12, 2) NOT NULL, CONSTRAINT "sales_order_pkey" PRIMARY KEY ("id"), CONSTRAINT "sales_order_customer_foreign_key" FOREIGN KEY ("customer") REFERENCES "sales"."customer" ("name"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
BEGIN EXECUTE IMMEDIATE 'CREATE INDEX "sales"."sales_order_customer_idx" ON "sales"."sales_order" ("customer")'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- drop table
BEGIN EXECUTE IMMEDIATE 'DROP TABLE "sales"."sales_order" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;
-- insert
INSERT ALL INTO "sales"."sales_order" ("id", "customer", "total") VALUES (?, ?, ?) SELECT 1 FROM DUAL
-- upsert
MERGE INTO "sales"."sales_order" target USING (SELECT ? AS "id", ? AS "customer", ? AS "total" FROM DUAL) source ON (target."id" = source."id") WHEN MATCHED THEN UPDATE SET target."customer" = source."customer", target."total" = source."total" WHEN NOT MATCHED THEN INSERT ("id", "customer", "total") VALUES (source."id", source."customer", source."total")
-- select by key
SELECT "id", "customer", "total" FROM "sales"."sales_order" WHERE "id" = ?
-- update by key
UPDATE "sales"."sales_order" SET "customer" = ?, "total" = ? WHERE "id" = ?
-- delete by key
DELETE FROM "sales"."sales_order" WHERE "id" = ?
-- count
SELECT COUNT(*) FROM "sales"."sales_order"
-- find many
SELECT "id", "customer", "total" FROM "sales"."sales_order" WHERE "customer" = ? ORDER BY "id" ASC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
-- count filtered
SELECT COUNT(*) FROM "sales"."sales_order" WHERE "customer" = ?
-- update where
UPDATE "sales"."sales_order" SET "customer" = ? WHERE "customer" = ?
-- delete where
DELETE FROM "sales"."sales_order" WHERE "customer" = ?
-- projection
SELECT "customer" FROM "sales"."sales_order"
