package dev.ormdantic.dialect;

import dev.ormdantic.dialect.Capabilities.Booleans;
import dev.ormdantic.dialect.Capabilities.GeneratedKeys;
import dev.ormdantic.dialect.Capabilities.IdempotentDdl;
import dev.ormdantic.dialect.Capabilities.Identity;
import dev.ormdantic.dialect.Capabilities.Paging;
import dev.ormdantic.dialect.Capabilities.Upsert;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;

/**
 * SQLite 3.35+. Names are quoted with backticks, which SQLite never reads as a string literal. Types are declared for
 * their affinity: exact decimals, dates and instants are stored as text in
 * fixed formats, so they compare and read back exactly.
 *
 * @since 0.1.0
 */
public final class SqliteDialect extends Dialect {

    SqliteDialect() {
        // Backticks, not double quotes: SQLite reads a double-quoted name that matches no column as a string literal
        // (so a column missing from an old file would read as its own name), while a backtick-quoted name is only ever
        // an identifier and fails with "no such column".
        super(new Capabilities(
                '`',
                '`',
                "?",
                Paging.LIMIT_OFFSET,
                "-1",
                false,
                Upsert.ON_CONFLICT,
                Identity.AUTOINCREMENT,
                GeneratedKeys.RETURNING,
                Booleans.NATIVE,
                false,
                32_766,
                IdempotentDdl.IF_EXISTS_CLAUSE,
                IdempotentDdl.IF_EXISTS_CLAUSE,
                IdempotentDdl.IF_EXISTS_CLAUSE));
    }

    @Override
    public DialectId id() {
        return DialectId.SQLITE;
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String displayName() {
        return "SQLite";
    }

    @Override
    public String columnType(ColumnSpec column, TableSpec table) {
        return switch (column.type().kind()) {
            case STRING ->
                column.type().length() > 0 ? "VARCHAR(" + column.type().length() + ")" : "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case BYTE -> "INTEGER";
            case SHORT -> "SMALLINT";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case FLOAT, DOUBLE -> "REAL";
            // The name holds TEXT so that the column has text affinity: a NUMERIC affinity would round to a double.
            case DECIMAL ->
                column.type().precision() > 0
                        ? "DECIMAL_TEXT(" + column.type().precision() + ", "
                                + column.type().scale() + ")"
                        : "DECIMAL_TEXT";
            // Text affinity as for decimals: the digits are kept as written, however many there are.
            case BIG_INTEGER ->
                column.type().precision() > 0 ? "DECIMAL_TEXT(" + column.type().precision() + ", 0)" : "DECIMAL_TEXT";
            case UUID -> "CHAR(36)";
            case DATE -> "DATE";
            case DATETIME -> "DATETIME";
            // Fixed-width ISO text (HH:MM:SS.nnnnnnnnn), so that text order is time order.
            case TIME -> "TIME";
            // Stored as the instant in UTC, like an Instant; the offset is not kept.
            case INSTANT, OFFSET_DATETIME -> "TIMESTAMP";
            case BYTES -> "BLOB";
            case JSON -> "TEXT";
        };
    }

    /** SQLite's {@code REGEXP} operator calls the {@code regexp} function Ormdantic registers on each connection. */
    @Override
    String regexMatch(String column, String regexp) {
        return column + " REGEXP " + stringLiteral(regexp);
    }

    /**
     * Decimals are stored as text: a bound compares through the {@code ormdantic_decimal} collation registered on
     * every connection, the same one filters and ordering use, so a check and a filter agree on every value.
     */
    @Override
    String compare(String column, ColumnType type, CheckSpec.Compare compare) {
        if (type.kind() == ColumnType.Kind.DECIMAL) {
            return column + " COLLATE " + QuerySyntax.SQLITE_DECIMAL_COLLATION + " "
                    + compare.comparison().operator() + " " + stringLiteral(compare.bound());
        }
        return super.compare(column, type, compare);
    }
}
