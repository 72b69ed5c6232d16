package dev.ormdantic.dialect.reflect;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a database's spelling of a column type back to the logical {@link ColumnType}: both the spelling a dialect
 * writes into {@code CREATE TABLE} ({@code VARCHAR(80)}, {@code NUMERIC(10, 2)}) and the one its catalog reports for
 * it ({@code character varying(80)}, {@code numeric(10,2)}, MariaDB's {@code tinyint(1)} for a {@code BOOLEAN}), so
 * that a type rendered and then read back maps to the same value. The mapping follows the seed's table (text,
 * integers, floats, exact numbers, dates and times, binary, UUID, JSON) with the widths our kinds tell apart; a type
 * it does not know is unbounded text.
 *
 * @since 0.1.0
 */
public final class NativeTypes {

    private NativeTypes() {}

    /**
     * The logical type of a native type.
     *
     * @param dialect the database
     * @param nativeType the type as written or reported, any case
     * @return the logical type
     */
    public static ColumnType of(DialectId dialect, String nativeType) {
        String text = nativeType.toLowerCase(Locale.ROOT).strip();
        // Oracle's JSON column carries its check in the type text; MySQL may add attributes after the type.
        int check = text.indexOf(" check");
        if (check > 0) {
            if (text.substring(check).contains(" is json")) {
                return ColumnType.of(Kind.JSON);
            }
            text = text.substring(0, check);
        }
        List<Integer> args = new ArrayList<>();
        boolean max = false;
        int open = text.indexOf('(');
        String base = text;
        if (open >= 0) {
            int close = text.indexOf(')', open);
            String inside = text.substring(open + 1, close < 0 ? text.length() : close);
            for (String arg : inside.split(",", -1)) {
                // Oracle's length semantics: VARCHAR2(80 CHAR), VARCHAR2(36 BYTE).
                String value = arg.strip().replaceFirst("\\s+(char|byte)$", "");
                if (value.equals("max")) {
                    max = true;
                } else if (value.matches("[0-9]+")) {
                    args.add(Integer.parseInt(value));
                }
            }
            base = (text.substring(0, open) + " " + (close < 0 ? "" : text.substring(close + 1))).strip();
        }
        base = base.replaceAll("\\s+", " ").replace(" unsigned", "").replace(" zerofill", "");
        int first = args.isEmpty() ? 0 : args.get(0);
        int second = args.size() > 1 ? args.get(1) : 0;
        return switch (base) {
            case "varchar",
                    "character varying",
                    "nvarchar",
                    "varchar2",
                    "nvarchar2",
                    "char",
                    "character",
                    "nchar",
                    "bpchar" -> max || first == 0 ? ColumnType.unboundedString() : ColumnType.string(first);
            case "text", "tinytext", "mediumtext", "longtext", "ntext", "clob", "nclob", "string", "name" ->
                ColumnType.unboundedString();
            case "boolean", "bool" -> ColumnType.of(Kind.BOOLEAN);
            case "bit" -> first <= 1 ? ColumnType.of(Kind.BOOLEAN) : ColumnType.of(Kind.LONG);
            case "tinyint" ->
                (dialect == DialectId.MYSQL || dialect == DialectId.MARIADB) && first == 1
                        ? ColumnType.of(Kind.BOOLEAN)
                        : ColumnType.of(Kind.BYTE);
            case "smallint", "int2", "smallserial" -> ColumnType.of(Kind.SHORT);
            case "int", "integer", "int4", "mediumint", "serial" -> ColumnType.of(Kind.INT);
            case "bigint", "int8", "bigserial" -> ColumnType.of(Kind.LONG);
            case "real" -> ColumnType.of(dialect == DialectId.SQLITE ? Kind.DOUBLE : Kind.FLOAT);
            case "float4", "binary_float" -> ColumnType.of(Kind.FLOAT);
            // MySQL's FLOAT is single precision; SQL Server's FLOAT (53 bits unless told fewer) is double.
            case "float" ->
                ColumnType.of(
                        (dialect == DialectId.MYSQL || dialect == DialectId.MARIADB) || (first > 0 && first <= 24)
                                ? Kind.FLOAT
                                : Kind.DOUBLE);
            case "double", "double precision", "float8", "binary_double" -> ColumnType.of(Kind.DOUBLE);
            case "decimal", "numeric", "decimal_text", "dec", "money", "smallmoney" ->
                ColumnType.decimal(first, Math.min(second, first));
            case "number" -> oracleNumber(first, second, args.size());
            case "uuid", "uniqueidentifier" -> ColumnType.of(Kind.UUID);
            case "json", "jsonb" -> ColumnType.of(Kind.JSON);
            case "bytea",
                    "blob",
                    "tinyblob",
                    "mediumblob",
                    "longblob",
                    "binary",
                    "varbinary",
                    "raw",
                    "long raw",
                    "image" -> ColumnType.of(Kind.BYTES);
            case "date" -> ColumnType.of(Kind.DATE);
            case "datetime", "datetime2", "smalldatetime", "timestamp without time zone" ->
                ColumnType.of(Kind.DATETIME);
            // SQLite's TIMESTAMP is where the dialect keeps an instant (as UTC text).
            case "timestamp" -> ColumnType.of(dialect == DialectId.SQLITE ? Kind.INSTANT : Kind.DATETIME);
            case "timestamp with time zone", "timestamptz", "datetimeoffset", "timestamp with local time zone" ->
                ColumnType.of(Kind.INSTANT);
            case "time", "time without time zone", "time with time zone", "timetz" -> ColumnType.of(Kind.TIME);
            default -> sqliteAffinity(dialect, base);
        };
    }

    /** Oracle keeps every number as {@code NUMBER}; the dialect's integer widths say which kind it was. */
    private static ColumnType oracleNumber(int precision, int scale, int argCount) {
        if (argCount == 0) {
            return ColumnType.decimal(0, 0);
        }
        if (scale > 0) {
            return ColumnType.decimal(precision, scale);
        }
        return switch (precision) {
            case 1 -> ColumnType.of(Kind.BOOLEAN);
            case 3 -> ColumnType.of(Kind.BYTE);
            case 5 -> ColumnType.of(Kind.SHORT);
            case 10 -> ColumnType.of(Kind.INT);
            case 19 -> ColumnType.of(Kind.LONG);
            default -> ColumnType.bigInteger(precision);
        };
    }

    /** SQLite names a type anything; its affinity rules say what it holds. Elsewhere an unknown type is text. */
    private static ColumnType sqliteAffinity(DialectId dialect, String base) {
        if (dialect != DialectId.SQLITE) {
            return ColumnType.unboundedString();
        }
        if (base.contains("int")) {
            return ColumnType.of(Kind.LONG);
        }
        if (base.contains("char") || base.contains("clob") || base.contains("text")) {
            return ColumnType.unboundedString();
        }
        if (base.contains("blob") || base.isBlank()) {
            return ColumnType.of(Kind.BYTES);
        }
        if (base.contains("real") || base.contains("floa") || base.contains("doub")) {
            return ColumnType.of(Kind.DOUBLE);
        }
        return ColumnType.decimal(0, 0);
    }
}
