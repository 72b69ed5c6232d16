package dev.ormdantic.it.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.SchemaComparison;
import dev.ormdantic.it.Backend;
import dev.ormdantic.it.BackendTest;
import dev.ormdantic.it.InMemoryCompiler;
import dev.ormdantic.it.TestDatabase;
import dev.ormdantic.it.model.ConeTable;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.it.model.ToppingTable;
import dev.ormdantic.migrations.reflect.DriftReport;
import dev.ormdantic.migrations.reflect.Inspector;
import dev.ormdantic.migrations.reflect.Scaffold;
import dev.ormdantic.query.TableRef;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reflect tables that {@code init()} created, scaffold record sources for them, compile those with the real annotation
 * processor, create the scaffolded tables on the emptied database and reflect again: the two reads agree, by the
 * comparison drift uses, on SQLite, PostgreSQL and MariaDB (and the MySQL dialect).
 */
class ScaffoldRoundTripTest {

    private static final List<String> TABLES = List.of("cone", "flavor", "snack", "topping");

    @TempDir
    Path out;

    @BackendTest
    void scaffoldCompileCreateReflectGivesTheSameSchema(TestDatabase database) throws Exception {
        List<LiveTable> before;
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(ConeTable.TABLE, FlavorTable.TABLE, SnackTable.TABLE, ToppingTable.TABLE)
                .open()) {
            db.init().join();
            before = Inspector.of(db)
                    .include(TABLES.toArray(String[]::new))
                    .tables()
                    .join();
            assertEquals(TABLES, before.stream().map(LiveTable::name).toList());
            db.dropAll().join();
        }
        Map<String, String> sources = Scaffold.sources(before, "scaffolded");
        assertTrue(sources.get("Topping").contains("@ForeignKey(name = "), sources.get("Topping"));
        try (URLClassLoader loader = compile(sources)) {
            List<TableRef<?, ?>> refs = new ArrayList<>();
            for (String name : sources.keySet()) {
                refs.add((TableRef<?, ?>) loader.loadClass("scaffolded." + name + "Table")
                        .getField("TABLE")
                        .get(null));
            }
            try (Ormdantic db = Ormdantic.builder(database.url())
                    .tables(refs)
                    .classLoader(loader)
                    .open()) {
                db.init().join();
                List<LiveTable> after = Inspector.of(db)
                        .include(TABLES.toArray(String[]::new))
                        .tables()
                        .join();
                assertEquals(TABLES, after.stream().map(LiveTable::name).toList());
                DialectId dialect = DialectId.valueOf(db.dialect().toUpperCase(Locale.ROOT));
                for (int i = 0; i < before.size(); i++) {
                    LiveTable was = before.get(i);
                    LiveTable now = after.get(i);
                    assertEquals(List.of(), SchemaComparison.compare(dialect, was, now), was.name());
                    assertEquals(types(was), types(now), was.name());
                    assertEquals(was.primaryKey(), now.primaryKey());
                    assertEquals(was.indexes(), now.indexes());
                    assertEquals(was.foreignKeys(), now.foreignKeys());
                }
            }
        }
    }

    /**
     * JSON, computed and enum columns made by hand (not by our DDL) on PostgreSQL and MariaDB: scaffolded, compiled,
     * created anew and reflected, the records' tables show no drift, and they read back as they were, except that a
     * MariaDB {@code ENUM(...)} column comes back as text with the check of its values.
     */
    @BackendTest
    void jsonComputedAndEnumColumnsRoundTrip(TestDatabase database) throws Exception {
        Backend backend = database.backend();
        assumeTrue(backend == Backend.POSTGRESQL || backend == Backend.MARIADB, "PostgreSQL and MariaDB");
        boolean postgres = backend == Backend.POSTGRESQL;
        List<String> setup = postgres
                ? List.of(
                        "CREATE TYPE sc_mood AS ENUM ('happy', 'so-so', 'sad')",
                        "CREATE TABLE sc_extra (id INTEGER NOT NULL PRIMARY KEY, doc JSON NULL, meta JSONB NOT NULL,"
                                + " price INTEGER NOT NULL, qty INTEGER NOT NULL,"
                                + " total INTEGER GENERATED ALWAYS AS (price * qty) STORED, mood sc_mood NOT NULL,"
                                + " previous sc_mood NULL)")
                : List.of("CREATE TABLE sc_extra (id INT NOT NULL PRIMARY KEY, doc JSON NULL, price INT NOT NULL,"
                        + " qty INT NOT NULL, total INT GENERATED ALWAYS AS (price * qty) STORED,"
                        + " mood ENUM('happy', 'so-so', 'sad') NOT NULL)");
        DriftTest.sql(database, setup.toArray(String[]::new));
        LiveSchema before =
                Inspector.of(database.db()).include("sc_*").read(true).join();
        Map<String, String> sources = Scaffold.sources(before, "scaffolded");
        assertEquals(List.of("ScExtra", postgres ? "ScMood" : "ScExtraMood"), List.copyOf(sources.keySet()));
        String record = sources.get("ScExtra");
        assertTrue(record.contains("java.util.@Nullable Map<String, Object> doc"), record);
        assertTrue(record.contains("@Computed(value = "), record);
        assertTrue(
                record.contains(postgres ? "@NativeEnum(name = \"sc_mood\") ScMood mood" : "ScExtraMood mood"), record);
        String enumSource = sources.get(postgres ? "ScMood" : "ScExtraMood");
        assertTrue(enumSource.contains("@EnumValue(\"so-so\") SO_SO"), enumSource);
        DriftTest.sql(
                database,
                postgres
                        ? new String[] {"DROP TABLE sc_extra", "DROP TYPE sc_mood"}
                        : new String[] {"DROP TABLE sc_extra"});

        try (URLClassLoader loader = compile(sources);
                Ormdantic db = Ormdantic.builder(database.url())
                        .tables((TableRef<?, ?>) loader.loadClass("scaffolded.ScExtraTable")
                                .getField("TABLE")
                                .get(null))
                        .classLoader(loader)
                        .open()) {
            db.init().join();
            Inspector inspector = Inspector.of(db).include("sc_*");
            DriftReport drift = inspector.drift().join();
            assertTrue(drift.isEmpty(), drift.describe());
            LiveTable was = java.util.Objects.requireNonNull(before.table("sc_extra"));
            LiveTable now =
                    java.util.Objects.requireNonNull(inspector.read(true).join().table("sc_extra"));
            DialectId dialect = DialectId.valueOf(db.dialect().toUpperCase(Locale.ROOT));
            List<String> differences = SchemaComparison.compare(dialect, was, now).stream()
                    .map(d -> d.kind() + " " + d.object())
                    .toList();
            assertEquals(
                    postgres ? List.of() : List.of("COLUMN_TYPE mood", "EXTRA_CHECK sc_extra_mood_enum_values_check"),
                    differences);
            if (postgres) {
                assertEquals(before.enums(), inspector.read(true).join().enums());
            } else {
                assertTrue(
                        now.checks().get(0).sql().contains("'happy','so-so','sad'"),
                        now.checks().toString());
            }
        }
    }

    private static List<String> types(LiveTable table) {
        return table.columns().stream()
                .map(c -> c.name() + " " + c.type() + (c.nullable() ? " null" : "") + " "
                        + SchemaComparison.generationKind(c.generation()))
                .toList();
    }

    private URLClassLoader compile(Map<String, String> sources) throws IOException {
        List<JavaFileObject> files = new ArrayList<>();
        sources.forEach((name, text) -> files.add(InMemoryCompiler.source("scaffolded", name, text)));
        assertEquals(List.of(), InMemoryCompiler.compile(out, files), String.join("\n\n", sources.values()));
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader());
    }
}
