-- aggregates, group by, having, order, limit
SELECT `name`, COUNT(*) AS `n`, SUM(`rating`) AS `total`, AVG(`rating`) AS `mean`, MIN(`rating`) AS `low`, MAX(`rating`) AS `high`, COUNT(DISTINCT `id`) AS `ids` FROM `flavor` WHERE `rating` > ? GROUP BY `name` HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC LIMIT ?
-- params: [INT:0, INT:2, LONG:3]
-- distinct, case, cast, literals
SELECT DISTINCT CASE WHEN `rating` >= ? THEN 'good' WHEN `rating` >= ? THEN 'it''s ok \ fine' ELSE 'bad' END AS `verdict`, CAST(`rating` AS TEXT) AS `rating_text`, CAST(`name` AS NUMERIC) AS `as_decimal`, TRUE AS `yes`, (-5) AS `minus_five`, 2.50 AS `price`, NULL AS `nothing` FROM `flavor`
-- params: [INT:4, INT:2]
-- window functions
SELECT `id`, ROW_NUMBER() OVER (PARTITION BY `name` ORDER BY `rating` DESC NULLS LAST) AS `position`, SUM(`rating`) OVER (ORDER BY `id` ASC) AS `running`, DENSE_RANK() OVER (PARTITION BY `name`) AS `ranked` FROM `flavor`
-- params: []
