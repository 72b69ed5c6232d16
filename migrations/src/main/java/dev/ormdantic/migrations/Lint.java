package dev.ormdantic.migrations;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.migrations.LintFinding.Category;
import dev.ormdantic.migrations.SchemaChange.Action;
import dev.ormdantic.migrations.SchemaChange.ObjectType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Offline lint of a diff for one dialect, with stable codes modelled on Atlas's analyzers:
 *
 * <ul>
 *   <li>{@code DS101} drop schema, {@code DS102} drop table, {@code DS103} drop column: destructive;
 *   <li>{@code MF101} unique index or constraint added over existing rows, {@code MF103} nullable column made
 *       {@code NOT NULL}, {@code MF104} {@code NOT NULL} column without default added to an existing table,
 *       {@code MF105} column type narrowed, {@code MF106} check or foreign key added over existing rows:
 *       data-dependent;
 *   <li>{@code BC101} table renamed, {@code BC102} column renamed, {@code CD101} foreign key dropped:
 *       backward-incompatible;
 *   <li>{@code PG301} column type change rewrites the table on PostgreSQL, {@code MY101} column change copies the
 *       table on MySQL and MariaDB ({@code ALGORITHM=COPY}): table rewrites;
 *   <li>{@code LT101} SQLite rebuilds the table.
 * </ul>
 */
final class Lint {

    private Lint() {}

    static List<LintFinding> check(SchemaDiff diff, DialectId dialect) {
        List<LintFinding> findings = new ArrayList<>();
        Set<String> rebuilt = new LinkedHashSet<>();
        for (SchemaChange change : diff.changes()) {
            String table = change.table().isEmpty() ? change.name() : SchemaDiff.key(change.schema(), change.table());
            findings.addAll(findings(change, table, dialect));
            if (dialect == DialectId.SQLITE && change.sqliteRebuild() && rebuilt.add(table)) {
                findings.add(new LintFinding(
                        "LT101",
                        Category.SQLITE_REBUILD,
                        "SQLite rebuilds table " + table + " (copies every row into a new table) for: "
                                + change.message(),
                        table,
                        change.table()));
            }
        }
        return findings;
    }

    private static List<LintFinding> findings(SchemaChange change, String table, DialectId dialect) {
        List<LintFinding> findings = new ArrayList<>();
        String name = change.name();
        switch (change.object()) {
            case SCHEMA -> {
                if (change.action() == Action.REMOVE) {
                    findings.add(finding(
                            "DS101",
                            Category.DESTRUCTIVE,
                            "Dropping schema " + name + " drops everything left in it",
                            change,
                            table));
                }
            }
            case TABLE -> {
                if (change.action() == Action.REMOVE) {
                    findings.add(finding(
                            "DS102",
                            Category.DESTRUCTIVE,
                            "Dropping table " + table + " deletes its rows",
                            change,
                            table));
                } else if (change.action() == Action.RENAME) {
                    findings.add(finding(
                            "BC101",
                            Category.BACKWARD_INCOMPATIBLE,
                            "Renaming table "
                                    + change.previousName() + " to " + name
                                    + " breaks code and queries that still use the old name",
                            change,
                            table));
                }
            }
            case COLUMN -> findings.addAll(column(change, table, dialect));
            case INDEX -> {
                TableSpec after = change.after();
                boolean unique = after != null
                        && after.indexes().stream().anyMatch(i -> i.name().equals(name) && i.unique());
                if (unique && change.action() != Action.REMOVE) {
                    findings.add(finding(
                            "MF101",
                            Category.DATA_DEPENDENT,
                            "Adding unique index " + name + " on " + table + " fails if existing rows hold duplicates",
                            change,
                            table));
                }
            }
            case UNIQUE -> {
                if (change.action() != Action.REMOVE) {
                    findings.add(finding(
                            "MF101",
                            Category.DATA_DEPENDENT,
                            "Adding unique constraint " + name + " on " + table
                                    + " fails if existing rows hold duplicates",
                            change,
                            table));
                }
            }
            case CHECK, FOREIGN_KEY -> {
                if (change.action() != Action.REMOVE) {
                    findings.add(finding(
                            "MF106",
                            Category.DATA_DEPENDENT,
                            "Adding "
                                    + change.object().code().replace('_', ' ') + " " + name + " on " + table
                                    + " fails if existing rows violate it",
                            change,
                            table));
                }
                if (change.object() == ObjectType.FOREIGN_KEY && change.action() == Action.REMOVE) {
                    findings.add(finding(
                            "CD101",
                            Category.BACKWARD_INCOMPATIBLE,
                            "Dropping foreign key " + name + " on " + table + " lets rows reference missing ones",
                            change,
                            table));
                }
            }
            case PRIMARY_KEY, VIEW, ENUM_TYPE -> {}
        }
        return findings;
    }

