package dev.ormdantic.dialect;

/**
 * A statement that writes one or many rows, held as its parts so that the runtime can build the form for any number
 * of rows without rendering again: {@code prefix + row (+ separator + row)... + suffix}.
 *
 * <p>For example SQLite's insert is {@code INSERT INTO "flavor" ("id", "name") VALUES } + {@code (?, ?)} joined with
 * {@code , }; Oracle's is {@code INSERT ALL } + {@code INTO "flavor" ("id", "name") VALUES (?, ?)} joined with a space,
 * then {@code  SELECT 1 FROM DUAL}. A shape whose separator is empty writes one row per statement: Oracle's insert of
 * a table with generated columns, whose values the driver can read back only from a single-row insert.
 *
 * <p>Generated code names the parts: {@code StatementShape.of(prefix, row)}, then {@link #joinedBy} and
 * {@link #followedBy} where they differ from the default {@code ", "} and nothing.
 *
 * @param prefix the text before the first row
 * @param row the text of one row (its {@code ?} markers, in column order)
 * @param separator the text between two rows
 * @param suffix the text after the last row
 * @since 0.1.0
 */
public record StatementShape(String prefix, String row, String separator, String suffix) {

    /**
     * The shape of a multi-row {@code VALUES} list: rows joined with {@code ", "} and nothing after them.
     *
     * @param prefix the text before the first row
     * @param row the text of one row
     * @return the shape
     */
    public static StatementShape of(String prefix, String row) {
        return new StatementShape(prefix, row, ", ", "");
    }

    /**
     * This shape with rows joined by other text.
     *
     * @param separator the text between two rows
     * @return the shape
     */
    public StatementShape joinedBy(String separator) {
        return new StatementShape(prefix, row, separator, suffix);
    }

    /**
     * This shape writing one row per statement (an empty separator).
     *
     * @return the shape
     */
    public StatementShape oneRowPerStatement() {
        return joinedBy("");
    }

    /**
     * This shape with text after the last row.
     *
     * @param suffix the text after the last row
     * @return the shape
     */
    public StatementShape followedBy(String suffix) {
        return new StatementShape(prefix, row, separator, suffix);
    }

    /**
     * The statement for the given number of rows.
     *
     * @param rows the number of rows, at least one
     * @return the SQL text
     * @throws IllegalArgumentException when {@code rows < 1}
     */
    public String render(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a statement needs at least one row, got " + rows);
        }
        StringBuilder sql =
                new StringBuilder(prefix.length() + suffix.length() + rows * (row.length() + separator.length()));
        sql.append(prefix).append(row);
        for (int i = 1; i < rows; i++) {
            sql.append(separator).append(row);
        }
        return sql.append(suffix).toString();
    }
}
