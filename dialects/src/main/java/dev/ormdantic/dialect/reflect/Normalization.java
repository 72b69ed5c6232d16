package dev.ormdantic.dialect.reflect;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec.Action;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.schema.ViewSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dialect reports for a table it created from a model: the model's {@link TableSpec} turned into the
 * {@link LiveTable} the catalog gives back, so that comparing the two shows only real differences. The rules:
 *
 * <ul>
 *   <li>a column's type is the dialect's DDL type mapped back through {@link NativeTypes}, so kinds that share a
 *       native type compare equal (a {@code UUID} is {@code CHAR(36)} text on MySQL, a {@code float} a
 *       {@code DOUBLE}, an identity key on SQLite an {@code INTEGER}); a PostgreSQL native enum column is text of
 *       its enum type;
 *   <li>primary-key and identity columns are {@code NOT NULL}, whatever the component says;
 *   <li>MySQL and MariaDB list a unique index as a unique constraint;
 *   <li>MySQL and MariaDB report the default referential action as {@code RESTRICT} (InnoDB's {@code NO ACTION} is
 *       {@code RESTRICT});
 *   <li>the checks are the constraints the dialect writes: a native enum's list of values is not one.
 * </ul>
 *
 * @since 0.1.0
 */
public final class Normalization {

    private Normalization() {}

    /**
     * The table as the dialect reports it once created.
     *
     * @param dialect the dialect
     * @param spec the model's table
     * @return the expected live table
     */
    public static LiveTable expected(Dialect dialect, TableSpec spec) {
        DialectId id = dialect.id();
        List<LiveColumn> columns = new ArrayList<>();
        List<CheckSpec.Sql> checks = new ArrayList<>();
        for (ColumnSpec column : spec.columns()) {
            EnumSpec enumType = column.enumType();
            String enumName = enumType != null && id == DialectId.POSTGRESQL ? enumType.nativeType() : "";
            boolean nativeEnum = !enumName.isEmpty();
            boolean identity = column.generation() instanceof ColumnGeneration.Identity;
            String nativeType = identity && id == DialectId.SQLITE ? "INTEGER" : dialect.columnType(column, spec);
            columns.add(new LiveColumn(
                    column.name(),
                    nativeType,
                    nativeEnum ? ColumnType.unboundedString() : NativeTypes.of(id, nativeType),
                    column.nullable() && !identity && !spec.isKey(column.name()),
                    column.generation(),
                    enumName));
            for (CheckSpec check : column.checks()) {
                if (!(nativeEnum && check instanceof CheckSpec.OneOf)) {
                    checks.add(new CheckSpec.Sql(check.name(), describe(check)));
                }
            }
        }
        for (CheckSpec check : spec.checks()) {
            checks.add(new CheckSpec.Sql(check.name(), describe(check)));
        }
        List<ForeignKeySpec> foreignKeys = new ArrayList<>();
        for (ForeignKeySpec key : spec.foreignKeys()) {
            foreignKeys.add(new ForeignKeySpec(
                    key.name(),
                    key.columns(),
                    key.targetSchema(),
                    key.targetTable(),
                    key.targetColumns(),
                    action(id, key.onDelete()),
                    action(id, key.onUpdate())));
        }
        // MySQL and MariaDB list a unique index as a unique constraint of the same name.
        boolean uniqueIndexIsConstraint = id == DialectId.MYSQL || id == DialectId.MARIADB;
        List<IndexSpec> indexes = new ArrayList<>();
        List<UniqueSpec> uniques = new ArrayList<>(spec.uniques());
        for (IndexSpec index : spec.indexes()) {
            if (uniqueIndexIsConstraint && index.unique()) {
                uniques.add(new UniqueSpec(index.name(), index.columns()));
            } else {
                indexes.add(index);
            }
        }
        ViewSpec view = spec.view();
        LiveTable.Kind kind = view == null
                ? LiveTable.Kind.TABLE
                : view.materialized() ? LiveTable.Kind.MATERIALIZED_VIEW : LiveTable.Kind.VIEW;
        return new LiveTable(
                spec.schema(),
                spec.name(),
                kind,
                columns,
                view == null ? spec.primaryKey() : List.of(),
                indexes,
                uniques,
                foreignKeys,
                checks,
                view == null ? "" : view.query());
    }

    /**
     * The referential action as the dialect reports it.
     *
     * @param dialect the database
     * @param action the declared action
     * @return the reported action
     */
    public static Action action(DialectId dialect, Action action) {
        boolean innoDb = dialect == DialectId.MYSQL || dialect == DialectId.MARIADB;
        return innoDb && action == Action.NO_ACTION ? Action.RESTRICT : action;
    }

    /** A check's meaning in a few words, for a report: the database's own text of it differs per product. */
    private static String describe(CheckSpec check) {
        return switch (check) {
            case CheckSpec.Compare compare ->
                compare.column() + " " + compare.comparison().operator() + " " + compare.bound();
            case CheckSpec.Length length ->
                "length(" + length.column() + ") " + (length.atLeast() ? ">= " : "<= ") + length.length();
            case CheckSpec.NotBlank notBlank -> notBlank.column() + " is not blank";
            case CheckSpec.Matches matches -> matches.column() + " matches " + matches.regexp();
            case CheckSpec.OneOf oneOf -> oneOf.column() + " in " + oneOf.values();
            case CheckSpec.Sql sql -> sql.sql();
        };
    }
}
