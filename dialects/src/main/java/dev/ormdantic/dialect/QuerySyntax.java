package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.ColumnType;
import org.jspecify.annotations.Nullable;

/**
 * The query-language half of a dialect's capability table: how it orders {@code NULL}s, spells a recursive CTE, a
 * table alias, a boolean constant and the target of a {@code CAST}. Kept beside {@link Capabilities}, which holds
 * what the fixed statements need; the one {@code switch} on the dialect is in {@link #of}.
 *
 * @param nullsOrdering whether {@code NULLS FIRST} and {@code NULLS LAST} exist; elsewhere they are emulated with a
 *     leading {@code CASE WHEN x IS NULL ...} sort term
 * @param recursiveKeyword whether a recursive CTE is introduced by {@code WITH RECURSIVE} (not on SQL Server and
 *     Oracle, which find the recursion themselves)
 * @param tableAliasAs whether a table alias may be written with {@code AS} (Oracle refuses it)
 * @param booleanLiterals whether {@code TRUE} and {@code FALSE} can be selected; elsewhere {@code 1} and {@code 0}
 * @param bracketWildcard whether {@code [} opens a character class in {@code LIKE} (SQL Server), so it is escaped
 * @param backslashEscapes whether a backslash escapes in a string constant (MySQL, MariaDB), so it is doubled
 * @param nationalStrings whether a string constant is written {@code N'...'} to keep its Unicode (SQL Server)
 * @param casts how each logical type is spelled after {@code CAST(x AS}
 * @param exactNumberCollation the collation that compares exact numbers stored as text by their value (SQLite's
 *     {@code ormdantic_decimal}, registered on every connection by the runtime), or {@code null} where they are
 *     stored as numbers
 * @param inLists how a long {@code IN} list is written
 * @param rowLocks how a select locks the rows it reads, if it can
 * @param writeReadsItsTable whether an {@code UPDATE} or {@code DELETE} may read the table it writes in a subquery of
 *     its {@code WHERE} (MySQL refuses it with error 1093; MariaDB accepts it since 10.3.1)
 * @since 0.1.0
 */
