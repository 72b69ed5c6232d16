package dev.ormdantic.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.BlockingOrmdantic;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.test.model.Note;
import dev.ormdantic.test.model.NoteTable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Test classes that use the extension, run by {@link OrmdanticExtensionTest} through the JUnit engine (nested
 * classes, which the build does not run by themselves). Each records the URL of the database it was given.
 */
final class Samples {

    /** The schemas, databases or SQLite files the samples' tests were given, in the order they ran. */
    static final List<String> GIVEN = new CopyOnWriteArrayList<>();

    private Samples() {}

    static String server(String variable, String fallback) {
        String configured = System.getenv(variable);
        return configured == null || configured.isBlank() ? fallback : configured.strip();
    }

    /** Records the schema (PostgreSQL), database (MariaDB) or file (SQLite) the test was given. */
    static void record(BlockingOrmdantic db) {
        String sql = switch (db.async().dialect()) {
            case "postgresql" -> "SELECT current_schema()";
            case "sqlite" -> "SELECT file FROM pragma_database_list WHERE name = 'main'";
            default -> "SELECT DATABASE()";
        };
        GIVEN.add(db.async().dialect() + ":"
                + db.sql(sql).queryOne(row -> String.valueOf(row.getString(1))).orElseThrow());
    }

    /** Two tests write the same key: each has a table of its own, so both pass. */
    static void writeTheSameRow(BlockingOrmdantic db) {
        record(db);
        db.table(NoteTable.TABLE).insert(new Note(1, "first"));
        assertEquals(1, db.table(NoteTable.TABLE).count());
    }

    @OrmdanticTest
    static class OnSqlite {
        @Test
        void one(BlockingOrmdantic db) {
            writeTheSameRow(db);
        }

        @Test
        void two(Ormdantic db) {
            writeTheSameRow(db.blocking());
        }
    }

    static class OnPostgres {
        @RegisterExtension
        static final OrmdanticExtension DB = OrmdanticExtension.create()
                .url(server("ORMDANTIC_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"))
                .tables(NoteTable.TABLE);

        @Test
        void one(BlockingOrmdantic db) {
            writeTheSameRow(db);
        }

        @Test
        void two(BlockingOrmdantic db) {
            writeTheSameRow(db);
        }

        @Test
        void three(BlockingOrmdantic db) {
            writeTheSameRow(db);
        }

        @Test
        void four(BlockingOrmdantic db) {
            writeTheSameRow(db);
        }
    }

    static class OnMariaDb {
        @RegisterExtension
        static final OrmdanticExtension DB = OrmdanticExtension.create()
                .url(server("ORMDANTIC_TEST_MARIADB_URL", "mariadb://root@127.0.0.1:3306/test?sslMode=disable"));

        @Test
        void one(BlockingOrmdantic db) {
            writeTheSameRow(db);
        }

        @Test
        void two(BlockingOrmdantic db) {
            writeTheSameRow(db);
        }
    }

    @OrmdanticTest(init = false)
    static class WithoutTables {
        @Test
        void theTableIsNotThere(BlockingOrmdantic db) {
            record(db);
            db.table(NoteTable.TABLE).count();
        }
    }

    @OrmdanticTest(url = "jdbc:tc:postgresql:16:///test?TC_INITSCRIPT=init.sql")
    static class OnTestcontainersUrl {
        @Test
        void neverRuns(BlockingOrmdantic db) {
            record(db);
        }
    }
}
