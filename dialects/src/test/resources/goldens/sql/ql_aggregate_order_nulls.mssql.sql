-- having count, order by sum desc nulls last, count asc nulls first, name desc
SELECT [name] AS [name], SUM([total]) AS [total] FROM [invoice] GROUP BY [name] HAVING COUNT(*) >= ? ORDER BY CASE WHEN SUM([total]) IS NULL THEN 1 ELSE 0 END, SUM([total]) DESC, CASE WHEN COUNT(*) IS NULL THEN 0 ELSE 1 END, COUNT(*) ASC, [name] DESC
-- params: [LONG:2]
-- order by sum asc nulls last
SELECT [name] AS [name], SUM([total]) AS [total] FROM [invoice] GROUP BY [name] ORDER BY CASE WHEN SUM([total]) IS NULL THEN 1 ELSE 0 END, SUM([total]) ASC
-- params: []
