-- up
ALTER TABLE "flavor" ADD ("rating" NUMBER(10));
-- down
ALTER TABLE "flavor" DROP COLUMN "rating";
