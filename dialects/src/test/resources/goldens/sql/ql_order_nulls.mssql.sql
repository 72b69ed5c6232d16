-- nulls first and last, a page
SELECT [id], [name], [rating] FROM [flavor] ORDER BY CASE WHEN [name] IS NULL THEN 0 ELSE 1 END, [name] ASC, CASE WHEN [rating] IS NULL THEN 1 ELSE 0 END, [rating] DESC, [id] ASC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
-- params: [LONG:20, LONG:10]
-- page bound as parameters
SELECT [id], [name], [rating] FROM [flavor] WHERE [rating] >= ? ORDER BY CASE WHEN [rating] IS NULL THEN 0 ELSE 1 END, [rating] DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY
-- params: [INT:4, LONG:0, LONG:5]
