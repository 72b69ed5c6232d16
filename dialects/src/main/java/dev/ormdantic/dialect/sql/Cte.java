package dev.ormdantic.dialect.sql;

import java.util.List;

/**
 * A common table expression, {@code name (columns) AS (part UNION ALL part ...)}. A recursive one has an anchor part
 * and a recursive part that selects from {@code name} itself.
 *
 * @param name the name, used as a table by the query and, when recursive, by its own second part
 * @param columns the names of its columns (required by some dialects for a recursive one)
 * @param parts the selects joined by {@code UNION ALL}, at least one
 * @param recursive whether a part refers to the CTE itself
 * @since 0.1.0
 */
public record Cte(String name, List<String> columns, List<Select> parts, boolean recursive) {
    /** Copies the lists and checks there is a part. */
    public Cte {
        columns = List.copyOf(columns);
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("CTE " + name + " needs at least one select");
        }
        if (recursive && columns.isEmpty()) {
            throw new IllegalArgumentException("recursive CTE " + name + " needs its column names");
        }
    }
}
