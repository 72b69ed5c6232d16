SELECT `id`, `name`, `rating` FROM `flavor` WHERE `rating` >= ? AND `rating` <> ? AND `name` LIKE ? AND LOWER(`name`) NOT LIKE LOWER(?) AND (`id` IN (?, ?) OR `name` IS NOT NULL OR `name` IS NULL) AND NOT (`rating` < ?) AND 1 = 1 ORDER BY `name` ASC, `rating` DESC LIMIT ? OFFSET ?
-- params: [INT:4, INT:7, STRING:Van%, STRING:%CHOC%, STRING:a, STRING:b, INT:2, LONG:10, LONG:20]
