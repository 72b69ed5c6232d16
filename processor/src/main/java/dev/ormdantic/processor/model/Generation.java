package dev.ormdantic.processor.model;

import dev.ormdantic.dialect.schema.ColumnGeneration;

/**
 * An annotation that makes the database fill a component's column ({@code @Identity}, {@code @ServerDefault},
 * {@code @Computed}, {@code @Sequence}), as read from the source; the validator judges it and {@link #spec} turns it
 * into the schema's {@link ColumnGeneration}.
 */
public sealed interface Generation {

    /** The package of the annotations. */
    String PACKAGE = "dev.ormdantic.annotation";

    /**
     * The annotation's canonical name, to point errors at it.
     *
     * @return the canonical name
     */
    String annotation();

    /**
     * The annotation as written in a message ({@code @Identity}).
     *
     * @return the simple name with its {@code @}
     */
    default String display() {
        return "@" + annotation().substring(PACKAGE.length() + 1);
    }

    /**
     * The schema's view of it.
     *
     * @param table the table name
     * @param column the column name
     * @return the column generation
     */
    ColumnGeneration spec(String table, String column);

    /** {@code @Identity}. */
    record Identity() implements Generation {
        @Override
        public String annotation() {
            return PACKAGE + ".Identity";
        }

        @Override
        public ColumnGeneration spec(String table, String column) {
            return new ColumnGeneration.Identity();
        }
    }

    /**
     * {@code @ServerDefault(sql)}.
     *
     * @param sql the default expression
     */
    record ServerDefault(String sql) implements Generation {
        @Override
        public String annotation() {
            return PACKAGE + ".ServerDefault";
        }

        @Override
        public ColumnGeneration spec(String table, String column) {
            return new ColumnGeneration.ServerDefault(sql);
        }
    }

    /**
     * {@code @Computed(value, stored)}.
     *
     * @param expression the SQL expression
     * @param stored whether it is stored
     */
    record Computed(String expression, boolean stored) implements Generation {
        @Override
        public String annotation() {
            return PACKAGE + ".Computed";
        }

        @Override
        public ColumnGeneration spec(String table, String column) {
            return new ColumnGeneration.Computed(expression, stored);
        }
    }

    /**
     * {@code @Sequence(name, start, increment)}.
     *
     * @param name the sequence name, empty for the default
     * @param start the first value
     * @param increment the step
     */
    record Sequence(String name, long start, long increment) implements Generation {
        @Override
        public String annotation() {
            return PACKAGE + ".Sequence";
        }

        /**
         * The sequence name: the given one, else {@code <table>_<column>_seq}.
         *
         * @param table the table name
         * @param column the column name
         * @return the name
         */
        public String resolvedName(String table, String column) {
            return name.isEmpty() ? table + "_" + column + "_seq" : name;
        }

        @Override
        public ColumnGeneration spec(String table, String column) {
            return new ColumnGeneration.Sequence(resolvedName(table, column), start, increment);
        }
    }
}
