-- 1,000 values: one plain list everywhere
SELECT COUNT(*) FROM "flavor" WHERE "id" IN (?<1000 markers>)
-- 1000 params, the first 0
-- 2,500 values
SELECT COUNT(*) FROM "flavor" WHERE "id" IN (SELECT unnest(CAST(? AS bigint[])))
-- 1 params, the first ValueList[2500 values]
-- 2,500 values, NOT IN
SELECT COUNT(*) FROM "flavor" WHERE "id" NOT IN (SELECT unnest(CAST(? AS bigint[])))
-- 1 params, the first ValueList[2500 values]
