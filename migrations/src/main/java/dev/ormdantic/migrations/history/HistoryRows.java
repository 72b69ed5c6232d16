package dev.ormdantic.migrations.history;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.MigrationException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The history table on one connection: whether it exists (read from the driver's catalog, never by creating), its
 * creation, its rows (sorted by when they were written, then revision), and writes, each a delete and an insert.
 */
final class HistoryRows {

    /** {@code applied_at} as stored: fixed width, so that text order is time order. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern(
                    "uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final DialectId dialect;
    private final int timeoutSeconds;

    HistoryRows(Connection connection, DialectId dialect, int timeoutSeconds) {
        this.connection = connection;
        this.dialect = dialect;
        this.timeoutSeconds = timeoutSeconds;
    }

    boolean exists() throws SQLException {
        return tableExists(connection, HistorySql.HISTORY_TABLE);
    }

    /** Creates the history table when missing, and upgrades an older one in place (its rows kept). */
    void ensure() throws SQLException {
        ensureTable(connection, HistorySql.HISTORY_TABLE, HistorySql.createHistoryTable(dialect), timeoutSeconds);
        upgrade();
    }

    /**
     * Adds the columns an older history table lacks (the seed's table has no {@code steps_completed} and
     * {@code steps_total}), then fills the {@code NULL}s older writers left in {@code status}, {@code dirty},
     * {@code execution_time_ms} and {@code artifact_version}.
     */
    private void upgrade() throws SQLException {
        Set<String> present = columns();
        if (present.isEmpty()) {
            throw upgradeFailed("its columns cannot be read from the driver's catalog", null, null);
        }
        if (!present.contains("revision")) {
            throw upgradeFailed("it has no revision column, so it is not a migration history", null, null);
        }
        List<String> missing = HistorySql.columnNames().stream()
                .filter(column -> !present.contains(column))
                .toList();
        for (String column : missing) {
            String sql = HistorySql.addColumn(dialect, column);
            try (Statement statement = statement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                if (!columns().contains(column)) {
                    throw upgradeFailed("column " + column + " cannot be added", sql, e);
                }
            }
        }
        if (!missing.isEmpty()) {
            for (String sql : HistorySql.backfill()) {
                try (Statement statement = statement()) {
                    statement.executeUpdate(sql);
                }
            }
        }
    }

    /** The history table's columns, in lower case, from the driver's catalog. */
    private Set<String> columns() throws SQLException {
        Set<String> names = new TreeSet<>();
        DatabaseMetaData metadata = connection.getMetaData();
        for (String table : List.of(HistorySql.HISTORY_TABLE, HistorySql.HISTORY_TABLE.toUpperCase(Locale.ROOT))) {
            try (ResultSet columns =
                    metadata.getColumns(connection.getCatalog(), connection.getSchema(), table, null)) {
                while (columns.next()) {
                    names.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!names.isEmpty()) {
                break;
            }
        }
        return names;
    }

    private MigrationException upgradeFailed(String problem, @Nullable String sql, @Nullable SQLException cause) {
        return new MigrationException(
                ErrorCode.MIGRATION_HISTORY_UPGRADE_FAILED,
                new ErrorContext(
                        "init", HistorySql.HISTORY_TABLE, dialect.name().toLowerCase(Locale.ROOT)),
                "the history table " + HistorySql.HISTORY_TABLE + " has an older shape that cannot be upgraded: "
                        + problem + (sql == null ? "" : " (" + sql + ")")
                        + (cause == null ? "" : ": " + cause.getMessage()),
                "grant the migrator ALTER on " + HistorySql.HISTORY_TABLE + ", or add the column as the statement"
                        + " says; no row was changed",
                cause);
    }

    /** A statement bounded by the migrator's statement timeout. */
    Statement statement() throws SQLException {
        Statement statement = connection.createStatement();
        statement.setQueryTimeout(timeoutSeconds);
        return statement;
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(timeoutSeconds);
        return statement;
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = metadata.getTables(catalog, schema, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Creates a table when the catalog lacks it; a concurrent creation by another migrator is not an error. */
    static void ensureTable(Connection connection, String table, String create, int timeoutSeconds)
            throws SQLException {
        if (tableExists(connection, table)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            statement.execute(create);
        } catch (SQLException e) {
            if (!tableExists(connection, table)) {
                throw e;
            }
        }
    }

    List<HistoryEntry> read() throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        Set<String> present = columns();
        String select = present.containsAll(HistorySql.columnNames())
                ? HistorySql.selectHistory()
                : "SELECT "
                        + String.join(
                                ", ",
                                HistorySql.columnNames().stream()
                                        .map(column -> present.contains(column) ? column : "NULL")
                                        .toList())
                        + " FROM " + HistorySql.HISTORY_TABLE;
        try (Statement statement = statement();
                ResultSet rows = statement.executeQuery(select)) {
            while (rows.next()) {
                String description = rows.getString(2);
                String metadata = rows.getString(12);
                String status = rows.getString(6);
                String checksum = rows.getString(3);
                String appliedAt = rows.getString(4);
                int artifactVersion = rows.getInt(10);
                entries.add(new HistoryEntry(
                        rows.getString(1),
                        description == null ? "" : description,
                        checksum == null ? "" : checksum,
                        appliedAt == null ? Instant.EPOCH : parse(appliedAt),
                        rows.getLong(5),
                        HistoryStatus.parse(status == null ? "applied" : status),
                        rows.getInt(7) != 0,
                        rows.getInt(8),
                        rows.getInt(9),
                        artifactVersion == 0 ? 1 : artifactVersion,
                        rows.getString(11),
                        metadata == null ? "{}" : metadata));
            }
        }
        entries.sort(Comparator.comparing(HistoryEntry::appliedAt).thenComparing(HistoryEntry::revision));
        return entries;
    }

    /** Our fixed-width stamps, and the ISO-8601 forms older writers left (with an offset, or local UTC time). */
    private static Instant parse(String stamp) {
        try {
            return Instant.parse(stamp);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(stamp.replace(' ', 'T')).toInstant();
            } catch (DateTimeParseException again) {
                return LocalDateTime.parse(stamp.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            }
        }
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    void write(HistoryEntry entry) throws SQLException {
        try (PreparedStatement delete = prepare(HistorySql.deleteRow())) {
            delete.setString(1, entry.revision());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = prepare(HistorySql.insertRow())) {
            insert.setString(1, entry.revision());
            insert.setString(2, entry.description());
            insert.setString(3, entry.checksum());
            insert.setString(4, STAMP.format(entry.appliedAt()));
            insert.setLong(5, entry.executionTimeMs());
            insert.setString(6, entry.status().value());
            insert.setInt(7, entry.dirty() ? 1 : 0);
            insert.setInt(8, entry.stepsCompleted());
            insert.setInt(9, entry.stepsTotal());
            insert.setInt(10, entry.artifactVersion());
            insert.setString(11, entry.productVersion());
            insert.setString(12, entry.metadata());
            insert.executeUpdate();
        }
    }

    void progress(String revision, int stepsCompleted, String metadata) throws SQLException {
        try (PreparedStatement update = prepare(HistorySql.updateProgress())) {
            update.setInt(1, stepsCompleted);
            update.setString(2, metadata);
            update.setString(3, revision);
            update.executeUpdate();
        }
    }
}
