-- findMany, FOR UPDATE
SELECT `id`, `name`, `rating` FROM `flavor` WHERE `rating` >= ? ORDER BY `id` ASC FOR UPDATE
-- params: [INT:4]
-- findMany, FOR UPDATE NOWAIT
SELECT `id`, `name`, `rating` FROM `flavor` WHERE `rating` >= ? FOR UPDATE NOWAIT
-- params: [INT:4]
-- findMany, FOR SHARE
SELECT `id`, `name`, `rating` FROM `flavor` ORDER BY `id` ASC LOCK IN SHARE MODE
-- params: []
-- findMany, FOR SHARE SKIP LOCKED
SELECT `id`, `name`, `rating` FROM `flavor` WHERE `rating` >= ? ORDER BY `id` ASC LOCK IN SHARE MODE SKIP LOCKED
-- params: [INT:4]
-- findMany, five rows, FOR UPDATE SKIP LOCKED: a job queue
SELECT `id`, `name`, `rating` FROM `flavor` WHERE `rating` >= ? ORDER BY `id` ASC LIMIT ? FOR UPDATE SKIP LOCKED
-- params: [INT:4, LONG:5]
-- findOne, FOR UPDATE
SELECT `id`, `name`, `rating` FROM `flavor` WHERE `id` = ? FOR UPDATE
-- projection with an alias, FOR UPDATE NOWAIT
SELECT `id`, `rating` FROM `flavor` AS `f` WHERE `rating` >= ? ORDER BY `id` ASC FOR UPDATE NOWAIT
-- params: [INT:4]
-- projection, a page, FOR SHARE
SELECT `id`, `rating` FROM `flavor` AS `f` WHERE `rating` >= ? ORDER BY `id` ASC LIMIT ? OFFSET ? LOCK IN SHARE MODE
-- params: [INT:4, LONG:10, LONG:20]
