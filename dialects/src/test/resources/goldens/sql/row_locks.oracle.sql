-- findMany, FOR UPDATE
SELECT "id", "name", "rating" FROM "flavor" WHERE "rating" >= ? ORDER BY "id" ASC FOR UPDATE
-- params: [INT:4]
-- findMany, FOR UPDATE NOWAIT
SELECT "id", "name", "rating" FROM "flavor" WHERE "rating" >= ? FOR UPDATE NOWAIT
-- params: [INT:4]
-- findMany, FOR SHARE
-- refused (shared row locks (FOR SHARE)): Oracle does not support shared row locks (FOR SHARE). Lock with forUpdate(), which also keeps other transactions from changing the rows until this one ends
-- findMany, FOR SHARE SKIP LOCKED
-- refused (shared row locks (FOR SHARE)): Oracle does not support shared row locks (FOR SHARE). Lock with forUpdate(), which also keeps other transactions from changing the rows until this one ends
-- findMany, five rows, FOR UPDATE SKIP LOCKED: a job queue
-- refused (row locks on a query with a limit or an offset (FETCH ... FOR UPDATE is ORA-02014)): Oracle does not support row locks on a query with a limit or an offset (FETCH ... FOR UPDATE is ORA-02014). Leave the limit and offset out, and choose the rows to lock by the filter
-- findOne, FOR UPDATE
SELECT "id", "name", "rating" FROM "flavor" WHERE "id" = ? FOR UPDATE
-- projection with an alias, FOR UPDATE NOWAIT
SELECT "id", "rating" FROM "flavor" "f" WHERE "rating" >= ? ORDER BY "id" ASC FOR UPDATE NOWAIT
-- params: [INT:4]
-- projection, a page, FOR SHARE
-- refused (shared row locks (FOR SHARE)): Oracle does not support shared row locks (FOR SHARE). Lock with forUpdate(), which also keeps other transactions from changing the rows until this one ends
