package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite reads a double-quoted name that matches no column as a string literal. A file made by an older version of a
 * model (here: {@code flavor} without its {@code name} column) must fail every statement that names the missing column,
 * never read the column's name as its value or match it in a filter.
 */
class SqliteIdentifierTest {

    @TempDir
    Path dir;

    private static void assertNoSuchColumn(Executable call) {
        QueryException e = assertThrows(QueryException.class, call);
        assertEquals(ErrorCode.QUERY_FAILED, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("no such column"), e.getMessage());
    }

    @Test
    void aMissingColumnIsAnErrorNotItsOwnName() throws SQLException {
        Path file = dir.resolve("old.sqlite3");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE flavor (id TEXT PRIMARY KEY, rating INTEGER NOT NULL)");
            statement.execute("INSERT INTO flavor VALUES ('vanilla', 5)");
        }
        try (Ormdantic db = Ormdantic.open("sqlite:" + file)) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            assertNoSuchColumn(flavors::findMany);
            assertNoSuchColumn(() -> flavors.findOne("vanilla"));
            assertNoSuchColumn(() -> flavors.count(FlavorTable.NAME.eq("name")));
            assertNoSuchColumn(
                    () -> flavors.updateWhere(FlavorTable.NAME.eq("name"), List.of(FlavorTable.RATING.set(6))));
            assertEquals(1L, flavors.count(FlavorTable.RATING.eq(5)));
        }
    }
}
