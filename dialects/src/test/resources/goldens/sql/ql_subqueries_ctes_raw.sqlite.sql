-- exists, not exists, in and not in a subquery, scalar subqueries
SELECT `f`.`id`, ((SELECT MAX(`rating`) FROM `flavor`) - `rating`) AS `behind` FROM `flavor` AS `f` WHERE EXISTS (SELECT 1 FROM `coffee_flavor` AS `c` WHERE `c`.`code` = `f`.`id`) AND NOT EXISTS (SELECT 1 FROM `coffee_flavor` AS `c` WHERE `c`.`code` = `f`.`id`) AND `f`.`id` IN (SELECT `code` FROM `coffee_flavor`) AND `f`.`id` NOT IN (SELECT `code` FROM `coffee_flavor`) AND `rating` = (SELECT MAX(`rating`) FROM `flavor`)
-- params: []
-- a CTE
WITH `top` AS (SELECT `id`, `rating` FROM `flavor` WHERE `rating` >= ?) SELECT COUNT(*) AS `n` FROM `top`
-- params: [INT:4]
-- a recursive CTE
WITH RECURSIVE `counter` (`n`) AS (SELECT MIN(1) FROM `flavor` UNION ALL SELECT (`n` + ?) FROM `counter` WHERE `n` < ?) SELECT `n` FROM `counter` ORDER BY `n` ASC
-- params: [INT:1, INT:5]
-- a named raw fragment with bound parameters
SELECT (`rating` + ? * 2) AS `bucket` FROM `flavor`
-- params: [INT:3]
