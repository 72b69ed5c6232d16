package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.error.HydrationException;
import dev.ormdantic.error.ValidationException;
import dev.ormdantic.internal.connect.SqliteFunctions;
import dev.ormdantic.it.model.Brew;
import dev.ormdantic.it.model.BrewTable;
import dev.ormdantic.it.model.Grind;
import dev.ormdantic.query.Filters;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The {@code CHECK} constraints derived from the constraints of {@link Brew}: the database itself refuses a row that
 * breaks one, written with plain SQL past the Java validation, and accepts every boundary value that validation
 * accepts; an enum stored by {@code @EnumValue} round-trips and filters by constant name.
 */
class CheckConstraintsTest {

    private static final BrewTable TABLE = BrewTable.TABLE;

    private static Brew brew(String id, String name, int strength, String dose, float ratio, String code, Grind grind) {
        return new Brew(id, name, strength, new BigDecimal(dose), ratio, code, grind, null, null);
    }

    /** One row for the plain-SQL inserts; each test changes one value. */
    private record RawRow(
            String name,
            int strength,
            String dose,
            float ratio,
            String code,
            String grind,
            @Nullable String note) {

        static RawRow valid() {
            return new RawRow("Brew", 5, "5.00", 1.0f, "AB-12", "F", null);
        }

        RawRow name(String value) {
            return new RawRow(value, strength, dose, ratio, code, grind, note);
        }

        RawRow strength(int value) {
            return new RawRow(name, value, dose, ratio, code, grind, note);
        }

        RawRow dose(String value) {
            return new RawRow(name, strength, value, ratio, code, grind, note);
        }

        RawRow ratio(float value) {
            return new RawRow(name, strength, dose, value, code, grind, note);
        }

        RawRow code(String value) {
            return new RawRow(name, strength, dose, ratio, value, grind, note);
        }

        RawRow grind(String value) {
            return new RawRow(name, strength, dose, ratio, code, value, note);
        }

        RawRow note(String value) {
            return new RawRow(name, strength, dose, ratio, code, grind, value);
        }
    }

    private static Connection raw(TestDatabase database) throws SQLException {
        Connection connection = database.jdbc();
        if (database.backend() == Backend.SQLITE) {
            SqliteFunctions.register(connection);
        }
        return connection;
    }

