-- up
ALTER TABLE "flavor" DROP COLUMN "rating";
-- down
ALTER TABLE "flavor" ADD COLUMN "rating" INTEGER;
