package dev.ormdantic.dialect.reflect;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.Difference.Kind;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares a table as the database reports it with the table its model expects ({@link Normalization#expected}), and
 * lists every difference. Names compare without case (MySQL, MariaDB, SQLite and SQL Server fold them); unique
 * constraints and foreign keys match by their columns, since SQLite keeps no constraint names; checks match by name,
 * since each database rewrites a condition in its own words; a column's default, identity or computed expression
 * compares by kind, not by text. {@code init()} and drift detection use this one comparison: {@code init()} refuses
 * the {@linkplain Difference#blocking() blocking} differences, drift reports them all.
 *
 * @since 0.1.0
 */
public final class SchemaComparison {

    private SchemaComparison() {}

    /**
     * The differences of one table.
     *
     * @param dialect the database
     * @param expected the model's table as the dialect reports it
     * @param actual the table the database has
     * @return the differences, in column order then by object kind; empty when the two agree
     */
    public static List<Difference> compare(DialectId dialect, LiveTable expected, LiveTable actual) {
        List<Difference> out = new ArrayList<>();
        String table = expected.name();
        for (LiveColumn column : expected.columns()) {
            LiveColumn found = actual.column(column.name());
            if (found == null) {
                out.add(new Difference(Kind.MISSING_COLUMN, table, column.name(), describe(column), "", true));
                continue;
            }
            if (expected.isView()) {
                continue; // a view's types and nullability follow its query
            }
            compareColumn(dialect, table, expected, column, found, out);
        }
        if (expected.isView()) {
            return out;
        }
        for (LiveColumn column : actual.columns()) {
            if (expected.column(column.name()) == null) {
                boolean filled = column.nullable() || !(column.generation() instanceof ColumnGeneration.None);
                out.add(new Difference(Kind.EXTRA_COLUMN, table, column.name(), "", describe(column), !filled));
            }
        }
        if (!sameNames(expected.primaryKey(), actual.primaryKey())) {
            out.add(new Difference(
                    Kind.PRIMARY_KEY,
                    table,
                    "",
                    "(" + String.join(", ", expected.primaryKey()) + ")",
                    actual.primaryKey().isEmpty() ? "missing" : "(" + String.join(", ", actual.primaryKey()) + ")",
                    !sameNameSet(expected.primaryKey(), actual.primaryKey())));
        }
        compareIndexes(table, expected.indexes(), actual.indexes(), out);
        compareUniques(table, expected.uniques(), actual.uniques(), out);
        compareForeignKeys(table, expected.foreignKeys(), actual.foreignKeys(), out);
        compareChecks(table, lengthChecksLeftOut(expected), lengthChecksLeftOut(actual), out);
        return out;
    }

    private static void compareColumn(
            DialectId dialect,
            String table,
            LiveTable expectedTable,
            LiveColumn column,
            LiveColumn found,
            List<Difference> out) {
        if (!column.enumType().isEmpty() || !found.enumType().isEmpty()) {
            if (!column.enumType().equalsIgnoreCase(found.enumType())) {
                out.add(new Difference(
                        Kind.COLUMN_TYPE,
                        table,
                        column.name(),
                        column.nativeType(),
                        found.nativeType(),
                        column.enumType().isEmpty() && !TypeCompatibility.compatible(dialect, column, found)));
            }
        } else if (!column.type().equals(found.type()) && !typeFollowsExpression(dialect, column)) {
            out.add(new Difference(
                    Kind.COLUMN_TYPE,
                    table,
                    column.name(),
                    column.nativeType(),
                    found.nativeType(),
                    !TypeCompatibility.compatible(dialect, column, found)));
        }
        ColumnGeneration generation = column.generation();
        boolean computed = generation instanceof ColumnGeneration.Computed;
        if (!computed && column.nullable() != found.nullable()) {
            // Identity columns and key columns: drivers report their nullability each their own way.
            boolean ordinary = !(generation instanceof ColumnGeneration.Identity)
                    && !expectedTable.primaryKey().contains(column.name());
            out.add(new Difference(
                    Kind.NULLABILITY,
                    table,
                    column.name(),
                    column.nullable() ? "NULL" : "NOT NULL",
                    found.nullable() ? "NULL" : "NOT NULL",
                    ordinary));
        }
        if (!generationKind(generation).equals(generationKind(found.generation()))) {
            out.add(new Difference(
                    Kind.GENERATION,
                    table,
                    column.name(),
                    generationKind(generation),
                    generationKind(found.generation()),
                    false));
        }
    }

    /** SQL Server's computed column declares no type: the type is the expression's, as its nullability is. */
    private static boolean typeFollowsExpression(DialectId dialect, LiveColumn column) {
        return dialect == DialectId.MSSQL && column.generation() instanceof ColumnGeneration.Computed;
    }

    /**
     * A column's generation in a few words, by kind only: a sequence is a default that draws from it.
     *
     * @param generation the generation
     * @return {@code nothing}, {@code an identity}, {@code a default} or {@code a computed expression}
     */
    public static String generationKind(ColumnGeneration generation) {
        return switch (generation) {
            case ColumnGeneration.None none -> "nothing";
            case ColumnGeneration.Identity identity -> "an identity";
            case ColumnGeneration.ServerDefault serverDefault -> "a default";
            case ColumnGeneration.Sequence sequence -> "a default";
            case ColumnGeneration.Computed computed -> "a computed expression";
        };
    }

    private static void compareIndexes(
            String table, List<IndexSpec> expected, List<IndexSpec> actual, List<Difference> out) {
        for (IndexSpec index : expected) {
            IndexSpec found = actual.stream()
                    .filter(i -> i.name().equalsIgnoreCase(index.name()))
                    .findFirst()
                    .orElse(null);
            if (found == null) {
                out.add(new Difference(Kind.MISSING_INDEX, table, index.name(), describe(index), "", false));
            } else if (index.unique() != found.unique()
                    || !sameNames(index.columns(), found.columns())
                    || !sameCondition(index.where(), found.where())) {
                out.add(new Difference(
                        Kind.INDEX_CHANGED, table, index.name(), describe(index), describe(found), false));
            }
        }
        for (IndexSpec index : actual) {
            if (expected.stream().noneMatch(i -> i.name().equalsIgnoreCase(index.name()))) {
                out.add(new Difference(Kind.EXTRA_INDEX, table, index.name(), "", describe(index), false));
            }
        }
    }

    private static void compareUniques(
            String table, List<UniqueSpec> expected, List<UniqueSpec> actual, List<Difference> out) {
        for (UniqueSpec unique : expected) {
            if (actual.stream().noneMatch(u -> sameNames(u.columns(), unique.columns()))) {
                out.add(new Difference(
                        Kind.MISSING_UNIQUE, table, unique.name(), columns(unique.columns()), "", false));
            }
        }
        for (UniqueSpec unique : actual) {
            if (expected.stream().noneMatch(u -> sameNames(u.columns(), unique.columns()))) {
                out.add(new Difference(Kind.EXTRA_UNIQUE, table, unique.name(), "", columns(unique.columns()), false));
            }
        }
    }

    private static void compareForeignKeys(
            String table, List<ForeignKeySpec> expected, List<ForeignKeySpec> actual, List<Difference> out) {
        for (ForeignKeySpec key : expected) {
            ForeignKeySpec found = actual.stream()
                    .filter(k -> sameNames(k.columns(), key.columns()))
                    .findFirst()
                    .orElse(null);
            if (found == null) {
                out.add(new Difference(Kind.MISSING_FOREIGN_KEY, table, key.name(), describe(key), "", false));
            } else if (!found.targetTable().equalsIgnoreCase(key.targetTable())
                    || !sameNames(found.targetColumns(), key.targetColumns())
                    || found.onDelete() != key.onDelete()
                    || found.onUpdate() != key.onUpdate()) {
                out.add(new Difference(
                        Kind.FOREIGN_KEY_CHANGED, table, key.name(), describe(key), describe(found), false));
            }
        }
        for (ForeignKeySpec key : actual) {
            if (expected.stream().noneMatch(k -> sameNames(k.columns(), key.columns()))) {
                out.add(new Difference(Kind.EXTRA_FOREIGN_KEY, table, key.name(), "", describe(key), false));
            }
        }
    }

    /**
     * The checks but those that restate a bounded column's length: the length is compared as part of the type, and
     * whether the check is written beside it differs between a {@code @Size(max)} column and a key column that copies
     * its referenced key's type.
     */
    private static List<CheckSpec.Sql> lengthChecksLeftOut(LiveTable table) {
        return table.checks().stream()
                .filter(check -> !restatesLength(table, check))
                .toList();
    }

    /**
     * Whether a check only restates a bounded column's length ({@code <table>_<column>_max_length_check} on a column
     * whose type has a length): the comparison leaves it to the type, and a scaffold to {@code @Size(max)}, which
     * writes it again.
     *
     * @param table the table
     * @param check one of its checks
     * @return {@code true} when the check restates a column's length
     */
    public static boolean restatesLength(LiveTable table, CheckSpec.Sql check) {
        return table.columns().stream()
                .anyMatch(c -> c.type().length() > 0
                        && check.name().equalsIgnoreCase(table.name() + "_" + c.name() + "_max_length_check"));
    }

    private static void compareChecks(
            String table, List<CheckSpec.Sql> expected, List<CheckSpec.Sql> actual, List<Difference> out) {
        for (CheckSpec.Sql check : expected) {
            if (actual.stream().noneMatch(c -> c.name().equalsIgnoreCase(check.name()))) {
                out.add(new Difference(Kind.MISSING_CHECK, table, check.name(), check.sql(), "", false));
            }
        }
        for (CheckSpec.Sql check : actual) {
            if (expected.stream().noneMatch(c -> c.name().equalsIgnoreCase(check.name()))) {
                out.add(new Difference(Kind.EXTRA_CHECK, table, check.name(), "", check.sql(), false));
            }
        }
    }

    /**
     * Two index predicates that say the same, as far as their text shows: case, quotes, parentheses, spaces and
     * PostgreSQL's casts are ignored.
     */
    static boolean sameCondition(String expected, String actual) {
        return loose(expected).equals(loose(actual));
    }

    private static String loose(String condition) {
        return condition
                .toLowerCase(Locale.ROOT)
                .replaceAll("::[a-z_ ]+(\\[\\])?", "")
                .replaceAll("[\"`()\\[\\]\\s]", "");
    }

    private static boolean sameNames(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equalsIgnoreCase(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNameSet(List<String> expected, List<String> actual) {
        return expected.size() == actual.size()
                && expected.stream().allMatch(name -> actual.stream().anyMatch(name::equalsIgnoreCase));
    }

    /**
     * A column in a few words: its native type, nullability and generation.
     *
     * @param column the column
     * @return such as {@code VARCHAR(80) NOT NULL}
     */
    public static String describe(LiveColumn column) {
        String generation = column.generation() instanceof ColumnGeneration.None
                ? ""
                : ", filled by " + generationKind(column.generation());
        return column.nativeType() + (column.nullable() ? " NULL" : " NOT NULL") + generation;
    }

    private static String describe(IndexSpec index) {
        return (index.unique() ? "UNIQUE " : "")
                + columns(index.columns())
                + (index.where().isEmpty() ? "" : " WHERE " + index.where());
    }

    private static String describe(ForeignKeySpec key) {
        return columns(key.columns()) + " REFERENCES " + key.targetTable() + " " + columns(key.targetColumns())
                + " ON DELETE " + key.onDelete().sql() + " ON UPDATE "
                + key.onUpdate().sql();
    }

    private static String columns(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    /** Whether a live column's type can hold a model kind's values: the same family, not the same spelling. */
    static final class TypeCompatibility {

        private TypeCompatibility() {}

        static boolean compatible(DialectId dialect, LiveColumn expected, LiveColumn actual) {
            if (dialect == DialectId.SQLITE) {
                return sqliteCompatible(
                        expected.type(), affinity(expected.nativeType()), affinity(actual.nativeType()));
            }
            ColumnType.Kind kind = actual.type().kind();
            Set<ColumnType.Kind> integers = Set.of(
                    ColumnType.Kind.BYTE,
                    ColumnType.Kind.SHORT,
                    ColumnType.Kind.INT,
                    ColumnType.Kind.LONG,
                    ColumnType.Kind.BIG_INTEGER,
                    ColumnType.Kind.DECIMAL);
            return switch (expected.type().kind()) {
                case STRING -> kind == ColumnType.Kind.STRING;
                case BOOLEAN -> kind == ColumnType.Kind.BOOLEAN || integers.contains(kind);
                case BYTE, SHORT, INT, LONG -> integers.contains(kind);
                case FLOAT, DOUBLE -> kind == ColumnType.Kind.FLOAT || kind == ColumnType.Kind.DOUBLE;
                case DECIMAL, BIG_INTEGER -> kind == ColumnType.Kind.DECIMAL || kind == ColumnType.Kind.BIG_INTEGER;
                case UUID ->
                    kind == ColumnType.Kind.UUID || kind == ColumnType.Kind.STRING || kind == ColumnType.Kind.BYTES;
                case DATE -> kind == ColumnType.Kind.DATE || kind == ColumnType.Kind.DATETIME;
                case DATETIME -> kind == ColumnType.Kind.DATETIME || kind == ColumnType.Kind.INSTANT;
                case INSTANT, OFFSET_DATETIME ->
                    kind == ColumnType.Kind.DATETIME
                            || kind == ColumnType.Kind.INSTANT
                            || kind == ColumnType.Kind.OFFSET_DATETIME;
                case TIME -> kind == ColumnType.Kind.TIME || kind == ColumnType.Kind.STRING;
                case BYTES -> kind == ColumnType.Kind.BYTES;
                case JSON ->
                    kind == ColumnType.Kind.JSON || kind == ColumnType.Kind.STRING || kind == ColumnType.Kind.BYTES;
            };
        }

        /**
         * Same affinity; INTEGER and NUMERIC keep integers alike; a date, time, instant or UUID is text either way,
         * since SQLite's NUMERIC affinity leaves text that is not a number as it is.
         */
        private static boolean sqliteCompatible(ColumnType type, String expected, String actual) {
            if (expected.equals(actual)) {
                return true;
            }
            boolean numeric = Set.of("INTEGER", "NUMERIC").containsAll(Set.of(expected, actual));
            return switch (type.kind()) {
                case BOOLEAN, BYTE, SHORT, INT, LONG -> numeric;
                case DATE, DATETIME, TIME, INSTANT, OFFSET_DATETIME, UUID ->
                    numeric || Set.of("TEXT", "NUMERIC").containsAll(Set.of(expected, actual));
                default -> false;
            };
        }

        /** SQLite's rules for a column's affinity from its declared type (section 3.1 of "Datatypes In SQLite"). */
        static String affinity(String declared) {
            String name = declared.toUpperCase(Locale.ROOT);
            if (name.contains("INT")) {
                return "INTEGER";
            }
            if (name.contains("CHAR") || name.contains("CLOB") || name.contains("TEXT")) {
                return "TEXT";
            }
            if (name.contains("BLOB") || name.isBlank()) {
                return "BLOB";
            }
            if (name.contains("REAL") || name.contains("FLOA") || name.contains("DOUB")) {
                return "REAL";
            }
            return "NUMERIC";
        }
    }
}