    private static void insertRaw(Connection connection, Backend backend, String id, RawRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO brew (id, name, strength, dose, ratio, code, grind, note, next_grind)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, row.name());
            insert.setInt(3, row.strength());
            if (backend == Backend.SQLITE) {
                insert.setString(4, row.dose()); // decimals are text on SQLite
            } else {
                insert.setBigDecimal(4, new BigDecimal(row.dose()));
            }
            insert.setFloat(5, row.ratio());
            insert.setString(6, row.code());
            insert.setString(7, row.grind());
            if (row.note() == null) {
                insert.setNull(8, Types.VARCHAR);
            } else {
                insert.setString(8, row.note());
            }
            insert.setNull(9, Types.VARCHAR);
            insert.executeUpdate();
        }
    }

    @BackendTest
    void theDatabaseRefusesEveryBrokenCheckWrittenWithPlainSql(TestDatabase database) throws SQLException {
        Ormdantic db = database.db();
        RawRow valid = RawRow.valid();
        // Each row breaks one check; the names it may report (two checks refuse the empty name).
        Map<RawRow, List<String>> broken = new java.util.LinkedHashMap<>();
        broken.put(valid.name(""), List.of("brew_name_min_length_check", "brew_name_not_blank_check"));
        broken.put(valid.name("   "), List.of("brew_name_not_blank_check"));
        broken.put(valid.strength(0), List.of("brew_strength_ge_check"));
        broken.put(valid.strength(11), List.of("brew_strength_le_check"));
        broken.put(valid.dose("0.50"), List.of("brew_dose_gt_check"));
        broken.put(valid.dose("-1.00"), List.of("brew_dose_gt_check"));
        broken.put(valid.ratio(0f), List.of("brew_ratio_gt_check"));
        broken.put(valid.ratio(-1.5f), List.of("brew_ratio_gt_check"));
        broken.put(valid.code("ab-1"), List.of("brew_code_pattern_check"));
        broken.put(valid.code("AB-1x"), List.of("brew_code_pattern_check"));
        broken.put(valid.code("xAB-1"), List.of("brew_code_pattern_check"));
        broken.put(valid.grind("FINE"), List.of("brew_grind_enum_values_check"));
        broken.put(valid.strength(9).ratio(0.5f), List.of("brew_strong_dose_check"));
        if (database.backend() != Backend.SQLITE) {
            broken.put(valid.note(""), List.of("brew_note_min_length_check"));
        }
        List<String> failures = new ArrayList<>();
        try (Connection connection = raw(database)) {
            int i = 0;
            for (Map.Entry<RawRow, List<String>> entry : broken.entrySet()) {
                String id = "bad-" + i++;
                try {
                    insertRaw(connection, database.backend(), id, entry.getKey());
                    failures.add(entry.getKey() + " was written");
                } catch (SQLException e) {
                    String message = String.valueOf(e.getMessage());
                    if (entry.getValue().stream().noneMatch(message::contains)) {
                        failures.add(entry.getKey() + " failed with '" + message + "', not " + entry.getValue());
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(0, db.blockingTable(BrewTable.TABLE).count());
    }

    @BackendTest
    void theDatabaseAcceptsEveryBoundaryValueTheJavaValidationAccepts(TestDatabase database) throws SQLException {
        RawRow valid = RawRow.valid();
        List<RawRow> boundaries = List.of(
                valid.name("ab"),
                valid.name("\uD83D\uDE00"), // one emoji: 2 UTF-16 units for @Size, 1 character for the database
                valid.name("a".repeat(20)),
                valid.name(" a "),
                valid.strength(1),
                valid.strength(10),
                valid.dose("0.51"),
                valid.dose("99.99"),
                valid.ratio(1e-6f),
                valid.ratio(0.1f),
                valid.code("AB-0"),
                valid.code("ZZ-0123456789"),
                valid.grind("M"),
                valid.grind("COARSE"),
                valid.strength(9).ratio(1f),
                valid.note("x"));
        BlockingTableHandle<Brew, String> brews = database.db().blockingTable(BrewTable.TABLE);
        List<Brew> records = new ArrayList<>();
        try (Connection connection = raw(database)) {
            for (int i = 0; i < boundaries.size(); i++) {
                RawRow row = boundaries.get(i);
                Brew record = new Brew(
                        "java-" + i,
                        row.name(),
                        row.strength(),
                        new BigDecimal(row.dose()),
                        row.ratio(),
                        row.code(),
                        switch (row.grind()) {
                            case "F" -> Grind.FINE;
                            case "M" -> Grind.MEDIUM;
                            default -> Grind.COARSE;
                        },
                        row.note(),
                        null);
                records.add(record);
                insertRaw(connection, database.backend(), "raw-" + i, row);
            }
        }
        brews.insertMany(records);
        assertEquals(2L * boundaries.size(), brews.count());
        for (Brew record : records) {
            assertEquals(record, brews.findOne(record.id()).orElseThrow());
        }
    }

    @BackendTest
    void invalidRecordsAreRefusedWithEveryViolationAndNothingIsWritten(Ormdantic db) {
        BlockingTableHandle<Brew, String> brews = db.blockingTable(BrewTable.TABLE);
        Brew bad = new Brew("b", " ", 0, new BigDecimal("0.50"), 0f, "ab", Grind.FINE, "", null);

        ValidationException e = assertThrows(ValidationException.class, () -> brews.insert(bad));

        assertEquals(
                List.of(
                        "name @NotBlank",
                        "name @Size(min = 2, max = 20)",
                        "strength @Min(1)",
                        "dose @DecimalMin(value = \"0.5\", inclusive = false)",
                        "ratio @Positive",
                        "code @Pattern(regexp = \"[A-Z]{2}-[0-9]+\")",
                        "note @Size(min = 1)"),
                e.violations().stream()
                        .map(v -> v.component() + " " + v.constraint())
                        .toList());
        assertThrows(
                ValidationException.class,
                () -> brews.insertMany(List.of(brew("ok", "Ok", 5, "5", 1f, "AB-1", Grind.FINE), bad)));
        assertEquals(0, brews.count());
    }

    @BackendTest
    void anEnumIsStoredByItsChosenValueAndFilteredByConstantName(TestDatabase database) throws SQLException {
        BlockingTableHandle<Brew, String> brews = database.db().blockingTable(BrewTable.TABLE);
        brews.insert(brew("fine", "Fine", 5, "5", 1f, "AB-1", Grind.FINE));
        Brew coarse =
                new Brew("coarse", "Coarse", 5, new BigDecimal("5.00"), 1f, "AB-2", Grind.COARSE, null, Grind.MEDIUM);
        brews.insert(coarse);

        try (Connection connection = raw(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT grind, next_grind FROM brew ORDER BY id")) {
            List<String> stored = new ArrayList<>();
            while (rows.next()) {
                stored.add(rows.getString(1) + "/" + rows.getString(2));
            }
            assertEquals(List.of("COARSE/M", "F/null"), stored);
        }
        assertEquals(coarse, brews.findOne("coarse").orElseThrow());
        assertEquals(
                List.of("fine"),
                brews.findMany(BrewTable.GRIND.eq(Grind.FINE)).data().stream()
                        .map(Brew::id)
                        .toList());
        assertEquals(
                List.of("coarse"),
                brews.findMany(Filters.of(TABLE, Map.of("next_grind", "MEDIUM"))).data().stream()
                        .map(Brew::id)
                        .toList());
        FilterException byStoredValue =
                assertThrows(FilterException.class, () -> Filters.of(TABLE, Map.of("grind", "F")));
        assertEquals(ErrorCode.FILTER_INVALID_VALUE, byStoredValue.code());
        assertTrue(byStoredValue.getMessage().contains("one of COARSE, FINE, MEDIUM"), byStoredValue.getMessage());
    }

    @BackendTest
    void anUnknownStoredEnumValueIsAClearReadError(TestDatabase database) throws SQLException {
        BlockingTableHandle<Brew, String> brews = database.db().blockingTable(BrewTable.TABLE);
        brews.insert(brew("odd", "Odd", 5, "5", 1f, "AB-1", Grind.FINE));
        try (Connection connection = raw(database);
                Statement statement = connection.createStatement()) {
            // Only a writer that bypasses the CHECK can store it: SQLite can be told to, MariaDB too.
            switch (database.backend()) {
                case SQLITE -> statement.execute("PRAGMA ignore_check_constraints = ON");
                case MARIADB, MYSQL -> statement.execute("SET SESSION check_constraint_checks = 0");
                case POSTGRESQL -> statement.execute("ALTER TABLE brew DROP CONSTRAINT brew_grind_enum_values_check");
                default -> throw new IllegalStateException("not a live backend: " + database.backend());
            }
            statement.executeUpdate("UPDATE brew SET grind = 'X' WHERE id = 'odd'");
        }

        HydrationException e = assertThrows(HydrationException.class, () -> brews.findOne("odd"));

        assertEquals(ErrorCode.UNKNOWN_ENUM_VALUE, e.code());
        assertTrue(
                e.getMessage()
                        .contains("column 'grind' of table 'brew' holds 'X', which is none of its enum's stored"
                                + " values [F, M, COARSE]"),
                e.getMessage());
    }

    @Test
    void sqlServerRefusesThePatternCheckBeforeAnyDdl() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TABLE.statements(DialectId.MSSQL));

        assertEquals(ErrorCode.FEATURE_UNSUPPORTED, e.code());
        assertTrue(
                e.getMessage()
                        .contains("SQL Server does not support regular-expression CHECK constraints (from @Pattern)."
                                + " Use this table on another database, or remove @Pattern and check the text in your"
                                + " code"),
                e.getMessage());
        assertTrue(TABLE.statements(DialectId.ORACLE).createTable().getFirst().contains("REGEXP_LIKE(\"code\""));
    }
}
