SELECT COUNT(*) FROM `flavor` WHERE `rating` > ? OR 1 = 0
-- params: [INT:3]
