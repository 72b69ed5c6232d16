// snapshot wrote exactly the compiled schema.json; lint and check passed on migrations that match the models
def snapshot = new File(basedir, 'target/snapshot.json').text
def compiled = new File(basedir, 'target/classes/META-INF/ormdantic/schema.json').text
assert snapshot == compiled
assert snapshot.contains('"record": "com.example.Flavor"')

def log = new File(basedir, 'build.log').text
assert log.contains('Wrote the snapshot of 1 tables to ' + new File(basedir, 'target/snapshot.json').canonicalPath)
assert log.contains('Lint: 0 findings in 1 migrations')
assert log.contains('ok (1 migrations, 7 files in ' + new File(basedir, 'src/main/resources/db/migrations').canonicalPath)
return true
