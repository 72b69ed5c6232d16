// both invocations failed with the expected code, what was found, and the fix
def log = new File(basedir, 'build.log').text
assert log.contains('[ORM2741] migration file 0001__create_flavor.up.sqlite.sql was edited')
assert log.contains('[ORM2932] the compiled models differ from the schema of the newest migration (0001): Added column flavor.rating')
assert log.contains('mvn ormdantic:diff')
return true
