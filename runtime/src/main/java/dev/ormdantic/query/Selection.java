package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;

/**
 * A named value of a {@link Query}'s result, from {@link Operand#as}. Immutable.
 *
 * @param <T> the record type of the table
 * @since 0.1.0
 */
public final class Selection<T> implements Selectable<T> {

    private final Expr expr;
    private final String alias;

    Selection(Expr expr, String alias) {
        this.expr = expr;
        this.alias = alias;
    }

    /** The selected value. */
    Expr expr() {
        return expr;
    }

    /**
     * The name of the result column.
     *
     * @return the alias
     */
    public String alias() {
        return alias;
    }

    @Override
    public String toString() {
        return expr + " AS " + alias;
    }
}
