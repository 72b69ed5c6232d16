-- up
ALTER TABLE "flavor" ADD COLUMN "rating" INTEGER;
-- down
ALTER TABLE "flavor" DROP COLUMN "rating";
