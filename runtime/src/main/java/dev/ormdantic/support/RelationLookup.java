package dev.ormdantic.support;

import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.relation.ToMany;
import dev.ormdantic.relation.ToOne;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The relationships of generated tables, for dynamic filters: {@code {"posts": {"any": {...}}}} on a to-many,
 * {@code {"author": {"has": {...}}}} on a to-one. Installed into {@link QueryTrees} when {@link GeneratedTable} is
 * initialized.
 */
final class RelationLookup implements QueryTrees.Relations {

    /** The operators of a to-many relationship, in the order messages list them. */
    static final List<String> TO_MANY = List.of("any", "none", "every", "every_non_empty");

    /** The operator of a to-one relationship. */
    static final List<String> TO_ONE = List.of("has");

    @Override
    public List<String> names(TableRef<?, ?> table) {
        List<String> names = new ArrayList<>();
        if (table instanceof GeneratedTable<?, ?> generated) {
            for (Relationship<?, ?> relationship : generated.relationships()) {
                names.add(relationship.name());
            }
        }
        return names;
    }

    @Override
    public QueryTrees.@Nullable Related related(TableRef<?, ?> table, String name) {
        if (table instanceof GeneratedTable<?, ?> generated) {
            for (Relationship<?, ?> relationship : generated.relationships()) {
                if (relationship.name().equals(name)) {
                    return related(relationship);
                }
            }
        }
        return null;
    }

    private static QueryTrees.Related related(Relationship<?, ?> relationship) {
        return switch (relationship) {
            case ToMany<?, ?> many -> new QueryTrees.Related(many.target(), TO_MANY, (op, f) -> toMany(many, op, f));
            case ToOne<?, ?> one -> new QueryTrees.Related(one.target(), TO_ONE, (op, f) -> toOne(one, f));
        };
    }

    @SuppressWarnings("unchecked") // the filter was parsed against the relationship's target table
    private static <P extends Record, C extends Record> Filter<?> toMany(
            ToMany<P, C> relationship, String operator, Filter<?> filter) {
        Filter<C> condition = (Filter<C>) filter;
        return switch (operator) {
            case "any" -> relationship.any(condition);
            case "none" -> relationship.none(condition);
            case "every" -> relationship.every(condition);
            case "every_non_empty" -> relationship.everyNonEmpty(condition);
            default -> throw new IllegalArgumentException("not an operator of a to-many relationship: " + operator);
        };
    }

    @SuppressWarnings("unchecked") // the filter was parsed against the relationship's target table
    private static <P extends Record, C extends Record> Filter<?> toOne(ToOne<P, C> relationship, Filter<?> filter) {
        return relationship.has((Filter<C>) filter);
    }
}
