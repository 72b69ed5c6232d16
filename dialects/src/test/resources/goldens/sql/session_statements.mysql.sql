-- changed columns, no version
UPDATE `account` SET `balance` = ? WHERE `id` = ?
-- changed columns, version checked and raised
UPDATE `account` SET `owner` = ?, `balance` = ?, `version` = ? WHERE `id` = ? AND `version` = ?
-- version only
UPDATE `account` SET `version` = ? WHERE `id` = ? AND `version` = ?
-- versioned delete
DELETE FROM `account` WHERE `id` = ? AND `version` = ?
-- version read after a failed check
SELECT `version` FROM `account` WHERE `id` = ?
