-- limit only, ordered
SELECT "id", "name", "rating" FROM "flavor" ORDER BY "name" ASC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
-- params: [LONG:0, LONG:5]
-- offset only, unordered
SELECT "id", "name", "rating" FROM "flavor" OFFSET ? ROWS
-- params: [LONG:5]
-- limit and offset, unordered
SELECT "id", "name", "rating" FROM "flavor" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
-- params: [LONG:10, LONG:5]
-- no paging, match everything
SELECT "id", "name", "rating" FROM "flavor"
-- params: []
