-- findMany, FOR UPDATE
SELECT [id], [name], [rating] FROM [flavor] WITH (UPDLOCK, ROWLOCK) WHERE [rating] >= ? ORDER BY [id] ASC
-- params: [INT:4]
-- findMany, FOR UPDATE NOWAIT
SELECT [id], [name], [rating] FROM [flavor] WITH (UPDLOCK, ROWLOCK, NOWAIT) WHERE [rating] >= ?
-- params: [INT:4]
-- findMany, FOR SHARE
SELECT [id], [name], [rating] FROM [flavor] WITH (REPEATABLEREAD, ROWLOCK) ORDER BY [id] ASC
-- params: []
-- findMany, FOR SHARE SKIP LOCKED
SELECT [id], [name], [rating] FROM [flavor] WITH (REPEATABLEREAD, ROWLOCK, READPAST) WHERE [rating] >= ? ORDER BY [id] ASC
-- params: [INT:4]
-- findMany, five rows, FOR UPDATE SKIP LOCKED: a job queue
SELECT [id], [name], [rating] FROM [flavor] WITH (UPDLOCK, ROWLOCK, READPAST) WHERE [rating] >= ? ORDER BY [id] ASC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
-- params: [INT:4, LONG:0, LONG:5]
-- findOne, FOR UPDATE
SELECT [id], [name], [rating] FROM [flavor] WITH (UPDLOCK, ROWLOCK) WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([flavor].[id]))
-- projection with an alias, FOR UPDATE NOWAIT
SELECT [id], [rating] FROM [flavor] AS [f] WITH (UPDLOCK, ROWLOCK, NOWAIT) WHERE [rating] >= ? ORDER BY [id] ASC
-- params: [INT:4]
-- projection, a page, FOR SHARE
SELECT [id], [rating] FROM [flavor] AS [f] WITH (REPEATABLEREAD, ROWLOCK) WHERE [rating] >= ? ORDER BY [id] ASC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
-- params: [INT:4, LONG:20, LONG:10]
