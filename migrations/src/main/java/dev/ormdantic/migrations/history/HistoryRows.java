package dev.ormdantic.migrations.history;

import dev.ormdantic.dialect.DialectId;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

    HistoryRows(Connection connection, DialectId dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    boolean exists() throws SQLException {
        return tableExists(connection, HistorySql.HISTORY_TABLE);
    }

    void ensure() throws SQLException {
        ensureTable(connection, HistorySql.HISTORY_TABLE, HistorySql.createHistoryTable(dialect));
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
    static void ensureTable(Connection connection, String table, String create) throws SQLException {
        if (tableExists(connection, table)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(create);
        } catch (SQLException e) {
            if (!tableExists(connection, table)) {
                throw e;
            }
        }
    }

    List<HistoryEntry> read() throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(HistorySql.selectHistory())) {
            while (rows.next()) {
                String description = rows.getString(2);
                String metadata = rows.getString(12);
                entries.add(new HistoryEntry(
                        rows.getString(1),
                        description == null ? "" : description,
                        rows.getString(3),
                        parse(rows.getString(4)),
                        rows.getLong(5),
                        HistoryStatus.parse(rows.getString(6)),
                        rows.getInt(7) != 0,
                        rows.getInt(8),
                        rows.getInt(9),
                        rows.getInt(10),
                        rows.getString(11),
                        metadata == null ? "{}" : metadata));
            }
        }
        entries.sort(Comparator.comparing(HistoryEntry::appliedAt).thenComparing(HistoryEntry::revision));
        return entries;
    }

    private static Instant parse(String stamp) {
        return Instant.parse(stamp);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    void write(HistoryEntry entry) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(HistorySql.deleteRow())) {
            delete.setString(1, entry.revision());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(HistorySql.insertRow())) {
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
        try (PreparedStatement update = connection.prepareStatement(HistorySql.updateProgress())) {
            update.setInt(1, stepsCompleted);
            update.setString(2, metadata);
            update.setString(3, revision);
            update.executeUpdate();
        }
    }
}
