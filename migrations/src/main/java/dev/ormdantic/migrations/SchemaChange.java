package dev.ormdantic.migrations;

import dev.ormdantic.dialect.schema.TableSpec;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two snapshots: a table, column, key, index, constraint, enum, view or schema added, removed,
 * changed or renamed, with its message, how safe it is to apply, and the tables before and after it that a plan
 * renders the change from.
 *
 * @param action what happened to the object
 * @param object the kind of object
 * @param schema the schema of the table (or the schema itself), or the empty string
 * @param table the table's name after the change ({@link #before} has the earlier name of a renamed table), or the
 *     empty string for a schema
 * @param name the object's name: the column, index or constraint name; the table name for a table
 * @param previousName the earlier name of a renamed object, else the empty string
 * @param fields what changed in a changed object ({@code type}, {@code nullable}, {@code default}, {@code enum},
 *     ...), empty otherwise
 * @param safety how safe applying it is
 * @param sqliteRebuild whether SQLite needs the table rebuilt for it
 * @param message the human-readable summary ({@code Added table t}, {@code Changed column t.c: type, nullable})
 * @param before the table before the change, or {@code null} when it did not exist
 * @param after the table after the change, or {@code null} when it no longer exists
 * @since 0.1.0
 */
public record SchemaChange(
        Action action,
        ObjectType object,
        String schema,
        String table,
        String name,
        String previousName,
        List<String> fields,
        Safety safety,
        boolean sqliteRebuild,
        String message,
        @Nullable TableSpec before,
        @Nullable TableSpec after) {

    /** What happened to an object. */
    public enum Action {
        /** It is new. */
        ADD,
        /** It is gone. */
        REMOVE,
        /** It is there on both sides, and differs. */
        CHANGE,
        /** It has a new name ({@code @RenamedFrom}) and keeps its data. */
        RENAME
    }

    /** The kinds of object a diff compares. */
    public enum ObjectType {
        /** A schema (namespace). */
        SCHEMA,
        /** A table. */
        TABLE,
        /** A view. */
        VIEW,
        /** A column. */
        COLUMN,
        /** The primary key. */
        PRIMARY_KEY,
        /** An index. */
        INDEX,
        /** A unique constraint. */
        UNIQUE,
        /** A foreign key. */
        FOREIGN_KEY,
        /** A check constraint. */
        CHECK,
        /** A native enum type (PostgreSQL). */
        ENUM_TYPE;

        /**
         * The name used in warning codes and messages ({@code foreign_key}).
         *
         * @return the lower-case name
         */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How safe applying a change is, from safe to data-losing. */
    public enum Safety {
        /** Keeps every row and value, on any data. */
        SAFE,
        /** May fail on existing data, lock or rewrite a table, or break code reading the old shape; review it. */
        UNSAFE,
        /** May delete or rewrite existing data. */
        DESTRUCTIVE
    }

    /** Copies the fields. */
    public SchemaChange {
        Objects.requireNonNull(message, "message");
        fields = List.copyOf(fields);
    }

    /**
     * The seed's warning code: {@code destructive_<object>_<action>} or {@code unsafe_<object>_<action>}, or
     * {@code null} for a safe change.
     *
     * @return the code, or {@code null}
     */
    public @Nullable String warningCode() {
        return switch (safety) {
            case SAFE -> null;
            case UNSAFE -> "unsafe_" + object.code() + "_" + action.name().toLowerCase(Locale.ROOT);
            case DESTRUCTIVE ->
                "destructive_" + object.code() + "_" + action.name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * The seed's warning text for an unsafe or destructive change: the message, then what to beware of.
     *
     * @return the warning, or {@code null} for a safe change
     */
    public @Nullable String warning() {
        return switch (safety) {
            case SAFE -> null;
            case UNSAFE -> message + "; review before applying";
            case DESTRUCTIVE -> message + "; this may delete or rewrite existing data";
        };
    }
}
