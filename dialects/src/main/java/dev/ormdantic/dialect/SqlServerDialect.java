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
 * Microsoft SQL Server 2016+: bracket quoting, {@code OFFSET ... FETCH} paging (which needs an {@code ORDER BY}),
 * {@code MERGE} upserts, Unicode {@code NVARCHAR} strings and a limit of 2,100 parameters per statement.
 *
 * @since 0.1.0
 */
public final class SqlServerDialect extends Dialect {

    SqlServerDialect() {
        super(new Capabilities(
                '[',
                ']',
                "?",
                Paging.OFFSET_FETCH,
                null,
                true,
                Upsert.MERGE_VALUES,
                Identity.IDENTITY,
                GeneratedKeys.OUTPUT,
                Booleans.BIT,
                false,
                2_100,
                IdempotentDdl.CATALOG_CHECK,
                IdempotentDdl.CATALOG_CHECK,
                IdempotentDdl.IF_EXISTS_CLAUSE));
    }

    @Override
    String nextValue(String sequence) {
        return "NEXT VALUE FOR " + sequence;
    }

    @Override
    public DialectId id() {
        return DialectId.MSSQL;
    }

    @Override
    public String name() {
        return "mssql";
    }

    @Override
    public String displayName() {
        return "SQL Server";
    }

    @Override
    public String columnType(ColumnSpec column, TableSpec table) {
        return switch (column.type().kind()) {
            case STRING -> {
                if (column.type().length() > 0) {
                    yield "NVARCHAR(" + column.type().length() + ")";
                }
                // NVARCHAR(MAX) cannot be a key or indexed; 255 characters, as on MySQL and Oracle, keep an index key
                // within SQL Server's 900 bytes even with a second column.
                yield table.isKeyOrIndexed(column.name()) ? "NVARCHAR(255)" : "NVARCHAR(MAX)";
            }
            case BOOLEAN -> "BIT";
            // TINYINT is unsigned (0 to 255) on SQL Server: a Java byte needs SMALLINT.
            case BYTE, SHORT -> "SMALLINT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            case FLOAT -> "REAL";
            case DOUBLE -> "FLOAT(53)";
            case DECIMAL ->
                column.type().precision() > 0
                        ? "DECIMAL(" + column.type().precision() + ", "
                                + column.type().scale() + ")"
                        : "DECIMAL(38, 10)";
            case BIG_INTEGER ->
                "DECIMAL(" + (column.type().precision() > 0 ? column.type().precision() : 38) + ", 0)";
            case UUID -> "UNIQUEIDENTIFIER";
            case DATE -> "DATE";
            case DATETIME -> "DATETIME2";
            case TIME -> "TIME(7)";
            case INSTANT, OFFSET_DATETIME -> "DATETIMEOFFSET";
            case BYTES -> "VARBINARY(MAX)";
            // Plain text: the documents are written by Jackson, so an ISJSON check would only cost time on every write.
            case JSON -> "NVARCHAR(MAX)";
        };
    }

    /**
     * {@code LEN} ignores trailing spaces ({@code LEN(N'a ')} is 1), which would reject a value the Java validation
     * accepts; {@code DATALENGTH} of an {@code NVARCHAR} counts UTF-16 code units, as {@code String.length()} does.
     */
    @Override
    String lengthOf(String column) {
        return "DATALENGTH(" + column + ") / 2";
    }

    @Override
    boolean lengthCountsUtf16Units() {
        return true;
    }

    /**
     * {@code =} ignores trailing spaces under every SQL Server collation ({@code N'a' = N'a '}); {@code DATALENGTH}
     * counts them, so a text filter adds an equal-length condition.
     */
    @Override
    String paddedTextLength() {
        return "DATALENGTH";
    }

    /**
     * {@code SELECT v FROM OPENJSON(?) WITH (v BIGINT '$')}: each value converted to a type that holds every value of
     * the column, so that it compares as a bound parameter would. A decimal reads as {@code DECIMAL(38, s)} with as
     * many fraction digits as the column's integer digits leave (a value with more is refused before binding, since
     * the conversion would round it into a false match); bytes travel as hex text.
     */
    @Override
    @Nullable
    JsonList jsonList(ColumnType type, String marker) {
        int maxScale = -1;
        String element = "v";
        String with = switch (type.kind()) {
            case STRING -> "NVARCHAR(MAX)";
            case BOOLEAN -> "BIT";
            case BYTE, SHORT -> "SMALLINT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            case FLOAT -> "REAL";
            case DOUBLE -> "FLOAT(53)";
            case DECIMAL -> {
                int integerDigits = type.precision() > 0 ? type.precision() - type.scale() : 38 - 10;
                maxScale = 38 - integerDigits;
                yield "DECIMAL(38, " + (38 - integerDigits) + ")";
            }
            case BIG_INTEGER -> "DECIMAL(38, 0)";
            case UUID -> "UNIQUEIDENTIFIER";
            case DATE -> "DATE";
            case DATETIME -> "DATETIME2(7)";
            case TIME -> "TIME(7)";
            case INSTANT, OFFSET_DATETIME -> "DATETIMEOFFSET(7)";
            case BYTES -> {
                element = "CONVERT(VARBINARY(MAX), v, 2)";
                yield "VARCHAR(MAX)";
            }
            case JSON -> null;
        };
        return with == null
                ? null
                : new JsonList("SELECT " + element + marker + " FROM OPENJSON(?) WITH (v " + with + " '$')", maxScale);
    }

    /** Comparisons ignore trailing spaces on SQL Server, so an all-space text equals the empty one. */
    @Override
    String notBlank(String column) {
        return column + " <> N''";
    }

    @Override
    String regexMatch(String column, String regexp) {
        throw new UnsupportedFeatureException(
                id(),
                "regular-expression CHECK constraints (from @Pattern)",
                "Use this table on another database, or remove @Pattern and check the text in your code");
    }

    @Override
    String stringLiteral(String text) {
        return "N" + super.stringLiteral(text);
    }
}
