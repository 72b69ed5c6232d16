-- create table
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "new_types" ("id" NUMBER(19) NOT NULL, "tiny" NUMBER(3) NOT NULL, "huge" NUMBER(38) NOT NULL, "bounded" NUMBER(20) NULL, "clock" VARCHAR2(15) NOT NULL, "moment" TIMESTAMP WITH TIME ZONE NULL, "doc" CLOB CHECK ("doc" IS JSON) NOT NULL, CONSTRAINT "new_types_pkey" PRIMARY KEY ("id"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- drop table
BEGIN EXECUTE IMMEDIATE 'DROP TABLE "new_types" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;
-- insert, 1 row
INSERT ALL INTO "new_types" ("id", "tiny", "huge", "bounded", "clock", "moment", "doc") VALUES (?, ?, ?, ?, ?, ?, ?) SELECT 1 FROM DUAL
-- insert, 3 rows
INSERT ALL INTO "new_types" ("id", "tiny", "huge", "bounded", "clock", "moment", "doc") VALUES (?, ?, ?, ?, ?, ?, ?) INTO "new_types" ("id", "tiny", "huge", "bounded", "clock", "moment", "doc") VALUES (?, ?, ?, ?, ?, ?, ?) INTO "new_types" ("id", "tiny", "huge", "bounded", "clock", "moment", "doc") VALUES (?, ?, ?, ?, ?, ?, ?) SELECT 1 FROM DUAL
-- upsert, 1 row
MERGE INTO "new_types" target USING (SELECT ? AS "id", ? AS "tiny", ? AS "huge", ? AS "bounded", ? AS "clock", ? AS "moment", ? AS "doc" FROM DUAL) source ON (target."id" = source."id") WHEN MATCHED THEN UPDATE SET target."tiny" = source."tiny", target."huge" = source."huge", target."bounded" = source."bounded", target."clock" = source."clock", target."moment" = source."moment", target."doc" = source."doc" WHEN NOT MATCHED THEN INSERT ("id", "tiny", "huge", "bounded", "clock", "moment", "doc") VALUES (source."id", source."tiny", source."huge", source."bounded", source."clock", source."moment", source."doc")
-- upsert, 2 rows
MERGE INTO "new_types" target USING (SELECT ? AS "id", ? AS "tiny", ? AS "huge", ? AS "bounded", ? AS "clock", ? AS "moment", ? AS "doc" FROM DUAL UNION ALL SELECT ? AS "id", ? AS "tiny", ? AS "huge", ? AS "bounded", ? AS "clock", ? AS "moment", ? AS "doc" FROM DUAL) source ON (target."id" = source."id") WHEN MATCHED THEN UPDATE SET target."tiny" = source."tiny", target."huge" = source."huge", target."bounded" = source."bounded", target."clock" = source."clock", target."moment" = source."moment", target."doc" = source."doc" WHEN NOT MATCHED THEN INSERT ("id", "tiny", "huge", "bounded", "clock", "moment", "doc") VALUES (source."id", source."tiny", source."huge", source."bounded", source."clock", source."moment", source."doc")
-- select by key
SELECT "id", "tiny", "huge", "bounded", "clock", "moment", "doc" FROM "new_types" WHERE "id" = ?
-- select all
SELECT "id", "tiny", "huge", "bounded", "clock", "moment", "doc" FROM "new_types"
-- update by key
UPDATE "new_types" SET "tiny" = ?, "huge" = ?, "bounded" = ?, "clock" = ?, "moment" = ?, "doc" = ? WHERE "id" = ?
-- delete by key
DELETE FROM "new_types" WHERE "id" = ?
-- count
SELECT COUNT(*) FROM "new_types"