public record QuerySyntax(
        boolean nullsOrdering,
        boolean recursiveKeyword,
        boolean tableAliasAs,
        boolean booleanLiterals,
        boolean bracketWildcard,
        boolean backslashEscapes,
        boolean nationalStrings,
        CastTypes casts,
        @Nullable String exactNumberCollation,
        InLists inLists,
        RowLocks rowLocks,
        boolean writeReadsItsTable) {

    /** How a select locks the rows it reads ({@code FOR UPDATE} and its kin), if the dialect can. */
    public enum RowLocks {
        /** No row locks (SQLite, whose transactions lock the whole database). */
        NONE,
        /** {@code FOR UPDATE} or {@code FOR SHARE}, then {@code NOWAIT} or {@code SKIP LOCKED} (PostgreSQL, MySQL 8). */
        FOR_UPDATE_OR_SHARE,
        /**
         * {@code FOR UPDATE} or {@code LOCK IN SHARE MODE}, then {@code NOWAIT} or {@code SKIP LOCKED} (MariaDB, which
         * has no {@code FOR SHARE}; {@code SKIP LOCKED} since 10.6).
         */
        LOCK_IN_SHARE_MODE,
        /**
         * {@code FOR UPDATE}, then {@code NOWAIT} or {@code SKIP LOCKED}; no shared row lock, and none on a query with
         * a row limit (Oracle, ORA-02014).
         */
        FOR_UPDATE_ONLY,
        /**
         * Table hints after the table name: {@code WITH (UPDLOCK, ROWLOCK)} or {@code WITH (REPEATABLEREAD, ROWLOCK)},
         * with {@code READPAST} or {@code NOWAIT} (SQL Server).
         */
        TABLE_HINTS
    }

    /**
     * How a long {@code IN} list is written, so that it stays within the database's limits on parameters and list
     * items.
     */
    public enum InLists {
        /** One marker per value ({@code IN (?, ?, ...)}): the driver allows more parameters than any list needs. */
        PLAIN,
        /**
         * Beyond {@link #ARRAY_THRESHOLD} values, one array parameter read as rows:
         * {@code x IN (SELECT unnest(CAST(? AS bigint[])))} and {@code x NOT IN (...)} (PostgreSQL, whose protocol
         * carries at most 65,535 parameters).
         */
        ARRAY,
        /**
         * Beyond {@link #ARRAY_THRESHOLD} values, one parameter holding the values as a JSON array, read back as rows
         * of the column's type: {@code x IN (SELECT v FROM OPENJSON(?) WITH (v BIGINT '$'))} (SQL Server, which takes
         * at most 2,100 parameters per statement).
         */
        JSON,
        /**
         * Groups of at most {@link #ORACLE_GROUP} values, OR'ed ({@code NOT IN}: AND'ed), since Oracle refuses a list
         * of more than 1,000 expressions (ORA-01795); beyond {@link #GROUPS_LIMIT} values, one JSON array parameter
         * read by {@code JSON_TABLE}, since a statement takes at most 65,535 binds.
         */
        GROUPS;

        /** The list length above which {@link #ARRAY} binds one array and {@link #JSON} one JSON document. */
        public static final int ARRAY_THRESHOLD = 1_000;

        /** The most items of one Oracle {@code IN} list. */
        public static final int ORACLE_GROUP = 1_000;

        /**
         * The list length above which {@link #GROUPS} binds one JSON document: well below the 65,535 binds of a
         * statement, so that a few long lists and the other values still fit.
         */
        public static final int GROUPS_LIMIT = 10_000;
    }

    /** The collation registered on SQLite connections that orders decimal text by value. */
    public static final String SQLITE_DECIMAL_COLLATION = "ormdantic_decimal";

    private static final QuerySyntax SQLITE = new QuerySyntax(
            true,
            true,
            true,
            true,
            false,
            false,
            false,
            CastTypes.SQLITE,
            SQLITE_DECIMAL_COLLATION,
            InLists.PLAIN,
            RowLocks.NONE,
            true);
    private static final QuerySyntax POSTGRESQL = new QuerySyntax(
            true,
            true,
            true,
            true,
            false,
            false,
            false,
            CastTypes.POSTGRESQL,
            null,
            InLists.ARRAY,
            RowLocks.FOR_UPDATE_OR_SHARE,
            true);
    private static final QuerySyntax MYSQL = new QuerySyntax(
            false,
            true,
            true,
            true,
            false,
            true,
            false,
            CastTypes.MYSQL,
            null,
            InLists.PLAIN,
            RowLocks.FOR_UPDATE_OR_SHARE,
            false);
    private static final QuerySyntax MARIADB = new QuerySyntax(
            false,
            true,
            true,
            true,
            false,
            true,
            false,
            CastTypes.MYSQL,
            null,
            InLists.PLAIN,
            RowLocks.LOCK_IN_SHARE_MODE,
            true);
    private static final QuerySyntax MSSQL = new QuerySyntax(
            false,
            false,
            true,
            false,
            true,
            false,
            true,
            CastTypes.MSSQL,
            null,
            InLists.JSON,
            RowLocks.TABLE_HINTS,
            true);
    private static final QuerySyntax ORACLE = new QuerySyntax(
            true,
            false,
            false,
            false,
            false,
            false,
            false,
            CastTypes.ORACLE,
            null,
            InLists.GROUPS,
            RowLocks.FOR_UPDATE_ONLY,
            true);

    /**
     * The syntax of a dialect.
     *
     * @param dialect the dialect
     * @return its query syntax
     */
    public static QuerySyntax of(DialectId dialect) {
        return switch (dialect) {
            case SQLITE -> SQLITE;
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case MSSQL -> MSSQL;
            case ORACLE -> ORACLE;
        };
    }

    /** How the target type of a {@code CAST} is spelled. */
    public enum CastTypes {
        /** SQLite's storage classes. */
        SQLITE,
        /** PostgreSQL's standard names. */
        POSTGRESQL,
        /** MySQL and MariaDB, whose {@code CAST} takes {@code SIGNED}, {@code CHAR}, {@code DECIMAL}. */
        MYSQL,
        /** SQL Server. */
        MSSQL,
        /** Oracle. */
        ORACLE;

        /**
         * The spelling of a type.
         *
         * @param type the logical type
         * @return the type as written in {@code CAST}
         * @throws IllegalArgumentException for a type that cannot be a cast target (booleans, UUIDs, instants, bytes)
         */
        public String spell(ColumnType type) {
            int length = type.length();
            return switch (type.kind()) {
                case STRING ->
                    switch (this) {
                        case SQLITE -> "TEXT";
                        case POSTGRESQL -> length > 0 ? "VARCHAR(" + length + ")" : "TEXT";
                        case MYSQL -> length > 0 ? "CHAR(" + length + ")" : "CHAR";
                        case MSSQL -> "NVARCHAR(" + (length > 0 ? String.valueOf(length) : "MAX") + ")";
                        case ORACLE -> "VARCHAR2(" + (length > 0 ? length : 4000) + " CHAR)";
                    };
                case BYTE, SHORT, INT, LONG ->
                    switch (this) {
                        case SQLITE -> "INTEGER";
                        case MYSQL -> "SIGNED";
                        case ORACLE -> type.kind() == ColumnType.Kind.LONG ? "NUMBER(19)" : "NUMBER(10)";
                        case POSTGRESQL, MSSQL -> type.kind() == ColumnType.Kind.LONG ? "BIGINT" : "INTEGER";
                    };
                case FLOAT, DOUBLE ->
                    switch (this) {
                        case SQLITE -> "REAL";
                        case POSTGRESQL -> "DOUBLE PRECISION";
                        case MYSQL -> "DOUBLE";
                        case MSSQL -> "FLOAT";
                        case ORACLE -> "BINARY_DOUBLE";
                    };
                case BIG_INTEGER ->
                    switch (this) {
                        case SQLITE -> "NUMERIC";
                        case POSTGRESQL -> "NUMERIC";
                        case MYSQL -> "DECIMAL(65, 0)";
                        case MSSQL -> "DECIMAL(38, 0)";
                        case ORACLE -> "NUMBER(38)";
                    };
                case DECIMAL -> {
                    String digits = type.precision() > 0 ? "(" + type.precision() + ", " + type.scale() + ")" : "";
                    yield switch (this) {
                        case SQLITE -> "NUMERIC";
                        case POSTGRESQL -> "NUMERIC" + digits;
                        case MYSQL -> "DECIMAL" + (digits.isEmpty() ? "(65, 30)" : digits);
                        case MSSQL -> "DECIMAL" + (digits.isEmpty() ? "(38, 10)" : digits);
                        case ORACLE -> "NUMBER" + digits;
                    };
                }
                case DATE -> this == SQLITE ? "TEXT" : "DATE";
                case DATETIME ->
                    switch (this) {
                        case SQLITE -> "TEXT";
                        case POSTGRESQL, ORACLE -> "TIMESTAMP";
                        case MYSQL -> "DATETIME(6)";
                        case MSSQL -> "DATETIME2";
                    };
                case BOOLEAN, UUID, INSTANT, BYTES, TIME, OFFSET_DATETIME, JSON ->
                    throw new IllegalArgumentException("cannot CAST to " + type.kind()
                            + "; cast targets are STRING, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL, BIG_INTEGER,"
                            + " DATE and DATETIME");
            };
        }
    }
}
