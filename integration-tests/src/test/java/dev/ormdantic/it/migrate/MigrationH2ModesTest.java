package dev.ormdantic.it.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.dialect.AlterDdl;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SQL Server and Oracle ALTER forms that H2 accepts in {@code MODE=MSSQLServer} and {@code MODE=Oracle}, run
 * there: add, alter and drop a column, add and drop an index and a unique constraint, and (Oracle) rename a column and
 * a table. {@code sp_rename} has no H2 counterpart; its text is covered by the golden files.
 */
class MigrationH2ModesTest {

    private static final TableSpec FLAVOR = new TableSpec(
            "flavor",
            List.of(
                    new ColumnSpec("id", ColumnType.string(40), false),
                    new ColumnSpec("name", ColumnType.string(40), false)),
            List.of("id"),
            List.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MSSQL, MSSQLServer", "ORACLE, Oracle"})
    void alterFormsRunOnH2(DialectId dialect, String mode) throws SQLException {
        AlterDdl alter = AlterDdl.of(Dialects.of(dialect));
        ColumnSpec rating = new ColumnSpec("rating", ColumnType.of(Kind.INT), true);
        ColumnSpec widened = new ColumnSpec("rating", ColumnType.of(Kind.LONG), false);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=" + mode);
                Statement statement = connection.createStatement()) {
            String create =
                    Dialects.of(dialect).statements(FLAVOR).createTable().get(0);
            // the idempotence guard (IF OBJECT_ID ..., a PL/SQL block) is not H2's; run the CREATE TABLE inside it
            statement.execute(create.substring(create.indexOf("CREATE TABLE")).replaceAll("'; EXCEPTION.*$", ""));
            statement.execute("INSERT INTO \"flavor\" (\"id\", \"name\") VALUES ('v', 'Vanilla')");
            statement.execute(alter.addColumn(FLAVOR, rating));
            statement.execute("UPDATE \"flavor\" SET \"rating\" = 5");
            for (String sql : alter.alterColumn(FLAVOR, rating, widened)) {
                statement.execute(sql);
            }
            IndexSpec index = new IndexSpec("flavor_name_idx", List.of("name"), false);
            statement.execute(alter.createIndex(FLAVOR, index));
            statement.execute(alter.dropIndex(FLAVOR, index.name()));
            UniqueSpec unique = new UniqueSpec("flavor_name_unique", List.of("name"));
            statement.execute(alter.addUnique(FLAVOR, unique));
            statement.execute(alter.dropUnique(FLAVOR, unique.name()));
            String table = "flavor";
            String column = "rating";
            if (dialect == DialectId.ORACLE) {
                statement.execute(alter.renameColumn(FLAVOR, "rating", "stars"));
                statement.execute(alter.renameTable("", "flavor", "taste"));
                table = "taste";
                column = "stars";
            }
            try (ResultSet rows = statement.executeQuery("SELECT \"id\", \"" + column + "\" FROM \"" + table + "\"")) {
                rows.next();
                assertEquals("v", rows.getString(1));
                assertEquals(5L, rows.getLong(2));
            }
            TableSpec current = new TableSpec(
                    table,
                    List.of(
                            FLAVOR.columns().get(0),
                            FLAVOR.columns().get(1),
                            new ColumnSpec(column, ColumnType.of(Kind.LONG), false)),
                    List.of("id"),
                    List.of());
            statement.execute(alter.dropColumn(current, column));
            try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                assertEquals(2, rows.getMetaData().getColumnCount());
            }
        }
    }
}
