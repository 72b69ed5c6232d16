package dev.ormdantic.migrations.reflect;

import dev.ormdantic.dialect.reflect.Difference;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.MigrationException;
import java.util.List;

/**
 * How a live database differs from the models, table by table: tables and columns missing or extra, types,
 * nullability, generation, primary keys, indexes, unique constraints, foreign keys, checks, enum types and sequences.
 * Differences that only spell the same thing another way (a dialect's own type names, constraint texts, the index
 * MySQL adds for a foreign key) are normalized away first. A report only describes: it never proposes to drop a
 * table or reset the database; the way forward is a migration, or a change of the models.
 *
 * @param dialect the dialect's name
 * @param tables the tables that differ, models first in registration order, then the extra tables by name
 * @since 0.1.0
 */
public record DriftReport(String dialect, List<TableDrift> tables) {

    /**
     * The differences of one table.
     *
     * @param table the table name
     * @param differences its differences, in column order then by object kind
     */
    public record TableDrift(String table, List<Difference> differences) {

        /** Copies the list. */
        public TableDrift {
            differences = List.copyOf(differences);
        }
    }

    /** Copies the list. */
    public DriftReport {
        tables = List.copyOf(tables);
    }

    /**
     * Whether the database matches the models.
     *
     * @return {@code true} when there is no difference
     */
    public boolean isEmpty() {
        return tables.isEmpty();
    }

    /**
     * Every difference, table after table.
     *
     * @return the differences
     */
    public List<Difference> differences() {
        return tables.stream().flatMap(t -> t.differences().stream()).toList();
    }

    /**
     * The report as text: one line per difference under its table.
     *
     * @return the text, {@code no drift} when empty
     */
    public String describe() {
        if (tables.isEmpty()) {
            return "no drift: the database matches the models";
        }
        StringBuilder text = new StringBuilder();
        for (TableDrift table : tables) {
            text.append("table ").append(table.table()).append(':');
            for (Difference difference : table.differences()) {
                text.append("\n  - ").append(difference.message());
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    /**
     * Fails when there is drift, for a build or start-up check.
     *
     * @throws MigrationException ({@code ORM2771}) listing every difference
     */
    public void requireNone() {
        if (!tables.isEmpty()) {
            throw new MigrationException(
                    ErrorCode.SCHEMA_DRIFT,
                    new ErrorContext("drift", null, dialect),
                    "drift: the database differs from the models in " + tables.size()
                            + (tables.size() == 1 ? " table" : " tables") + "; nothing was changed:\n" + describe(),
                    "write a migration for these differences, or change the models to match the database",
                    null);
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
