-- nulls first and last, a page
SELECT "id", "name", "rating" FROM "flavor" ORDER BY "name" ASC NULLS FIRST, "rating" DESC NULLS LAST, "id" ASC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
-- params: [LONG:20, LONG:10]
-- page bound as parameters
SELECT "id", "name", "rating" FROM "flavor" WHERE "rating" >= ? ORDER BY "rating" DESC NULLS FIRST OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
-- params: [INT:4, LONG:0, LONG:5]
