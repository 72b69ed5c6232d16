-- having count, order by sum desc nulls last, count asc nulls first, name desc
SELECT "name" AS "name", SUM("total") AS "total" FROM "invoice" GROUP BY "name" HAVING COUNT(*) >= ? ORDER BY SUM("total") DESC NULLS LAST, COUNT(*) ASC NULLS FIRST, "name" DESC
-- params: [LONG:2]
-- order by sum asc nulls last
SELECT "name" AS "name", SUM("total") AS "total" FROM "invoice" GROUP BY "name" ORDER BY SUM("total") ASC NULLS LAST
-- params: []
