package dev.ormdantic.dialect.reflect;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table or view as the database reports it. Unlike a {@link TableSpec}, it may lack a primary key (a view, or a
 * table created without one).
 *
 * @param schema the schema (namespace) it lives in, or the empty string for the connection's default
 * @param name the name, as stored
 * @param kind a table, a view or a materialized view
 * @param columns the columns, in table order
 * @param primaryKey the primary-key columns in key order, empty when there is none
 * @param indexes the secondary indexes, by name; the indexes the database builds for the primary key, unique
 *     constraints and (MySQL, MariaDB) foreign keys are left out
 * @param uniques the unique constraints, in name order (SQLite keeps no names: each is named after its columns)
 * @param foreignKeys the foreign keys, in name order (SQLite keeps no names: each is named after its columns)
 * @param checks the {@code CHECK} constraints as {@link CheckSpec.Sql}, with the condition as the database reports it
 * @param viewQuery the defining query of a view as the database reports it, or the empty string for a table
 * @since 0.1.0
 */
public record LiveTable(
        String schema,
        String name,
        Kind kind,
        List<LiveColumn> columns,
        List<String> primaryKey,
        List<IndexSpec> indexes,
        List<UniqueSpec> uniques,
        List<ForeignKeySpec> foreignKeys,
        List<CheckSpec.Sql> checks,
        String viewQuery) {

    /** What kind of relation it is. */
    public enum Kind {
        /** A base table. */
        TABLE,
        /** A view. */
        VIEW,
        /** A materialized view (PostgreSQL, Oracle). */
        MATERIALIZED_VIEW
    }

    /** Copies the lists. */
    public LiveTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /**
     * Whether it is a view (plain or materialized).
     *
     * @return {@code true} for a view
     */
    public boolean isView() {
        return kind != Kind.TABLE;
    }

    /**
     * The column of that name: the exact name, else the only one that differs in case (MySQL, MariaDB, SQLite and SQL
     * Server compare column names without case).
     *
     * @param wanted the name
     * @return the column, or {@code null} when there is none
     */
    public @Nullable LiveColumn column(String wanted) {
        LiveColumn folded = null;
        for (LiveColumn column : columns) {
            if (column.name().equals(wanted)) {
                return column;
            }
            if (column.name().equalsIgnoreCase(wanted)) {
                folded = column;
            }
        }
        return folded;
    }

    /**
     * The table as the schema model's table, for a table with a primary key.
     *
     * @return the table spec
     * @throws IllegalStateException for a view or a table without a primary key, which the model cannot hold
     */
    public TableSpec toSpec() {
        if (primaryKey.isEmpty()) {
            throw new IllegalStateException((isView() ? "view " : "table ") + name + " has no primary key");
        }
        return new TableSpec(
                name,
                columns.stream().map(LiveColumn::toSpec).toList(),
                primaryKey,
                indexes,
                schema,
                uniques,
                foreignKeys,
                null,
                List.copyOf(checks));
    }
}
