// the failed migration was recorded failed and dirty, rolled back whole; repair cleared the flag
import java.sql.Connection

Connection connection = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'repair.db'), new Properties())
try {
    def result = connection.createStatement().executeQuery('SELECT revision, status, dirty FROM ormdantic_migrations')
    assert result.next()
    assert [result.getString(1), result.getString(2), result.getInt(3)] == ['0001', 'failed', 0]
    assert !result.next()
    result = connection.createStatement().executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'flavor'")
    assert result.next() && result.getInt(1) == 0
} finally {
    connection.close()
}
def logs = basedir.listFiles().findAll { it.name.startsWith('build') && it.name.endsWith('.log') }*.text.join('\n')
assert logs.contains('no_such_table')
assert logs.contains('Repaired migration rows: 1')
assert logs.contains('Dirty: no')
return true
