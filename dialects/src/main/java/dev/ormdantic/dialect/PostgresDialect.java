package dev.ormdantic.dialect;

import dev.ormdantic.dialect.Capabilities.Booleans;
import dev.ormdantic.dialect.Capabilities.GeneratedKeys;
import dev.ormdantic.dialect.Capabilities.IdempotentDdl;
import dev.ormdantic.dialect.Capabilities.Identity;
import dev.ormdantic.dialect.Capabilities.Paging;
import dev.ormdantic.dialect.Capabilities.Upsert;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.TableSpec;

/**
 * PostgreSQL 12+, with native {@code UUID}, {@code BOOLEAN}, {@code BYTEA} and {@code TIMESTAMPTZ}.
 *
 * @since 0.1.0
 */
public final class PostgresDialect extends Dialect {

    PostgresDialect() {
        super(new Capabilities(
                '"',
                '"',
                "?",
                Paging.LIMIT_OFFSET,
                null,
                false,
                Upsert.ON_CONFLICT,
                Identity.GENERATED_AS_IDENTITY,
                GeneratedKeys.RETURNING,
                Booleans.NATIVE,
                true,
                65_535,
                IdempotentDdl.IF_EXISTS_CLAUSE,
                IdempotentDdl.IF_EXISTS_CLAUSE,
                IdempotentDdl.IF_EXISTS_CLAUSE));
    }

    @Override
    String nextValue(String sequence) {
        return "nextval('" + sequence.replace("'", "''") + "')";
    }

    @Override
    boolean nativeEnums() {
        return true;
    }

    @Override
    public DialectId id() {
        return DialectId.POSTGRESQL;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public String columnType(ColumnSpec column, TableSpec table) {
        EnumSpec enumType = column.enumType();
        if (enumType != null && enumType.isNative()) {
            return qualify(table.schema(), enumType.nativeType());
        }
        return switch (column.type().kind()) {
            case STRING ->
                column.type().length() > 0 ? "VARCHAR(" + column.type().length() + ")" : "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case BYTE, SHORT -> "SMALLINT";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case FLOAT -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DECIMAL ->
                column.type().precision() > 0
                        ? "NUMERIC(" + column.type().precision() + ", "
                                + column.type().scale() + ")"
                        : "NUMERIC";
            case BIG_INTEGER ->
                column.type().precision() > 0 ? "NUMERIC(" + column.type().precision() + ", 0)" : "NUMERIC";
            case UUID -> "UUID";
            case DATE -> "DATE";
            case DATETIME -> "TIMESTAMP";
            case TIME -> "TIME";
            // TIMESTAMPTZ stores the instant; an OffsetDateTime reads back at offset UTC.
            case INSTANT, OFFSET_DATETIME -> "TIMESTAMP WITH TIME ZONE";
            case BYTES -> "BYTEA";
            case JSON -> "JSONB";
        };
    }

    @Override
    String regexMatch(String column, String regexp) {
        return column + " ~ " + stringLiteral(regexp);
    }
}
