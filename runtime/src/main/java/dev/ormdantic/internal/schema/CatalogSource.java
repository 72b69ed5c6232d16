package dev.ormdantic.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of catalog queries as plain values: a live connection's, or a test's fixtures shaped as the catalog
 * returns them. The SQL Server and Oracle readers read through it, so that without a server they can be fed rows.
 */
@FunctionalInterface
public interface CatalogSource {

    /**
     * Runs a catalog query whose every {@code ?} is the schema.
     *
     * @param sql the query
     * @param schema the schema, bound to every parameter (the empty string for the connection's own)
     * @return the rows, in the order the query gives them
     * @throws SQLException from the driver
     */
    List<CatalogRow> rows(String sql, String schema) throws SQLException;

    /**
     * The rows of a live connection: each value as the driver's {@code getObject} gives it.
     *
     * @param connection the connection
     * @return the source
     */
    static CatalogSource of(Connection connection) {
        return (sql, schema) -> {
            List<CatalogRow> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                // The catalog queries hold no literal question mark: every one is the schema.
                long parameters = sql.chars().filter(c -> c == '?').count();
                for (int i = 1; i <= parameters; i++) {
                    statement.setString(i, schema);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    int width = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<@Nullable Object> values = new ArrayList<>(width);
                        for (int i = 1; i <= width; i++) {
                            values.add(rs.getObject(i));
                        }
                        rows.add(new CatalogRow(values));
                    }
                }
            }
            return rows;
        };
    }
}
