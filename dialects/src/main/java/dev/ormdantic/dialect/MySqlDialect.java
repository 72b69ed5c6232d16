package dev.ormdantic.dialect;

import dev.ormdantic.dialect.Capabilities.Booleans;
import dev.ormdantic.dialect.Capabilities.GeneratedKeys;
import dev.ormdantic.dialect.Capabilities.IdempotentDdl;
import dev.ormdantic.dialect.Capabilities.Identity;
import dev.ormdantic.dialect.Capabilities.Paging;
import dev.ormdantic.dialect.Capabilities.Upsert;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.TableSpec;

/**
 * MySQL 8.0+. Tables are InnoDB in {@code utf8mb4} with a binary NO PAD collation, so that string equality is exact
 * (case- and trailing-space-sensitive) as on the other dialects. Indexes are declared inside {@code CREATE TABLE IF NOT EXISTS}, since
 * MySQL has no {@code CREATE INDEX IF NOT EXISTS}.
 *
 * @since 0.1.0
 */
public final class MySqlDialect extends Dialect {

    MySqlDialect() {
        super(mysqlFamily(IdempotentDdl.INLINE, GeneratedKeys.JDBC));
    }

    static Capabilities mysqlFamily(IdempotentDdl createIndex, GeneratedKeys generatedKeys) {
        return new Capabilities(
                '`',
                '`',
                "?",
                Paging.LIMIT_OFFSET,
                "18446744073709551615",
                false,
                Upsert.ON_DUPLICATE_KEY,
                Identity.AUTO_INCREMENT,
                generatedKeys,
                Booleans.NATIVE,
                false,
                65_535,
                IdempotentDdl.IF_EXISTS_CLAUSE,
                createIndex,
                IdempotentDdl.IF_EXISTS_CLAUSE);
    }

    @Override
    public DialectId id() {
        return DialectId.MYSQL;
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public String displayName() {
        return "MySQL";
    }

    /**
     * A binary NO PAD collation, so that string comparison is exact: case-sensitive, and {@code 'k'} differs from
     * {@code 'k '} ({@code utf8mb4_bin} pads with spaces before comparing). MySQL 8 names it {@code utf8mb4_0900_bin},
     * MariaDB {@code utf8mb4_nopad_bin}; each server runs only its own versioned comment (MariaDB skips MySQL's
     * {@code /*!80000} comments, MySQL reads {@code /*M!} as a plain comment), so the same DDL is exact on either.
     */
    @Override
    String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */"
                + " /*M!100202 COLLATE=utf8mb4_nopad_bin */";
    }

    @Override
    public String columnType(ColumnSpec column, TableSpec table) {
        return mysqlType(column, table);
    }

    /** The type mapping MySQL and MariaDB share. */
    static String mysqlType(ColumnSpec column, TableSpec table) {
        return switch (column.type().kind()) {
            case STRING -> {
                if (column.type().length() > 0) {
                    yield "VARCHAR(" + column.type().length() + ")";
                }
                // TEXT cannot be a key or indexed without a prefix length; 255 utf8mb4 characters fit InnoDB's limit.
                yield table.isKeyOrIndexed(column.name()) ? "VARCHAR(255)" : "LONGTEXT";
            }
            case BOOLEAN -> "BOOLEAN";
            case BYTE -> "TINYINT";
            case SHORT -> "SMALLINT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            // A float in a DOUBLE: the server prints a FLOAT with six significant digits in text results, which
            // would round 1.1754944E-38 to 1.17549E-38; a DOUBLE holds every float exactly and prints it in full.
            case FLOAT, DOUBLE -> "DOUBLE";
            case DECIMAL ->
                column.type().precision() > 0
                        ? "DECIMAL(" + column.type().precision() + ", "
                                + column.type().scale() + ")"
                        : "DECIMAL(65, 30)";
            case BIG_INTEGER ->
                "DECIMAL(" + (column.type().precision() > 0 ? column.type().precision() : 65) + ", 0)";
            case UUID -> "CHAR(36)";
            case DATE -> "DATE";
            case TIME -> "TIME(6)";
            // An Instant and an OffsetDateTime are stored as their UTC date and time (TIMESTAMP ends in 2038).
            case DATETIME, INSTANT, OFFSET_DATETIME -> "DATETIME(6)";
            case BYTES -> "LONGBLOB";
            case JSON -> "JSON";
        };
    }

    /** {@code LENGTH} counts bytes on MySQL and MariaDB; {@code CHAR_LENGTH} counts characters. */
    @Override
    String lengthOf(String column) {
        return "CHAR_LENGTH(" + column + ")";
    }

    /** The tables' binary collation makes {@code REGEXP} case-sensitive. */
    @Override
    String regexMatch(String column, String regexp) {
        return column + " REGEXP " + stringLiteral(regexp);
    }

    /** A backslash escapes in MySQL's string literals (unless {@code NO_BACKSLASH_ESCAPES}): it is doubled. */
    @Override
    String stringLiteral(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
