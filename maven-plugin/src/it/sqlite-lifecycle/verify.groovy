// migrate applied both migrations, rollback undid the newest, scaffold wrote a record for the table
import java.sql.Connection

Connection connection = new org.sqlite.JDBC().connect('jdbc:sqlite:' + new File(basedir, 'target/app.db'), new Properties())
try {
    def rows = []
    def result = connection.createStatement().executeQuery(
            'SELECT revision, status, dirty FROM ormdantic_migrations ORDER BY revision')
    while (result.next()) {
        rows << [result.getString(1), result.getString(2), result.getInt(3)]
    }
    assert rows == [['0001', 'applied', 0], ['0002', 'rolled_back', 0]]
    def columns = []
    result = connection.createStatement().executeQuery("SELECT name FROM pragma_table_info('flavor') ORDER BY cid")
    while (result.next()) {
        columns << result.getString(1)
    }
    assert columns == ['id', 'name']
} finally {
    connection.close()
}

def source = new File(basedir, 'target/scaffold/com/example/scaffolded/Flavor.java')
assert source.isFile()
assert source.text.contains('package com.example.scaffolded;')
assert source.text.contains('public record Flavor(')
assert !new File(basedir, 'target/scaffold/com/example/scaffolded/OrmdanticMigrations.java').exists()

def logs = basedir.listFiles().findAll { it.name.startsWith('build') && it.name.endsWith('.log') }*.text.join('\n')
assert logs.contains('Connection: sqlite:target/app.db (from ORMDANTIC_URL)')
assert logs.contains('Applied migration: 0001')
assert logs.contains('Applied migration: 0002')
assert logs.contains('Current revision: 0002')
assert logs.contains('Rolled back migration: 0002')
return true