    private static List<LintFinding> column(SchemaChange change, String table, DialectId dialect) {
        List<LintFinding> findings = new ArrayList<>();
        String column = table + "." + change.name();
        switch (change.action()) {
            case REMOVE ->
                findings.add(finding(
                        "DS103",
                        Category.DESTRUCTIVE,
                        "Dropping column " + column + " deletes its values",
                        change,
                        table));
            case RENAME ->
                findings.add(finding(
                        "BC102",
                        Category.BACKWARD_INCOMPATIBLE,
                        "Renaming column " + table + "."
                                + change.previousName() + " to " + change.name()
                                + " breaks code and queries that still use the old name",
                        change,
                        table));
            case ADD -> {
                TableSpec after = change.after();
                ColumnSpec added = after == null ? null : after.column(change.name());
                if (added != null && !added.nullable() && added.generation().writtenByInsert()) {
                    findings.add(finding(
                            "MF104",
                            Category.DATA_DEPENDENT,
                            "Adding NOT NULL column " + column + " without a default fails if the table has rows",
                            change,
                            table));
                }
            }
            case CHANGE -> {
                if (change.fields().contains("nullable")) {
                    ColumnSpec now = changed(change);
                    if (now != null && !now.nullable()) {
                        findings.add(finding(
                                "MF103",
                                Category.DATA_DEPENDENT,
                                "Making column " + column + " NOT NULL fails if a row holds NULL in it",
                                change,
                                table));
                    }
                }
                if (change.fields().contains("type")) {
                    if (change.safety() == SchemaChange.Safety.DESTRUCTIVE) {
                        findings.add(finding(
                                "MF105",
                                Category.DATA_DEPENDENT,
                                "Narrowing the type of column " + column + " fails or truncates values that do not fit",
                                change,
                                table));
                    }
                    if (dialect == DialectId.POSTGRESQL) {
                        findings.add(finding(
                                "PG301",
                                Category.TABLE_REWRITE,
                                "Changing the type of column " + column
                                        + " rewrites the table under an ACCESS EXCLUSIVE lock on PostgreSQL",
                                change,
                                table));
                    }
                }
                boolean copies = change.fields().contains("type")
                        || change.fields().contains("nullable")
                        || change.fields().contains("enum");
                if (copies && (dialect == DialectId.MYSQL || dialect == DialectId.MARIADB)) {
                    findings.add(finding(
                            "MY101",
                            Category.TABLE_REWRITE,
                            "MODIFY COLUMN " + column
                                    + " copies the table (ALGORITHM=COPY) on MySQL and MariaDB, blocking writes",
                            change,
                            table));
                }
            }
        }
        return findings;
    }

    private static @Nullable ColumnSpec changed(SchemaChange change) {
        TableSpec after = change.after();
        return after == null ? null : after.column(change.name());
    }

    private static LintFinding finding(
            String code, Category category, String message, SchemaChange change, String table) {
        return new LintFinding(code, category, message, table, change.name());
    }
}
