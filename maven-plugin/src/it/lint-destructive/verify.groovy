// the model lost the column that migration 0002 added: lint reports the drop as an error for each dialect
def log = new File(basedir, 'build.log').text
assert log.contains('[ORM2933] lint found 2 errors: DS103 models (sqlite, destructive)')
assert log.contains('DS103 models (postgresql, destructive)')
return true
