-- updateWhere
UPDATE `flavor` SET `rating` = (`rating` + ?), `name` = ? WHERE `rating` < ?
-- params: [INT:1, STRING:Renamed, INT:3]
-- deleteWhere
DELETE FROM `flavor` WHERE `name` LIKE ? ESCAPE '!'
-- params: [STRING:tmp!_%]
