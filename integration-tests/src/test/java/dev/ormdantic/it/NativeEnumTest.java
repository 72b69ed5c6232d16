package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.it.model.Cortado;
import dev.ormdantic.it.model.CortadoTable;
import dev.ormdantic.it.model.Espresso;
import dev.ormdantic.it.model.EspressoTable;
import dev.ormdantic.it.model.Grind;
import dev.ormdantic.it.model.Roast;
import dev.ormdantic.it.model.RoastNote;
import dev.ormdantic.it.model.RoastNoteTable;
import dev.ormdantic.query.Filters;
import dev.ormdantic.query.OrderBy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * {@code @NativeEnum}: on PostgreSQL the columns are of native enum types, created by {@code init()} and dropped by
 * {@code dropAll()} after the last table using them; elsewhere they are text with a {@code CHECK}. Writes, typed and
 * dynamic filters and assignments behave the same on every backend.
 */
class NativeEnumTest {

    private static final EspressoTable ESPRESSO = EspressoTable.TABLE;

    private static Ormdantic open(TestDatabase test) {
        Ormdantic db = Ormdantic.builder(test.url())
                .tables(EspressoTable.TABLE, CortadoTable.TABLE)
                .open();
        db.init().join();
        return db;
    }

    private static List<String> ids(List<Espresso> rows) {
        return rows.stream().map(Espresso::id).toList();
    }

