package dev.ormdantic.dialect.reflect;

import java.util.Objects;

/**
 * One way a live table differs from its model.
 *
 * @param kind what differs
 * @param table the table (or view) name
 * @param object the column, index, constraint, enum or sequence concerned, or the empty string for the table
 * @param expected what the model has, in words or SQL, or the empty string when the model has nothing
 * @param actual what the database has, or the empty string when it has nothing
 * @param blocking whether an application cannot run against the table as it is (a column missing, a type that cannot
 *     hold the component's values, a nullability that makes a write or a read fail, an extra {@code NOT NULL} column
 *     without a default, another primary key): {@code init()} refuses such a table
 * @since 0.1.0
 */
public record Difference(Kind kind, String table, String object, String expected, String actual, boolean blocking) {

    /** What differs. */
    public enum Kind {
        /** A table of the model does not exist. */
        MISSING_TABLE,
        /** A table exists that no model declares. */
        EXTRA_TABLE,
        /** A column of the model does not exist. */
        MISSING_COLUMN,
        /** A column exists that the model does not have. */
        EXTRA_COLUMN,
        /** A column's type maps to another logical type. */
        COLUMN_TYPE,
        /** A column's nullability differs. */
        NULLABILITY,
        /** A column's identity, default or computed expression differs in kind. */
        GENERATION,
        /** The primary key differs. */
        PRIMARY_KEY,
        /** An index of the model does not exist. */
        MISSING_INDEX,
        /** An index exists that the model does not declare. */
        EXTRA_INDEX,
        /** An index of the same name has other columns, uniqueness or predicate. */
        INDEX_CHANGED,
        /** A unique constraint of the model does not exist. */
        MISSING_UNIQUE,
        /** A unique constraint exists that the model does not declare. */
        EXTRA_UNIQUE,
        /** A foreign key of the model does not exist. */
        MISSING_FOREIGN_KEY,
        /** A foreign key exists that the model does not declare. */
        EXTRA_FOREIGN_KEY,
        /** A foreign key over the same columns references another table or has other actions. */
        FOREIGN_KEY_CHANGED,
        /** A check constraint of the model does not exist. */
        MISSING_CHECK,
        /** A check constraint exists that the model does not declare. */
        EXTRA_CHECK,
        /** A native enum type is missing or has other labels. */
        ENUM_VALUES,
        /** A sequence of the model does not exist. */
        MISSING_SEQUENCE
    }

    /** Checks the parts are present. */
    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /**
     * The difference in one line, both sides shown.
     *
     * @return the message, such as {@code column 'name' is INTEGER, the model has VARCHAR(80)}
     */
    public String message() {
        String what = object.isEmpty() ? "" : "'" + object + "'";
        return switch (kind) {
            case MISSING_TABLE -> "table is missing (the model has it)";
            case EXTRA_TABLE -> "table exists but no model declares it";
            case MISSING_COLUMN -> "column " + what + " is missing (the model has it: " + expected + ")";
            case EXTRA_COLUMN -> "column " + what + " (" + actual + ") is not in the model";
            case COLUMN_TYPE -> "column " + what + " is " + actual + ", the model's is " + expected;
            case NULLABILITY -> "column " + what + " is " + actual + ", the model's is " + expected;
            case GENERATION -> "column " + what + " is filled by " + actual + ", the model's by " + expected;
            case PRIMARY_KEY -> "the primary key is " + actual + ", the model's is " + expected;
            case MISSING_INDEX -> "index " + what + " " + expected + " is missing";
            case EXTRA_INDEX -> "index " + what + " " + actual + " is not in the model";
            case INDEX_CHANGED -> "index " + what + " is " + actual + ", the model's is " + expected;
            case MISSING_UNIQUE -> "unique constraint " + what + " " + expected + " is missing";
            case EXTRA_UNIQUE -> "unique constraint " + what + " " + actual + " is not in the model";
            case MISSING_FOREIGN_KEY -> "foreign key " + what + " " + expected + " is missing";
            case EXTRA_FOREIGN_KEY -> "foreign key " + what + " " + actual + " is not in the model";
            case FOREIGN_KEY_CHANGED -> "foreign key " + what + " is " + actual + ", the model's is " + expected;
            case MISSING_CHECK -> "check " + what + " (" + expected + ") is missing";
            case EXTRA_CHECK -> "check " + what + " (" + actual + ") is not in the model";
            case ENUM_VALUES -> "enum type " + what + " has " + actual + ", the model's has " + expected;
            case MISSING_SEQUENCE -> "sequence " + what + " is missing";
        };
    }
}
