package dev.ormdantic.dialect;

/** The six dialects, for exhaustive {@code switch}es in generated code and lookups by name. */
public enum DialectId {
    /** SQLite, embedded. */
    SQLITE,
    /** PostgreSQL. */
    POSTGRESQL,
    /** MySQL. */
    MYSQL,
    /** MariaDB. */
    MARIADB,
    /** Microsoft SQL Server. */
    MSSQL,
    /** Oracle Database. */
    ORACLE
}
