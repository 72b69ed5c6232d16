package dev.ormdantic.dialect;

import dev.ormdantic.dialect.Capabilities.Booleans;
import dev.ormdantic.dialect.Capabilities.GeneratedKeys;
import dev.ormdantic.dialect.Capabilities.IdempotentDdl;
import dev.ormdantic.dialect.Capabilities.Identity;
import dev.ormdantic.dialect.Capabilities.Paging;
import dev.ormdantic.dialect.Capabilities.Upsert;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import org.jspecify.annotations.Nullable;

/**
 * Oracle Database 19c+: {@code OFFSET ... FETCH} paging, {@code MERGE} upserts from {@code DUAL}, {@code INSERT ALL}
 * for many rows, and DDL made idempotent with PL/SQL blocks that ignore "already exists".
 *
 * @since 0.1.0
 */
public final class OracleDialect extends Dialect {

    OracleDialect() {
        super(new Capabilities(
                '"',
                '"',
                "?",
                Paging.OFFSET_FETCH,
                null,
                false,
                Upsert.MERGE_SELECT_DUAL,
                Identity.GENERATED_ON_NULL_AS_IDENTITY,
                GeneratedKeys.JDBC,
                Booleans.NUMBER,
                false,
                65_535,
                IdempotentDdl.IGNORE_ERROR_BLOCK,
                IdempotentDdl.IGNORE_ERROR_BLOCK,
                IdempotentDdl.IGNORE_ERROR_BLOCK));
    }

    @Override
    String nextValue(String sequence) {
        return sequence + ".NEXTVAL";
    }

    @Override
    public DialectId id() {
        return DialectId.ORACLE;
    }

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public String displayName() {
        return "Oracle";
    }

    @Override
    public String columnType(ColumnSpec column, TableSpec table) {
        return switch (column.type().kind()) {
            case STRING -> {
                if (column.type().length() > 0) {
                    yield "VARCHAR2(" + column.type().length() + " CHAR)";
                }
                // An index key must fit in a block: like MySQL and SQL Server, a key or indexed string without
                // @Size(max) gets 255 characters.
                yield table.isKeyOrIndexed(column.name()) ? "VARCHAR2(255 CHAR)" : "VARCHAR2(4000 CHAR)";
            }
            case BOOLEAN -> "NUMBER(1)";
            case BYTE -> "NUMBER(3)";
            case SHORT -> "NUMBER(5)";
            case INT -> "NUMBER(10)";
            case LONG -> "NUMBER(19)";
            case FLOAT -> "BINARY_FLOAT";
            case DOUBLE -> "BINARY_DOUBLE";
            case DECIMAL ->
                column.type().precision() > 0
                        ? "NUMBER(" + column.type().precision() + ", "
                                + column.type().scale() + ")"
                        : "NUMBER";
            case BIG_INTEGER ->
                "NUMBER(" + (column.type().precision() > 0 ? column.type().precision() : 38) + ")";
            case UUID -> "VARCHAR2(36)";
            case DATE -> "DATE";
            case DATETIME -> "TIMESTAMP";
            // Oracle has no time-of-day type: fixed-width text HH:MM:SS.ffffff, whose text order is time order.
            case TIME -> "VARCHAR2(15)";
            case INSTANT, OFFSET_DATETIME -> "TIMESTAMP WITH TIME ZONE";
            case BYTES -> "BLOB";
            case JSON -> "CLOB CHECK (" + quote(column.name()) + " IS JSON)";
        };
    }

    /**
     * {@code SELECT v FROM JSON_TABLE(?, '$[*]' ERROR ON ERROR COLUMNS (v NUMBER PATH '$'))}: numbers read as an
     * unconstrained {@code NUMBER}, which holds every value of any numeric column; times as the fixed-width text the
     * column stores. A value that does not convert is an error, never a {@code NULL} that would make {@code NOT IN}
     * match nothing. Bytes have none: Oracle does not compare {@code BLOB}s.
     */
    @Override
    @Nullable
    JsonList jsonList(ColumnType type, String marker) {
        String with = switch (type.kind()) {
            case STRING -> "VARCHAR2(4000)";
            case BOOLEAN, BYTE, SHORT, INT, LONG, DECIMAL, BIG_INTEGER -> "NUMBER";
            case FLOAT -> "BINARY_FLOAT";
            case DOUBLE -> "BINARY_DOUBLE";
            case UUID -> "VARCHAR2(36)";
            case DATE -> "DATE";
            case DATETIME -> "TIMESTAMP";
            case TIME -> "VARCHAR2(15)";
            case INSTANT, OFFSET_DATETIME -> "TIMESTAMP WITH TIME ZONE";
            case BYTES, JSON -> null;
        };
        return with == null
                ? null
                : new JsonList(
                        "SELECT v FROM JSON_TABLE(?, '$[*]' ERROR ON ERROR COLUMNS (v " + with + " PATH '$'))", -1);
    }

    /** Oracle stores the empty string as {@code NULL}: {@code TRIM} of an all-space text is {@code NULL}. */
    @Override
    String notBlank(String column) {
        return "TRIM(" + column + ") IS NOT NULL";
    }

    /** {@code 'c'}: case-sensitive whatever {@code NLS_SORT} says. */
    @Override
    String regexMatch(String column, String regexp) {
        return "REGEXP_LIKE(" + column + ", " + stringLiteral(regexp) + ", 'c')";
    }
}
