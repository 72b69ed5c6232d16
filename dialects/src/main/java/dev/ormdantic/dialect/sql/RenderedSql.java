package dev.ormdantic.dialect.sql;

import java.util.List;

/**
 * A statement ready for JDBC: its text with {@code ?} markers, and the parameters to bind, in marker order.
 *
 * @param sql the SQL text
 * @param params the parameters, one per {@code ?} marker
 * @since 0.1.0
 */
public record RenderedSql(String sql, List<Expr.Param> params) {
    /** Copies the list. */
    public RenderedSql {
        params = List.copyOf(params);
    }
}