    @BackendTest
    void writesReadsAndFiltersGoThroughTheEnumType(TestDatabase test) throws SQLException {
        try (Ormdantic db = open(test)) {
            db.init().join(); // twice: the type and the table exist, nothing changes
            BlockingTableHandle<Espresso, String> espressos = db.blockingTable(EspressoTable.TABLE);
            Espresso light = new Espresso("a", Roast.LIGHT, null, Optional.of(Grind.FINE));
            Espresso dark = new Espresso("b", Roast.EXTRA_DARK, Roast.LIGHT, Optional.empty());
            assertEquals(light, espressos.insert(light));
            espressos.insertMany(List.of(dark));

            assertEquals(dark, espressos.findOne("b").orElseThrow());
            assertEquals(
                    List.of("a"),
                    ids(espressos.findMany(EspressoTable.ROAST.eq(Roast.LIGHT)).data()));
            assertEquals(
                    List.of("a", "b"),
                    ids(espressos
                            .findMany(
                                    EspressoTable.ROAST.in(List.of(Roast.LIGHT, Roast.EXTRA_DARK)),
                                    OrderBy.asc(EspressoTable.ID))
                            .data()));
            assertEquals(
                    List.of("b"),
                    ids(espressos
                            .findMany(EspressoTable.PREVIOUS.eq(Roast.LIGHT))
                            .data()));
            assertEquals(
                    List.of("a"),
                    ids(espressos.findMany(EspressoTable.GRIND.eq(Grind.FINE)).data()));
            assertEquals(
                    List.of("b"),
                    ids(espressos
                            .findMany(Filters.of(ESPRESSO, Map.of("roast", "EXTRA_DARK")))
                            .data()));
            assertEquals(
                    List.of("a"),
                    ids(espressos
                            .findMany(Filters.of(ESPRESSO, Map.of("grind", "FINE")))
                            .data()));
            assertEquals(1, espressos.count(EspressoTable.ROAST.ne(Roast.LIGHT)));

            Espresso changed = new Espresso("a", Roast.MEDIUM, Roast.LIGHT, Optional.of(Grind.COARSE));
            assertTrue(espressos.update(changed));
            assertEquals(changed, espressos.findOne("a").orElseThrow());
            Espresso upserted = new Espresso("b", Roast.LIGHT, null, Optional.of(Grind.MEDIUM));
            Espresso fresh = new Espresso("c", Roast.EXTRA_DARK, Roast.MEDIUM, Optional.empty());
            espressos.upsertMany(List.of(upserted, fresh));
            assertEquals(upserted, espressos.findOne("b").orElseThrow());
            assertEquals(fresh, espressos.findOne("c").orElseThrow());
            assertEquals(
                    1,
                    espressos.updateWhere(
                            EspressoTable.ROAST.eq(Roast.EXTRA_DARK),
                            List.of(EspressoTable.ROAST.set(Roast.MEDIUM), EspressoTable.PREVIOUS.set((Roast) null))));
            assertEquals(
                    new Espresso("c", Roast.MEDIUM, null, Optional.empty()),
                    espressos.findOne("c").orElseThrow());

            BlockingTableHandle<Cortado, Long> pours = db.blockingTable(CortadoTable.TABLE);
            pours.insert(new Cortado(1, Roast.EXTRA_DARK));
            assertEquals(
                    List.of(new Cortado(1, Roast.EXTRA_DARK)),
                    pours.findMany(CortadoTable.ROAST.eq(Roast.EXTRA_DARK)).data());

            try (Connection connection = test.jdbc()) {
                if (test.backend() == Backend.POSTGRESQL) {
                    assertEquals(
                            List.of(
                                    "cortado.roast roast",
                                    "espresso.grind grind_level",
                                    "espresso.previous roast",
                                    "espresso.roast roast"),
                            enumColumns(connection));
                }
                // The database itself refuses a value that is none of the labels (the type on PostgreSQL, the CHECK
                // elsewhere).
                SQLException refused = assertThrows(SQLException.class, () -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("INSERT INTO espresso (id, roast) VALUES ('x', 'PURPLE')");
                    }
                });
                if (test.backend() == Backend.POSTGRESQL) {
                    assertEquals("22P02", refused.getSQLState());
                    assertTrue(
                            String.valueOf(refused.getMessage())
                                    .contains("invalid input value for enum roast: \"PURPLE\""),
                            refused.getMessage());
                }
            }
        }
    }

    @BackendTest
    void dropAllDropsEachTypeAfterTheLastTableThatUsesIt(TestDatabase test) throws SQLException {
        try (Ormdantic both = open(test)) {
            both.blockingTable(CortadoTable.TABLE).insert(new Cortado(1, Roast.LIGHT));
            // A database that manages only espresso drops it and grind_level; roast stays, cortado still uses it.
            try (Ormdantic espressoOnly =
                    Ormdantic.builder(test.url()).tables(EspressoTable.TABLE).open()) {
                espressoOnly.dropAll().join();
            }
            if (test.backend() == Backend.POSTGRESQL) {
                assertEquals(List.of("roast"), enumTypes(test));
            }
            assertEquals(
                    List.of(new Cortado(1, Roast.LIGHT)),
                    both.blockingTable(CortadoTable.TABLE).findMany().data());

            both.dropAll().join();
            if (test.backend() == Backend.POSTGRESQL) {
                assertEquals(List.of(), enumTypes(test));
            }
            both.init().join();
            Espresso again = new Espresso("z", Roast.MEDIUM, null, Optional.of(Grind.COARSE));
            both.blockingTable(EspressoTable.TABLE).insert(again);
            assertEquals(
                    again, both.blockingTable(EspressoTable.TABLE).findOne("z").orElseThrow());
        }
    }

    @BackendTest
    void aNativeEnumKeyFindsUpdatesAndDeletesItsRow(TestDatabase test) {
        try (Ormdantic db =
                Ormdantic.builder(test.url()).tables(RoastNoteTable.TABLE).open()) {
            db.init().join();
            BlockingTableHandle<RoastNote, Roast> notes = db.blockingTable(RoastNoteTable.TABLE);
            notes.insertMany(List.of(new RoastNote(Roast.LIGHT, "bright"), new RoastNote(Roast.EXTRA_DARK, "bitter")));

            assertEquals(
                    new RoastNote(Roast.LIGHT, "bright"),
                    notes.findOne(Roast.LIGHT).orElseThrow());
            assertTrue(notes.update(new RoastNote(Roast.LIGHT, "sweet")));
            assertEquals(
                    new RoastNote(Roast.LIGHT, "sweet"),
                    notes.findOne(Roast.LIGHT).orElseThrow());
            assertTrue(notes.delete(Roast.EXTRA_DARK));
            assertEquals(
                    List.of(new RoastNote(Roast.LIGHT, "sweet")),
                    notes.findMany().data());
        }
    }

    @BackendTest
    void aTypeWithOtherLabelsFailsInitClearly(TestDatabase test) throws SQLException {
        if (test.backend() != Backend.POSTGRESQL) {
            return; // only PostgreSQL has native enum types
        }
        try (Connection connection = test.jdbc();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TYPE roast AS ENUM ('LIGHT', 'DARK')");
        }
        try (Ormdantic db =
                Ormdantic.builder(test.url()).tables(EspressoTable.TABLE).open()) {
            CompletionException failed =
                    assertThrows(CompletionException.class, () -> db.init().join());
            ConfigurationException e = assertInstanceOf(ConfigurationException.class, failed.getCause());
            assertEquals(ErrorCode.NATIVE_ENUM_MISMATCH, e.code());
            assertTrue(
                    e.getMessage()
                            .contains("type \"roast\" exists with labels {LIGHT,DARK}, but the enum stores"
                                    + " {LIGHT,MEDIUM,EXTRA_DARK}"),
                    e.getMessage());
        }
        try (Connection connection = test.jdbc();
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'espresso'"
                                + " AND table_schema = current_schema()")) {
            tables.next();
            assertEquals(0, tables.getInt(1), "init() created nothing");
        }
    }

    /** The columns of the current schema whose type is an enum, as {@code table.column type}, sorted. */
    private static List<String> enumColumns(Connection connection) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT c.table_name, c.column_name, c.udt_name FROM information_schema.columns c"
                                + " JOIN pg_type t ON t.typname = c.udt_name AND t.typtype = 'e'"
                                + " JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = c.udt_schema"
                                + " WHERE c.table_schema = current_schema() ORDER BY 1, 2");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                columns.add(rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3));
            }
        }
        return columns;
    }

    /** The enum types of the current schema, sorted. */
    private static List<String> enumTypes(TestDatabase test) throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection connection = test.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                                + " WHERE t.typtype = 'e' AND n.nspname = current_schema() ORDER BY 1")) {
            while (rows.next()) {
                types.add(rows.getString(1));
            }
        }
        return types;
    }
}
