package dev.ormdantic.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/** Runs a catalog query and hands each row to a reader. */
final class CatalogRows {

    /** Reads one row. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private CatalogRows() {}

    /**
     * Runs a query whose every {@code ?} is the schema.
     *
     * @param connection the connection
     * @param sql the query
     * @param schema the schema, bound to every parameter
     * @param consumer the reader of each row
     * @throws SQLException from the driver
     */
    static void each(Connection connection, String sql, String schema, RowConsumer consumer) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            // The catalog queries hold no literal question mark: every one is the schema.
            long parameters = sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                statement.setString(i, schema);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        }
    }

    static String text(ResultSet rs, int column) throws SQLException {
        return Objects.requireNonNull(rs.getString(column), "catalog column " + column);
    }
}
