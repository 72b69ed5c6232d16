package dev.ormdantic.dialect;

import dev.ormdantic.dialect.Capabilities.GeneratedKeys;
import dev.ormdantic.dialect.Capabilities.IdempotentDdl;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.TableSpec;

/**
 * MariaDB 10.6+: MySQL's syntax and types, plus {@code CREATE INDEX IF NOT EXISTS}.
 *
 * @since 0.1.0
 */
public final class MariaDbDialect extends Dialect {

    MariaDbDialect() {
        // MariaDB 10.5+ has INSERT ... RETURNING, which MySQL lacks.
        super(MySqlDialect.mysqlFamily(IdempotentDdl.IF_EXISTS_CLAUSE, GeneratedKeys.RETURNING));
    }

    @Override
    String nextValue(String sequence) {
        return "(NEXT VALUE FOR " + sequence + ")";
    }

    @Override
    public DialectId id() {
        return DialectId.MARIADB;
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String displayName() {
        return "MariaDB";
    }

    /**
     * {@code utf8mb4_nopad_bin} (MariaDB 10.2+): binary, so case-sensitive, and NO PAD, so {@code 'k'} and
     * {@code 'k '} are different values and different keys ({@code utf8mb4_bin} pads with spaces before comparing).
     */
    @Override
    String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin";
    }

    @Override
    public String columnType(ColumnSpec column, TableSpec table) {
        return MySqlDialect.mysqlType(column, table);
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
