package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.LikeText;
import java.util.List;

/**
 * Text: the comparisons plus {@code LIKE} patterns and searches for literal text, each also regardless of case on
 * every dialect ({@code ILIKE} on PostgreSQL, {@code LOWER(x) LIKE LOWER(?)} elsewhere).
 *
 * <p>{@link #like} takes a pattern, in which {@code %} and {@code _} are wildcards and no escape character is
 * declared. {@link #contains}, {@link #startsWith} and {@link #endsWith} take literal text: its {@code %}, {@code _}
 * and escape character are escaped, with an explicit {@code ESCAPE} clause, so the text only matches itself.
 *
 * @param <T> the record type of the table
 * @since 0.1.0
 */
public sealed interface TextOperand<T> extends ComparableOperand<T, String> permits StringColumn, TextExpression {

    /**
     * Rows whose value matches a {@code LIKE} pattern ({@code %} any run of characters, {@code _} one character).
     *
     * @param pattern the pattern
     * @return the filter
     */
    default Filter<T> like(String pattern) {
        return Filter.of(new Expr.Like(OperandNode.expr(this), OperandNode.param(this, pattern), false, false));
    }

    /**
     * Rows whose value does not match a {@code LIKE} pattern.
     *
     * @param pattern the pattern
     * @return the filter
     */
    default Filter<T> notLike(String pattern) {
        return Filter.of(new Expr.Like(OperandNode.expr(this), OperandNode.param(this, pattern), true, false));
    }

    /**
     * Rows whose value matches a {@code LIKE} pattern regardless of case, on every dialect.
     *
     * @param pattern the pattern
     * @return the filter
     */
    default Filter<T> ilike(String pattern) {
        return Filter.of(new Expr.Like(OperandNode.expr(this), OperandNode.param(this, pattern), false, true));
    }

    /**
     * Rows whose value does not match a {@code LIKE} pattern, regardless of case.
     *
     * @param pattern the pattern
     * @return the filter
     */
    default Filter<T> notIlike(String pattern) {
        return Filter.of(new Expr.Like(OperandNode.expr(this), OperandNode.param(this, pattern), true, true));
    }

    /**
     * Rows whose value contains a piece of text; wildcards in it match only themselves.
     *
     * @param text the literal text
     * @return the filter
     */
    default Filter<T> contains(String text) {
        return search(text, LikeText.Match.CONTAINS, false, false);
    }

    /**
     * Rows whose value does not contain a piece of text.
     *
     * @param text the literal text
     * @return the filter
     */
    default Filter<T> notContains(String text) {
        return search(text, LikeText.Match.CONTAINS, true, false);
    }

    /**
     * Rows whose value contains a piece of text, regardless of case.
     *
     * @param text the literal text
     * @return the filter
     */
    default Filter<T> icontains(String text) {
        return search(text, LikeText.Match.CONTAINS, false, true);
    }

    /**
     * Rows whose value starts with a piece of text.
     *
     * @param text the literal text
     * @return the filter
     */
    default Filter<T> startsWith(String text) {
        return search(text, LikeText.Match.STARTS_WITH, false, false);
    }

    /**
     * Rows whose value starts with a piece of text, regardless of case.
     *
     * @param text the literal text
     * @return the filter
     */
    default Filter<T> istartsWith(String text) {
        return search(text, LikeText.Match.STARTS_WITH, false, true);
    }

    /**
     * Rows whose value ends with a piece of text.
     *
     * @param text the literal text
     * @return the filter
     */
    default Filter<T> endsWith(String text) {
        return search(text, LikeText.Match.ENDS_WITH, false, false);
    }

    /**
     * Rows whose value ends with a piece of text, regardless of case.
     *
     * @param text the literal text
     * @return the filter
     */
    default Filter<T> iendsWith(String text) {
        return search(text, LikeText.Match.ENDS_WITH, false, true);
    }

    /**
     * Rows whose value equals a text regardless of case: {@code LOWER(x) = LOWER(?)}.
     *
     * @param text the text
     * @return the filter
     */
    default Filter<T> eqIgnoreCase(String text) {
        return Filter.of(new Expr.Compare(
                new Expr.Call(Expr.Function.LOWER, List.of(OperandNode.expr(this))),
                Expr.CompareOp.EQ,
                new Expr.Call(Expr.Function.LOWER, List.of(OperandNode.param(this, text)))));
    }

    /**
     * The value in lower case.
     *
     * @return {@code LOWER(this)}
     */
    default TextExpression<T> lower() {
        return new TextExpression<>(
                new Expr.Call(Expr.Function.LOWER, List.of(OperandNode.expr(this))), OperandNode.type(this));
    }

    /**
     * The value in upper case.
     *
     * @return {@code UPPER(this)}
     */
    default TextExpression<T> upper() {
        return new TextExpression<>(
                new Expr.Call(Expr.Function.UPPER, List.of(OperandNode.expr(this))), OperandNode.type(this));
    }

    private Filter<T> search(String text, LikeText.Match match, boolean negated, boolean caseInsensitive) {
        Expr.Param pattern = new Expr.Param(new LikeText(text, match), OperandNode.type(this));
        return Filter.of(new Expr.Like(OperandNode.expr(this), pattern, negated, caseInsensitive, true));
    }
}
