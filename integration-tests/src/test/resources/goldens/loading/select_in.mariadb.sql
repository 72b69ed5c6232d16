SELECT `id`, `purchase`, `item`, `quantity` FROM `purchase_line` WHERE `purchase` IN (?, ?, ?) AND `quantity` > ? ORDER BY `id` ASC
