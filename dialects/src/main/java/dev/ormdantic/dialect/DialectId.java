package dev.ormdantic.dialect;

/**
 * The six dialects, for exhaustive {@code switch}es in generated code and lookups by name.
 *
 * @since 0.1.0
 */
public enum DialectId {
    /** SQLite, embedded. */
    SQLITE("SQLite"),
    /** PostgreSQL. */
    POSTGRESQL("PostgreSQL"),
    /** MySQL. */
    MYSQL("MySQL"),
    /** MariaDB. */
    MARIADB("MariaDB"),
    /** Microsoft SQL Server. */
    MSSQL("SQL Server"),
    /** Oracle Database. */
    ORACLE("Oracle");

    private final String displayName;

    DialectId(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The product's name, for messages ({@code SQL Server}).
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }
}
