-- limit only, ordered
SELECT `id`, `name`, `rating` FROM `flavor` ORDER BY `name` ASC LIMIT ?
-- params: [LONG:5]
-- offset only, unordered
SELECT `id`, `name`, `rating` FROM `flavor` LIMIT -1 OFFSET ?
-- params: [LONG:5]
-- limit and offset, unordered
SELECT `id`, `name`, `rating` FROM `flavor` LIMIT ? OFFSET ?
-- params: [LONG:5, LONG:10]
-- no paging, match everything
SELECT `id`, `name`, `rating` FROM `flavor`
-- params: []
