package dev.ormdantic.relation;

import dev.ormdantic.dialect.sql.Correlation;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.TableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The correlated subqueries behind the relation predicates: the rows of the target table related to the row the
 * outer query is on, restricted by a condition on them. The target table takes the alias
 * {@code ormdantic_rel_<name>} (an association table {@code ormdantic_rel_<name>_link}), suffixed with {@code _<n>}
 * when a predicate nested in the condition needs one of its own, so that no alias shadows another on the way from a
 * subquery out to the level it correlates with. The outer row's columns are {@link Expr.Correlated}, which the
 * renderer qualifies with the name of the level just outside the subquery: the statement's table, the query's alias,
 * or the alias of an enclosing predicate. The condition's own columns are qualified with the target's alias.
 *
 * <p>A related row <em>matches</em> a condition when the condition is true for it; unknown ({@code NULL}) is not a
 * match. {@code every} is written as "no related row that does not match", with "does not match" as
 * {@code CASE WHEN condition THEN 1 ELSE 0 END = 0}, so that a row whose condition is unknown counts as not matching on
 * every dialect ({@code IS NOT TRUE} is missing on SQL Server and Oracle).
 */
final class RelatedRows {

    /** The prefix of every alias a relation predicate gives the tables it reads. */
    static final String ALIAS_PREFIX = "ormdantic_rel_";

    private static final Expr ONE = new Expr.Literal(1);
    private static final Expr ZERO = new Expr.Literal(0);

    private RelatedRows() {}

    /** The condition of a filter, or {@code null} for one that matches every row. */
    static @Nullable Expr condition(Filter<?> filter) {
        Objects.requireNonNull(filter, "filter");
        return filter.isEmpty() ? null : QueryTrees.where(filter);
    }

    /** {@code CASE WHEN condition THEN 1 ELSE 0 END = 0}: the condition is false or unknown. */
    static Expr notTrue(Expr condition) {
        return new Expr.Compare(new Expr.Case(List.of(new Expr.When(condition, ONE)), ZERO), Expr.CompareOp.EQ, ZERO);
    }

    /** {@code [NOT] EXISTS} the related rows of a collection matching the condition. */
    static <P extends Record> Filter<P> exists(ToMany<P, ?> relation, @Nullable Expr condition, boolean negated) {
        return QueryTrees.filter(new Expr.Exists(collection(relation, condition, ONE), negated));
    }

    /** {@code (SELECT COUNT(*) ...)} of the related rows of a collection matching the condition. */
    static Expr count(ToMany<?, ?> relation, @Nullable Expr condition) {
        return new Expr.Subquery(
                collection(relation, condition, new Expr.AggregateCall(Expr.Aggregate.COUNT, null, false)));
    }

    /** {@code EXISTS} the referenced row, matching the condition. */
    static <P extends Record> Filter<P> exists(ToOne<P, ?> relation, @Nullable Expr condition) {
        int level = level(condition);
        String alias = alias(relation.name(), "", level);
        Expr key = new Expr.Compare(
                new Expr.Column(relation.targetColumn(), alias),
                Expr.CompareOp.EQ,
                new Expr.Correlated(relation.column()));
        return QueryTrees.filter(new Expr.Exists(select(relation.target(), alias, ONE, key, condition), false));
    }

    /**
     * The related rows of a collection: the target rows whose back reference holds the outer row's key, or, through
     * an association table, the association rows that reference the outer row and whose target row exists and
     * matches.
     */
    private static Select collection(ToMany<?, ?> relation, @Nullable Expr condition, Expr projection) {
        int level = level(condition);
        String alias = alias(relation.name(), "", level);
        ToOne<?, ?> back = relation.back();
        ToOne<?, ?> forward = relation.forward();
        Expr.Correlated outerKey = new Expr.Correlated(back.targetColumn());
        if (forward == null) {
            Expr key = new Expr.Compare(new Expr.Column(back.column(), alias), Expr.CompareOp.EQ, outerKey);
            return select(relation.target(), alias, projection, key, condition);
        }
        String link = alias(relation.name(), "_link", level);
        Expr targetKey = new Expr.Compare(
                new Expr.Column(forward.targetColumn(), alias),
                Expr.CompareOp.EQ,
                new Expr.Correlated(forward.column()));
        Expr target = new Expr.Exists(select(relation.target(), alias, ONE, targetKey, condition), false);
        Expr linkKey = new Expr.Compare(new Expr.Column(back.column(), link), Expr.CompareOp.EQ, outerKey);
        return select(back.source(), link, projection, linkKey, target);
    }

    /** {@code SELECT projection FROM table AS alias WHERE key [AND condition]}, the condition on the alias. */
    private static Select select(
            TableRef<?, ?> table, String alias, Expr projection, Expr key, @Nullable Expr condition) {
        List<Expr> terms = new ArrayList<>(2);
        terms.add(key);
        if (condition != null) {
            terms.add(Correlation.qualify(condition, alias));
        }
        Expr where = terms.size() == 1 ? key : new Expr.And(terms);
        return new Select(
                List.of(),
                false,
                List.of(new Projection(projection, null)),
                table.name(),
                alias,
                where,
                List.of(),
                null,
                List.of(),
                0,
                0,
                table.schema());
    }

    /** One more than the depth of the subqueries in the condition. */
    private static int level(@Nullable Expr condition) {
        return condition == null ? 1 : 1 + Correlation.depth(condition);
    }

    private static String alias(String name, String suffix, int level) {
        return ALIAS_PREFIX + name + suffix + (level == 1 ? "" : "_" + level);
    }
}
