package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.schema.ColumnType;
import java.sql.Types;
import java.util.Set;

/**
 * Whether an existing column's type can hold a component's values: the same family, not the same spelling. A
 * {@code VARCHAR(80)} and a {@code TEXT} are both text, an {@code INTEGER} and a {@code BIGINT} both integers, and each
 * driver names what {@code init()} itself created in its own way (MariaDB's {@code BOOLEAN} is a {@code TINYINT(1)},
 * Oracle's integers are {@code NUMBER}s, PostgreSQL's {@code UUID} is {@link Types#OTHER}), so the check goes by the
 * {@link Types} code the driver reports, grouped per kind. Used on SQL Server and Oracle, whose columns are read
 * from the drivers' metadata; the other dialects compare logical kinds ({@code SchemaComparison}).
 */
final class TypeFamilies {

    private static final Set<Integer> TEXT = Set.of(
            Types.CHAR,
            Types.VARCHAR,
            Types.LONGVARCHAR,
            Types.NCHAR,
            Types.NVARCHAR,
            Types.LONGNVARCHAR,
            Types.CLOB,
            Types.NCLOB);
    private static final Set<Integer> INTEGERS =
            Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL);
    private static final Set<Integer> BOOLEANS = union(INTEGERS, Set.of(Types.BOOLEAN, Types.BIT));
    /** Oracle's {@code BINARY_FLOAT} and {@code BINARY_DOUBLE} have codes of their own. */
    private static final Set<Integer> FLOATS = Set.of(Types.REAL, Types.FLOAT, Types.DOUBLE, 100, 101);

    private static final Set<Integer> DECIMALS = Set.of(Types.NUMERIC, Types.DECIMAL);
    /** SQL Server's {@code UNIQUEIDENTIFIER} reports -145 or {@code CHAR}; PostgreSQL's {@code UUID} is OTHER. */
    private static final Set<Integer> UUIDS = union(TEXT, Set.of(Types.OTHER, Types.BINARY, Types.VARBINARY, -145));
    /** Oracle's {@code DATE} holds a time too and is reported as a timestamp. */
    private static final Set<Integer> DATES = Set.of(Types.DATE, Types.TIMESTAMP);

    private static final Set<Integer> DATE_TIMES = Set.of(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE);
    /** SQL Server's {@code DATETIMEOFFSET} is -155, Oracle's {@code TIMESTAMP WITH (LOCAL) TIME ZONE} -101/-102. */
    private static final Set<Integer> INSTANTS =
            Set.of(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, -155, -101, -102);
    /** Oracle has no time of day and keeps it as fixed-width text. */
    private static final Set<Integer> TIMES = union(TEXT, Set.of(Types.TIME, Types.TIME_WITH_TIMEZONE, -154));

    private static final Set<Integer> BYTES = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
    /** PostgreSQL's {@code JSONB} is OTHER, Oracle's {@code JSON} 2016; elsewhere JSON is text. */
    private static final Set<Integer> JSON = union(TEXT, Set.of(Types.OTHER, Types.BLOB, 2016));

    private TypeFamilies() {}

    /**
     * Whether the existing column can hold the kind's values.
     *
     * @param type the component's column type
     * @param existing the existing column
     * @return {@code true} when compatible
     */
    static boolean compatible(ColumnType type, ExistingTables.Column existing) {
        Set<Integer> family = switch (type.kind()) {
            case STRING -> TEXT;
            case BOOLEAN -> BOOLEANS;
            case BYTE, SHORT, INT, LONG -> INTEGERS;
            case FLOAT, DOUBLE -> FLOATS;
            case DECIMAL, BIG_INTEGER -> DECIMALS;
            case UUID -> UUIDS;
            case DATE -> DATES;
            case DATETIME -> DATE_TIMES;
            case INSTANT, OFFSET_DATETIME -> INSTANTS;
            case TIME -> TIMES;
            case BYTES -> BYTES;
            case JSON -> JSON;
        };
        return family.contains(existing.jdbcType());
    }

    /**
     * The family's name, for the message.
     *
     * @param type the column type
     * @return a few words, such as "a text type"
     */
    static String describe(ColumnType type) {
        return switch (type.kind()) {
            case STRING -> "a text type";
            case BOOLEAN -> "a boolean or integer type";
            case BYTE, SHORT, INT, LONG -> "an integer type";
            case FLOAT, DOUBLE -> "a floating-point type";
            case DECIMAL, BIG_INTEGER -> "an exact decimal type";
            case UUID -> "a UUID, text or binary type";
            case DATE -> "a date type";
            case DATETIME -> "a timestamp type";
            case INSTANT, OFFSET_DATETIME -> "a timestamp (with time zone) type";
            case TIME -> "a time type";
            case BYTES -> "a binary type";
            case JSON -> "a JSON or text type";
        };
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        java.util.HashSet<Integer> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
