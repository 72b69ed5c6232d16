-- up
ALTER TABLE "author" RENAME COLUMN "nick" TO "nickname";
-- down
ALTER TABLE "author" RENAME COLUMN "nickname" TO "nick";
