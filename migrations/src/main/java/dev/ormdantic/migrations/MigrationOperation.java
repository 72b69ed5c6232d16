package dev.ormdantic.migrations;

import dev.ormdantic.migrations.SchemaChange.Safety;

/**
 * One statement of a migration plan, with what it does and how safe it is.
 *
 * @param sql the statement, for the plan's dialect
 * @param kind what the statement does
 * @param table the qualified name of the table it touches, or the schema's name for a schema
 * @param description the change it implements ({@code Added column t.c})
 * @param safety the safety of that change
 * @param sqliteRebuild whether it is a step of SQLite's table rebuild
 * @since 0.1.0
 */
public record MigrationOperation(
        String sql, Kind kind, String table, String description, Safety safety, boolean sqliteRebuild) {

    /** What a statement does. */
    public enum Kind {
        /** Creates a schema. */
        CREATE_SCHEMA,
        /** Drops a schema. */
        DROP_SCHEMA,
        /** Creates a table with its indexes, or a view. */
        CREATE_TABLE,
        /** Drops a table or view. */
        DROP_TABLE,
        /** Renames a table. */
        RENAME_TABLE,
        /** Adds a column. */
        ADD_COLUMN,
        /** Drops a column. */
        DROP_COLUMN,
        /** Changes a column's type, nullability or default. */
        ALTER_COLUMN,
        /** Renames a column. */
        RENAME_COLUMN,
        /** Creates an index. */
        CREATE_INDEX,
        /** Drops an index. */
        DROP_INDEX,
        /** Adds a primary key, unique constraint, foreign key or check. */
        ADD_CONSTRAINT,
        /** Drops a primary key, unique constraint, foreign key or check. */
        DROP_CONSTRAINT,
        /** Creates a native enum type, adds values to it, or replaces it by one with other values. */
        ALTER_ENUM_TYPE,
        /** One step of SQLite's table rebuild. */
        REBUILD_TABLE
    }
}
