package dev.ormdantic.dialect.schema;

import java.util.Objects;

/**
 * Where a column's value comes from when the application does not write it: nowhere (an ordinary column), an identity
 * key, a server-side {@code DEFAULT}, a computed expression or a sequence. Every generated column is left out of
 * {@code INSERT} and read back into the record the insert returns.
 *
 * @since 0.1.0
 */
public sealed interface ColumnGeneration {

    /**
     * An ordinary column: the application writes every value.
     *
     * @return the generation of an ordinary column
     */
    static ColumnGeneration none() {
        return new None();
    }

    /**
     * Whether an {@code INSERT} writes the column: only an ordinary column.
     *
     * @return {@code true} for an ordinary column
     */
    default boolean writtenByInsert() {
        return this instanceof None;
    }

    /**
     * Whether an update or upsert writes the column: every column but a computed one.
     *
     * @return {@code false} for a computed column
     */
    default boolean writtenByUpdate() {
        return !(this instanceof Computed);
    }

    /** An ordinary column. */
    record None() implements ColumnGeneration {}

    /** An identity (auto-increment) key: the database numbers the rows. */
    record Identity() implements ColumnGeneration {}

    /**
     * A column with a server-side default, as {@code DEFAULT <sql>}.
     *
     * @param sql the default expression, as SQL written into the DDL unchanged
     */
    record ServerDefault(String sql) implements ColumnGeneration {

        /**
         * Checks the expression.
         *
         * @throws IllegalArgumentException when it is blank
         */
        public ServerDefault {
            if (sql.isBlank()) {
                throw new IllegalArgumentException("a server default must not be blank");
            }
        }
    }

    /**
     * A computed (generated) column: the database derives it from other columns of the row.
     *
     * @param expression the SQL expression, written into the DDL unchanged
     * @param stored whether the value is stored ({@code STORED}, {@code PERSISTED}) rather than computed on read
     */
    record Computed(String expression, boolean stored) implements ColumnGeneration {

        /**
         * Checks the expression.
         *
         * @throws IllegalArgumentException when it is blank
         */
        public Computed {
            if (expression.isBlank()) {
                throw new IllegalArgumentException("a computed column needs an expression");
            }
        }
    }

    /**
     * A column numbered by a database sequence, created before the table and dropped after it.
     *
     * @param name the sequence name (unquoted)
     * @param start the first value
     * @param increment the step between values, not zero
     */
    record Sequence(String name, long start, long increment) implements ColumnGeneration {

        /**
         * Checks the name and the step.
         *
         * @throws IllegalArgumentException when the name is blank or the increment zero
         */
        public Sequence {
            Objects.requireNonNull(name, "name");
            if (name.isBlank() || increment == 0) {
                throw new IllegalArgumentException("a sequence needs a name and a non-zero increment");
            }
        }
    }
}
