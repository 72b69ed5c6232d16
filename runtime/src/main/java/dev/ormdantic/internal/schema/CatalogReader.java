package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.reflect.LiveSchema;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads one schema of a live database into the dialect-neutral {@link LiveSchema}: a handful of catalog queries per
 * schema, whatever the number of tables (SQLite: a few pragma calls per table). SQLite, PostgreSQL, MySQL and MariaDB
 * are read from their own catalogs; SQL Server and Oracle from theirs ({@link SqlServerCatalog}, {@link
 * OracleCatalog}), which are verified against documentation-shaped rows, not a live server.
 */
public final class CatalogReader {

    private CatalogReader() {}

    /**
     * Reads a schema.
     *
     * @param connection the connection
     * @param dialect the dialect
     * @param schema the schema, or the empty string for the connection's own
     * @return what the schema holds
     * @throws SQLException from the driver
     */
    public static LiveSchema read(Connection connection, Dialect dialect, String schema) throws SQLException {
        return switch (dialect.id()) {
            case SQLITE -> SqliteCatalog.read(connection, dialect, schema);
            case POSTGRESQL -> PostgresCatalog.read(connection, schema);
            case MYSQL, MARIADB -> MySqlCatalog.read(connection, dialect.id(), schema);
            case MSSQL -> SqlServerCatalog.read(CatalogSource.of(connection), schema);
            case ORACLE -> OracleCatalog.read(CatalogSource.of(connection), schema);
        };
    }
}
