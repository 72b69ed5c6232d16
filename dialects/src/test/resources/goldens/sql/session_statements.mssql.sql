-- changed columns, no version
UPDATE [account] SET [balance] = ? WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([account].[id]))
-- changed columns, version checked and raised
UPDATE [account] SET [owner] = ?, [balance] = ?, [version] = ? WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([account].[id])) AND [version] = ?
-- version only
UPDATE [account] SET [version] = ? WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([account].[id])) AND [version] = ?
-- versioned delete
DELETE FROM [account] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([account].[id])) AND [version] = ?
-- version read after a failed check
SELECT [version] FROM [account] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([account].[id]))
