// diff wrote migration 0002 (both dialects, both snapshots, the rollback allowance) and the sum; then nothing more
def dir = new File(basedir, 'src/main/resources/db/migrations')
def names = dir.list().toList().sort()
assert names.findAll { it.startsWith('0002__add_rating') } == [
        '0002__add_rating.down.postgresql.sql', '0002__add_rating.down.sqlite.sql', '0002__add_rating.from.json',
        '0002__add_rating.json', '0002__add_rating.to.json', '0002__add_rating.up.postgresql.sql',
        '0002__add_rating.up.sqlite.sql']
assert new File(dir, '0002__add_rating.up.sqlite.sql').text.contains('ALTER TABLE `flavor` ADD COLUMN `rating` INTEGER')
assert new File(dir, '0002__add_rating.up.postgresql.sql').text.contains('ALTER TABLE "flavor" ADD COLUMN "rating" INTEGER')
def manifest = new File(dir, '0002__add_rating.json').text
assert manifest.contains('"depends_on": [\n    "0001"\n  ]')
assert manifest.contains('"reason": "the column is new; nothing to keep"')
assert new File(dir, '0002__add_rating.to.json').text == new File(basedir, 'target/classes/META-INF/ormdantic/schema.json').text
assert new File(dir, 'ormdantic.sum').text.contains('0002__add_rating.up.sqlite.sql ')

def log = new File(basedir, 'build.log').text
assert log.contains('Added column flavor.rating')
assert log.contains('Wrote migration 0002 (add rating) to ' + dir.canonicalPath)
assert log.contains('ok (2 migrations, 14 files in ')
assert log.contains('No changes: the models match revision 0002; nothing written.')
return true
