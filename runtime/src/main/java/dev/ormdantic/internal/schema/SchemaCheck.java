package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.Difference;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.Normalization;
import dev.ormdantic.dialect.reflect.SchemaComparison;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.ViewSpec;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.support.GeneratedTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What {@code init()} checks before it creates anything: every managed table that already exists must match its
 * model, or the application would run against another schema (a component added to the record but not to the table
 * fails every read, and on SQLite could even read the column's name as its value). Checked per existing table:
 * every model column is there, of a compatible type ({@link TypeFamilies}) and nullability; no extra column is
 * {@code NOT NULL} without a default (every insert would fail); the primary key is the model's. For a view that
 * {@code init()} keeps as it is (SQLite, PostgreSQL, materialized views), only that every model column exists. Tolerated: extra columns that are nullable or filled by the database, a different
 * spelling of the same type family, and a {@code @NativeEnum} column's own type.
 *
 * <p>On SQLite, PostgreSQL, MySQL and MariaDB the check is the drift comparison ({@link SchemaComparison}, after
 * {@link Normalization}) keeping only its blocking differences, so {@code init()} and drift detection never disagree
 * about a table; SQL Server and Oracle keep the drivers' metadata and {@link TypeFamilies}.
 *
 * <p>Every difference of every table is collected, and one {@code ORM2160} lists them all.
 */
public final class SchemaCheck {

    private SchemaCheck() {}

    /**
     * Checks the existing managed tables.
     *
     * @param connection the connection
     * @param dialect the dialect
     * @param tables the managed tables
     * @throws ConfigurationException ({@code ORM2160}) listing every difference, when there is one
     * @throws SQLException from the driver
     */
    public static void verify(Connection connection, Dialect dialect, List<GeneratedTable<?, ?>> tables)
            throws SQLException {
        Map<String, List<GeneratedTable<?, ?>>> bySchema = new LinkedHashMap<>();
        for (GeneratedTable<?, ?> table : tables) {
            bySchema.computeIfAbsent(table.spec().schema(), k -> new ArrayList<>())
                    .add(table);
        }
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, List<GeneratedTable<?, ?>>> schema : bySchema.entrySet()) {
            List<String> names =
                    schema.getValue().stream().map(GeneratedTable::name).toList();
            Function<TableSpec, @Nullable List<String>> check = checker(connection, dialect, schema.getKey(), names);
            for (GeneratedTable<?, ?> table : schema.getValue()) {
                List<String> differences = check.apply(table.spec());
                if (differences == null || replacedByInit(dialect, table.spec())) {
                    continue; // init() creates it, or writes the view anew
                }
                if (!differences.isEmpty()) {
                    String qualified = table.spec().schema().isEmpty()
                            ? table.name()
                            : table.spec().schema() + "." + table.name();
                    report.add((table.spec().isView() ? "view " : "table ") + qualified + " ("
                            + table.recordType().getName() + "):\n    - " + String.join("\n    - ", differences));
                }
            }
        }
        if (!report.isEmpty()) {
            throw new ConfigurationException(
                    ErrorCode.SCHEMA_MISMATCH,
                    new ErrorContext(Operation.INIT.method(), null, dialect.name()),
                    "init: " + report.size() + (report.size() == 1 ? " existing table does" : " existing tables do")
                            + " not match " + (report.size() == 1 ? "its model" : "their models")
                            + "; nothing was created or changed:\n  " + String.join("\n  ", report),
                    "write a migration that alters each table to match its record (ormdantic-migrations:"
                            + " SchemaDiff and MigrationPlan give the SQL, see docs/migrations.md), alter it by hand, or"
                            + " drop it and let init() create it anew",
                    null);
        }
    }

    /**
     * The check of one schema: the differences of a table, or {@code null} when it does not exist. SQLite, PostgreSQL,
     * MySQL and MariaDB are read by {@link CatalogReader} and compared by {@link SchemaComparison}, the comparison
     * drift detection uses, keeping its blocking differences; SQL Server and Oracle by the drivers' metadata.
     */
    private static Function<TableSpec, @Nullable List<String>> checker(
            Connection connection, Dialect dialect, String schema, List<String> names) throws SQLException {
        if (dialect.id() == DialectId.MSSQL || dialect.id() == DialectId.ORACLE) {
            ExistingTables existing = ExistingTables.read(connection, dialect, schema, names);
            return spec -> {
                ExistingTables.Table found = existing.table(spec.name());
                return found == null ? null : differences(dialect, spec, found);
            };
        }
        LiveSchema live = CatalogReader.read(connection, dialect, schema);
        return spec -> {
            LiveTable found = live.table(spec.name());
            if (found == null) {
                return null;
            }
            List<String> differences = new ArrayList<>();
            for (Difference difference :
                    SchemaComparison.compare(dialect.id(), Normalization.expected(dialect, spec), found)) {
                if (difference.blocking()) {
                    differences.add(describe(dialect, spec, difference));
                }
            }
            return differences;
        };
    }

    /** A blocking difference in the words {@code init()} has always used. */
    private static String describe(Dialect dialect, TableSpec spec, Difference difference) {
        String name = difference.object();
        return switch (difference.kind()) {
            case MISSING_COLUMN -> {
                ColumnSpec column = spec.column(name);
                yield "column '" + name + "' is missing (the record has it: " + dialect.columnType(column, spec)
                        + (column.nullable() ? " NULL" : " NOT NULL") + ")";
            }
            case COLUMN_TYPE -> {
                ColumnSpec column = spec.column(name);
                yield "column '" + name + "' is "
                        + (difference.actual().isBlank() ? "of no declared type" : difference.actual())
                        + ", which cannot hold "
                        + column.type().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " values (expected " + TypeFamilies.describe(column.type()) + ", such as "
                        + dialect.columnType(column, spec) + ")";
            }
            case NULLABILITY -> {
                boolean nullable = spec.column(name).nullable();
                yield "column '" + name + "' is " + difference.actual() + " but the record's component is "
                        + (nullable ? "nullable" : "not nullable")
                        + (nullable ? " (writing a null would fail)" : " (a stored NULL could not be read)");
            }
            case EXTRA_COLUMN ->
                "column '" + name + "' (" + difference.actual().replaceFirst(" NOT NULL$", "")
                        + " NOT NULL, no default) is not in the record, so every insert would fail";
            case PRIMARY_KEY ->
                "the primary key is " + difference.actual() + ", the record's is " + difference.expected();
            default -> difference.message();
        };
    }

    /**
     * A plain view that {@code init()} writes anew whatever it held: {@code CREATE OR REPLACE VIEW} on MySQL, MariaDB
     * and Oracle, {@code CREATE OR ALTER VIEW} on SQL Server. SQLite keeps an existing view ({@code IF NOT EXISTS}),
     * PostgreSQL's {@code OR REPLACE} refuses to drop or rename a column, and materialized views are kept: those are
     * checked.
     */
    private static boolean replacedByInit(Dialect dialect, TableSpec spec) {
        ViewSpec view = spec.view();
        return view != null
                && !view.materialized()
                && dialect.id() != DialectId.SQLITE
                && dialect.id() != DialectId.POSTGRESQL;
    }

    /** The differences between a model and the table or view that exists, in column order. */
    static List<String> differences(Dialect dialect, TableSpec spec, ExistingTables.Table found) {
        List<String> differences = new ArrayList<>();
        for (ColumnSpec column : spec.columns()) {
            String expected = dialect.columnType(column, spec);
            ExistingTables.Column actual = found.column(column.name());
            if (actual == null) {
                differences.add("column '" + column.name() + "' is missing (the record has it: " + expected
                        + (column.nullable() ? " NULL" : " NOT NULL") + ")");
                continue;
            }
            if (spec.isView()) {
                continue; // a view's types and nullability follow its query
            }
            EnumSpec enumType = column.enumType();
            boolean nativeEnum = enumType != null && enumType.isNative();
            if (!nativeEnum && !TypeFamilies.compatible(column.type(), actual)) {
                differences.add("column '" + column.name() + "' is "
                        + (actual.typeName().isBlank() ? "of no declared type" : actual.typeName())
                        + ", which cannot hold "
                        + column.type()
                                .kind()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ')
                        + " values (expected " + TypeFamilies.describe(column.type()) + ", such as " + expected + ")");
            }
            // Identity and computed columns: drivers report their nullability each their own way.
            boolean checkNulls = column.generation() instanceof ColumnGeneration.None
                    || column.generation() instanceof ColumnGeneration.ServerDefault
                    || column.generation() instanceof ColumnGeneration.Sequence;
            if (checkNulls && !spec.isKey(column.name()) && column.nullable() != actual.nullable()) {
                differences.add("column '" + column.name() + "' is " + (actual.nullable() ? "NULL" : "NOT NULL")
                        + " but the record's component is " + (column.nullable() ? "nullable" : "not nullable")
                        + (column.nullable() ? " (writing a null would fail)" : " (a stored NULL could not be read)"));
            }
        }
        if (spec.isView()) {
            return differences;
        }
        for (ExistingTables.Column actual : found.columns()) {
            if (!hasColumn(spec, actual.name()) && !actual.nullable() && !actual.defaulted()) {
                differences.add("column '" + actual.name() + "' (" + actual.typeName()
                        + " NOT NULL, no default) is not in the record, so every insert would fail");
            }
        }
        List<String> key = found.primaryKey();
        if (!sameKey(spec.primaryKey(), key)) {
            differences.add("the primary key is " + (key.isEmpty() ? "missing" : "(" + String.join(", ", key) + ")")
                    + ", the record's is (" + String.join(", ", spec.primaryKey()) + ")");
        }
        return differences;
    }

    private static boolean hasColumn(TableSpec spec, String name) {
        for (ColumnSpec column : spec.columns()) {
            if (column.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The same columns, in any order and case: drivers differ in how they order a composite key. */
    private static boolean sameKey(List<String> expected, List<String> actual) {
        return expected.size() == actual.size()
                && expected.stream().allMatch(name -> actual.stream().anyMatch(name::equalsIgnoreCase));
    }
}
