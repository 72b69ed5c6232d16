package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.it.model.Cone;
import dev.ormdantic.it.model.ConeTable;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.it.model.Topping;
import dev.ormdantic.it.model.ToppingTable;
import dev.ormdantic.it.model.ToppingView;
import dev.ormdantic.it.model.ToppingViewTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * {@code init()} checks every managed table that already exists against its record and refuses to run against another
 * schema ({@code ORM2160}), while every table it created itself passes the check on every backend.
 */
class SchemaCheckTest {

    private static void sql(TestDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static boolean exists(TestDatabase database, String table) throws SQLException {
        try (Connection connection = database.jdbc();
                ResultSet rs = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), connection.getSchema(), table, null)) {
            return rs.next();
        }
    }

    @BackendTest
    void everyTableInitCreatedPassesTheCheckOnASecondInit(TestDatabase database) {
        Ormdantic db = database.db();
        db.blockingTable(FlavorTable.TABLE).insert(new Flavor("vanilla", "Vanilla", 5));
        db.init().join();
        try (Ormdantic again = Ormdantic.open(database.url())) {
            assertEquals(
                    List.of(new Flavor("vanilla", "Vanilla", 5)),
                    again.blockingTable(FlavorTable.TABLE).findMany().data());
        }
        db.init().join();
        assertEquals(1, db.blockingTable(FlavorTable.TABLE).count());
    }

    @BackendTest
    void anExistingTableThatDiffersFromItsRecordFailsInitWithEveryDifference(TestDatabase database)
            throws SQLException {
        sql(
                database,
                // flavor: name of another type and nullable, rating missing, an extra NOT NULL column without default
                "CREATE TABLE flavor (id VARCHAR(80) NOT NULL PRIMARY KEY, name INTEGER NULL,"
                        + " legacy VARCHAR(10) NOT NULL)",
                "INSERT INTO flavor (id, name, legacy) VALUES ('vanilla', 1, 'old')",
                // snack: keyed by another column; an extra nullable column is tolerated
                "CREATE TABLE snack (id BIGINT NOT NULL, name VARCHAR(80) NOT NULL, stars INTEGER NULL,"
                        + " price INTEGER NOT NULL, cost INTEGER NOT NULL, note VARCHAR(80) NULL,"
                        + " memo VARCHAR(10) NULL, PRIMARY KEY (name))");
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(FlavorTable.TABLE, SnackTable.TABLE, ConeTable.TABLE)
                .open()) {
            CompletionException thrown =
                    assertThrows(CompletionException.class, () -> db.init().join());
            ConfigurationException e = assertInstanceOf(ConfigurationException.class, thrown.getCause());
            assertEquals(ErrorCode.SCHEMA_MISMATCH, e.code());
            String message = e.getMessage();
            assertTrue(
                    message.startsWith(
                            "[ORM2160] init: 2 existing tables do not match their models; nothing was"
                                    + " created or changed:\n  table flavor (dev.ormdantic.it.model.Flavor):\n    - column 'name' is "),
                    message);
            for (String difference : List.of(
                    "which cannot hold string values (expected a text type, such as VARCHAR(80))",
                    "\n    - column 'name' is NULL but the record's component is not nullable (a stored NULL could not"
                            + " be read)",
                    "\n    - column 'rating' is missing (the record has it: ",
                    "\n    - column 'legacy' (",
                    " NOT NULL, no default) is not in the record, so every insert would fail",
                    "\n  table snack (dev.ormdantic.it.model.Snack):\n    - the primary key is (name), the record's is"
                            + " (id)",
                    "; write a migration that alters each table to match its record (ormdantic-migrations:"
                            + " SchemaDiff and MigrationPlan give the SQL, see docs/migrations.md), alter it by hand, or"
                            + " drop it and let init() create it anew")) {
                assertTrue(message.contains(difference), difference + " in:\n" + message);
            }
            assertFalse(message.contains("memo"), message);
            assertFalse(exists(database, "cone"), "init created a table although it failed");
        }
        sql(database, "DROP TABLE flavor", "DROP TABLE snack");
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(FlavorTable.TABLE, SnackTable.TABLE)
                .open()) {
            db.init().join();
            db.blockingTable(FlavorTable.TABLE).insert(new Flavor("mint", "Mint", 4));
            assertEquals(
                    List.of(new Flavor("mint", "Mint", 4)),
                    db.blockingTable(FlavorTable.TABLE).findMany().data());
        }
    }

    @BackendTest
    void anAddedComponentIsNotReadFromAnOlderTable(TestDatabase database) throws SQLException {
        // The table as an older Flavor(id, name) created it; the record has since gained rating.
        sql(
                database,
                "CREATE TABLE flavor (id VARCHAR(80) NOT NULL PRIMARY KEY, name VARCHAR(80) NOT NULL)",
                "INSERT INTO flavor (id, name) VALUES ('vanilla', 'Vanilla')");
        try (Ormdantic db =
                Ormdantic.builder(database.url()).tables(FlavorTable.TABLE).open()) {
            CompletionException thrown =
                    assertThrows(CompletionException.class, () -> db.init().join());
            ConfigurationException e = assertInstanceOf(ConfigurationException.class, thrown.getCause());
            assertEquals(ErrorCode.SCHEMA_MISMATCH, e.code());
            assertTrue(e.getMessage().contains("1 existing table does not match its model"), e.getMessage());
            assertTrue(e.getMessage().contains("- column 'rating' is missing (the record has it: "), e.getMessage());
        }
    }

    @BackendTest
    void toleratedDifferencesPass(TestDatabase database) throws SQLException {
        sql(
                database,
                // other spellings of the same families, an extra nullable column, an extra defaulted NOT NULL column
                "CREATE TABLE flavor (id VARCHAR(200) NOT NULL PRIMARY KEY, name VARCHAR(300) NOT NULL,"
                        + " rating BIGINT NOT NULL, memo VARCHAR(10) NULL, added VARCHAR(10) DEFAULT 'x' NOT NULL)");
        try (Ormdantic db =
                Ormdantic.builder(database.url()).tables(FlavorTable.TABLE).open()) {
            db.init().join();
            db.blockingTable(FlavorTable.TABLE).insert(new Flavor("mint", "Mint", 4));
            assertEquals(
                    List.of(new Flavor("mint", "Mint", 4)),
                    db.blockingTable(FlavorTable.TABLE).findMany().data());
        }
    }

    @BackendTest
    void aViewKeptAsItIsMustHaveEveryColumn(TestDatabase database) throws SQLException {
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(ConeTable.TABLE, ToppingTable.TABLE)
                .open()) {
            db.init().join();
            db.blockingTable(ConeTable.TABLE).insert(new Cone("waffle", "Waffle"));
            db.blockingTable(ToppingTable.TABLE).insert(new Topping(1, "waffle", "caramel"));
        }
        // the view as an older ToppingView(id, name) had it
        sql(database, "CREATE VIEW topping_view AS SELECT t.id AS id, t.name AS name FROM topping t");
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(ConeTable.TABLE, ToppingTable.TABLE, ToppingViewTable.TABLE)
                .open()) {
            if (database.backend() == Backend.SQLITE || database.backend() == Backend.POSTGRESQL) {
                // SQLite would keep the view (IF NOT EXISTS); PostgreSQL's OR REPLACE cannot rename its columns
                CompletionException thrown =
                        assertThrows(CompletionException.class, () -> db.init().join());
                ConfigurationException e = assertInstanceOf(ConfigurationException.class, thrown.getCause());
                assertEquals(ErrorCode.SCHEMA_MISMATCH, e.code());
                assertTrue(
                        e.getMessage()
                                .contains("view topping_view (dev.ormdantic.it.model.ToppingView):\n    - column"
                                        + " 'cone_name' is missing"),
                        e.getMessage());
            } else {
                // CREATE OR REPLACE VIEW writes it anew
                db.init().join();
                assertEquals(
                        List.of(new ToppingView(1, "Waffle", "caramel")),
                        db.blockingTable(ToppingViewTable.TABLE).findMany().data());
            }
        }
    }
}
