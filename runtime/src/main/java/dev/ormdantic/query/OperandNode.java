package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import org.jspecify.annotations.Nullable;

/**
 * The SQL tree behind every {@link Operand}: its expression, its logical type and how a compared value is bound.
 * Package-private, so that no public signature shows a renderer type; {@link Operand} is sealed, so every operand is
 * one of these.
 *
 * @param <V> the Java type of the values
 */
abstract class OperandNode<V> {

    /** The value as an expression tree. */
    abstract Expr expr();

    /** The logical type of the value, which decides how a compared value is bound and a selected one read. */
    abstract ColumnType type();

    /** A parameter holding a value compared with this operand, converted as the column stores it. */
    abstract Expr.Param param(@Nullable V value);

    /** The node of an operand; every operand is one, since {@link Operand} is sealed. */
    @SuppressWarnings("unchecked") // Operand<T, V> is implemented only by nodes of V
    static <V> OperandNode<V> of(Operand<?, V> operand) {
        return (OperandNode<V>) operand;
    }

    /** The expression of an operand. */
    static Expr expr(Operand<?, ?> operand) {
        return of(operand).expr();
    }

    /** The logical type of an operand. */
    static ColumnType type(Operand<?, ?> operand) {
        return of(operand).type();
    }

    /** A bound value compared with an operand. */
    static <V> Expr.Param param(Operand<?, V> operand, @Nullable V value) {
        return of(operand).param(value);
    }

    /** The expression of anything selectable: an operand, or a named one. */
    static Expr expr(Selectable<?> selectable) {
        return selectable instanceof Selection<?> selection ? selection.expr() : expr((Operand<?, ?>) selectable);
    }
}
