-- nulls first and last, a page
SELECT `id`, `name`, `rating` FROM `flavor` ORDER BY `name` ASC NULLS FIRST, `rating` DESC NULLS LAST, `id` ASC LIMIT ? OFFSET ?
-- params: [LONG:10, LONG:20]
-- page bound as parameters
SELECT `id`, `name`, `rating` FROM `flavor` WHERE `rating` >= ? ORDER BY `rating` DESC NULLS FIRST LIMIT ?
-- params: [INT:4, LONG:5]
