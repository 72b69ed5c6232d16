-- 1,000 values: one plain list everywhere
SELECT COUNT(*) FROM "flavor" WHERE "id" IN (?<1000 markers>)
-- 1000 params, the first 0
-- 2,500 values
SELECT COUNT(*) FROM "flavor" WHERE ("id" IN (?<1000 markers>) OR "id" IN (?<1000 markers>) OR "id" IN (?<500 markers>))
-- 2500 params, the first 0
-- 2,500 values, NOT IN
SELECT COUNT(*) FROM "flavor" WHERE ("id" NOT IN (?<1000 markers>) AND "id" NOT IN (?<1000 markers>) AND "id" NOT IN (?<500 markers>))
-- 2500 params, the first 0
