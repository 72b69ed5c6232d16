package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.UnknownTableException;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.it.model.ToppingTable;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * A class path without generated tables, the usual sign of an annotation processor that did not run: {@code open}
 * warns, and {@code table(...)} and {@code tables(...)} fail, each naming the likely cause and the Maven and Gradle
 * lines that fix it. The class loader given to the builder is one that sees no table index.
 */
class NoTablesWarningTest {

    private static final String CAUSE = "the annotation processor writes the table index"
            + " (META-INF/services/dev.ormdantic.support.GeneratedTable) when it compiles the @Table records, so it"
            + " probably did not run: put dev.ormdantic:ormdantic-processor (the version of ormdantic-runtime) on the"
            + " compiler's processor path, with Maven a <path> of it in the maven-compiler-plugin's"
            + " <annotationProcessorPaths>, with Gradle annotationProcessor(\"dev.ormdantic:ormdantic-processor:<version>\"),"
            + " then rebuild (docs/install.md)";

    private static URLClassLoader withoutTables() {
        return new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
    }

    @Test
    void openWarnsAndTableNamesTheProcessorPath() throws IOException {
        try (LogCapture log = new LogCapture();
                URLClassLoader loader = withoutTables();
                Ormdantic db =
                        Ormdantic.builder("sqlite::memory:").classLoader(loader).open()) {
            assertEquals(
                    List.of("opening sqlite::memory: with no table: no generated table is on the class path; " + CAUSE),
                    log.at(Level.WARNING));

            UnknownTableException e = assertThrows(UnknownTableException.class, () -> db.table(FlavorTable.TABLE));
            assertEquals(ErrorCode.UNKNOWN_TABLE, e.code());
            assertEquals(List.of(), e.managedTables());
            assertTrue(
                    e.getMessage()
                            .endsWith(FlavorTable.class.getName() + " is not managed by the database sqlite::memory:;"
                                    + " it manages no table; " + CAUSE),
                    e.getMessage());
        }
    }

    @Test
    void aTableOutsideTheChosenOnesSaysBoth() {
        try (Ormdantic db = Ormdantic.builder("sqlite::memory:")
                .tables(List.of(ToppingTable.TABLE))
                .open()) {
            UnknownTableException e = assertThrows(UnknownTableException.class, () -> db.table(FlavorTable.TABLE));
            assertTrue(
                    e.getMessage()
                            .endsWith("; add it to Ormdantic.builder(url).tables(...) if you chose the tables;"
                                    + " otherwise " + CAUSE),
                    e.getMessage());
        }
    }

    @Test
    void tablesNotInTheIndexNameTheProcessorPath() throws IOException {
        try (URLClassLoader loader = withoutTables()) {
            ConfigurationException e = assertThrows(
                    ConfigurationException.class,
                    () -> Ormdantic.builder("sqlite::memory:")
                            .classLoader(loader)
                            .tables(List.of(FlavorTable.TABLE))
                            .open());
            assertEquals(ErrorCode.TABLE_NOT_INDEXED, e.code());
            assertTrue(e.getMessage().endsWith("; if it is one, " + CAUSE), e.getMessage());
        }
    }

    @Test
    void aClassPathWithTablesOpensWithoutTheWarning() {
        try (LogCapture log = new LogCapture()) {
            Ormdantic.open("sqlite::memory:").close();
            assertEquals(List.of(), log.at(Level.WARNING));
        }
    }
}
