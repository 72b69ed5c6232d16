package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that uses only a server excludes {@code org.xerial:sqlite-jdbc} from the runtime: PostgreSQL works,
 * and a SQLite URL fails with {@code ORM2006} naming the artifact, like a missing server driver. Runs in its own
 * surefire execution ({@code without-sqlite} in this module's POM) whose class path leaves the driver out.
 */
@Tag(WithoutSqliteDriverTest.TAG)
class WithoutSqliteDriverTest {

    /** The JUnit tag the POM's executions select and leave out. */
    static final String TAG = "without-sqlite";

    @Test
    void theClassPathHasNoSqliteDriver() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.sqlite.JDBC"));
    }

    @Test
    void postgresqlWorksWithoutIt() throws IOException, SQLException {
        String skip = Backend.POSTGRESQL.skipReason();
        assumeTrue(skip == null, skip);
        try (TestDatabase database = new TestDatabase(Backend.POSTGRESQL)) {
            BlockingTableHandle<Flavor, String> flavors = database.db().blockingTable(FlavorTable.TABLE);
            Flavor vanilla = new Flavor("vanilla", "Vanilla", 5);
            flavors.insert(vanilla);
            assertEquals(Optional.of(vanilla), flavors.findOne("vanilla"));
        }
    }

    @Test
    void aSqliteUrlNamesTheMissingArtifact(@TempDir Path dir) {
        for (String url : new String[] {"sqlite::memory:", "sqlite:" + dir.resolve("app.db"), "jdbc:sqlite:app.db"}) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> Ormdantic.open(url));
            assertEquals(ErrorCode.DRIVER_MISSING, e.code(), url);
            assertEquals(
                    "[ORM2006] cannot open '" + url + "': the SQLite JDBC driver (org.sqlite.JDBC) is not on the class"
                            + " path; add the dependency org.xerial:sqlite-jdbc:3.54.1.0 (the version Ormdantic is"
                            + " tested with), or remove its exclusion from ormdantic-runtime",
                    e.getMessage());
        }
    }
}
