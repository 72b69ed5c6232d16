-- up
ALTER TABLE "flavor" DROP CONSTRAINT "flavor_label_max_length_check";
ALTER TABLE "flavor" DROP COLUMN "label";
-- down
ALTER TABLE "flavor" ADD ("label" VARCHAR2(20 CHAR) DEFAULT 'none' NOT NULL);
ALTER TABLE "flavor" ADD CONSTRAINT "flavor_label_max_length_check" CHECK (LENGTH("label") <= 20);
