package dev.ormdantic;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.RelationException;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.relation.Load;
import dev.ormdantic.relation.Path;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.relation.Strategy;
import dev.ormdantic.support.GeneratedTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Loaders named by strings, for paths that arrive at run time (a query parameter, a configuration file): {@code
 * Loaders.load(AuthorTable.TABLE, "posts.comments", "selectin")}. Each name is checked against the generated
 * relationships, with the seed's messages: the relationships available at the failing step are listed. Code that
 * knows its paths at compile time uses the generated constants instead ({@code AuthorTable.POSTS.then(...)}).
 *
 * @since 0.1.0
 */
public final class Loaders {

    private Loaders() {}

    /**
     * The path named by dotted relationship names ({@code posts.comments}; {@code /} separates too).
     *
     * @param table the table the path starts from
     * @param path the dotted names
     * @param <P> the record type
     * @return the path
     * @throws RelationException {@code ORM2603} for an empty path or a name that is not a relationship
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // each step is checked to start where the one before ends
    public static <P extends Record> Path<P, ?> path(TableRef<P, ?> table, String path) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(path, "path");
        String[] names = path.strip().split("[./]", -1);
        if (path.isBlank()) {
            throw invalid(table, "loader path must not be empty");
        }
        TableRef<?, ?> current = table;
        Path result = null;
        for (String name : names) {
            Relationship<?, ?> step = find(current, name, path);
            result = result == null ? firstPath(step) : result.then((Relationship) step);
            current = step.target();
        }
        return (Path<P, ?>) Objects.requireNonNull(result);
    }

    /**
     * The load of a path with a strategy named {@code joined}, {@code selectin}, {@code lazy} or {@code noload} (any
     * case; {@code select_in} and {@code none} too).
     *
     * @param table the table the path starts from
     * @param path the dotted names
     * @param strategy the strategy's name
     * @param <P> the record type
     * @return the load
     * @throws RelationException {@code ORM2603} for an unknown path or strategy
     */
    public static <P extends Record> Load<P, ?> load(TableRef<P, ?> table, String path, String strategy) {
        Path<P, ?> steps = path(table, path);
        return switch (strategy(table, strategy)) {
            case JOINED -> steps.joined();
            case SELECT_IN -> steps.selectIn();
            case LAZY -> steps.lazy();
            case NONE -> steps.none();
        };
    }

    private static Strategy strategy(TableRef<?, ?> table, String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "joined", "join" -> Strategy.JOINED;
            case "selectin", "select_in", "select-in" -> Strategy.SELECT_IN;
            case "lazy" -> Strategy.LAZY;
            case "noload", "none" -> Strategy.NONE;
            default ->
                throw invalid(
                        table,
                        "unknown loader strategy '" + name + "'; available strategies: joined, selectin, lazy,"
                                + " noload");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Path firstPath(Relationship step) {
        return step.selectIn().path();
    }

    private static Relationship<?, ?> find(TableRef<?, ?> table, String name, String path) {
        List<String> available = new ArrayList<>();
        if (table instanceof GeneratedTable<?, ?> generated) {
            for (Relationship<?, ?> relationship : generated.relationships()) {
                if (relationship.name().equals(name)) {
                    return relationship;
                }
                available.add(relationship.name());
            }
        }
        Collections.sort(available);
        throw invalid(
                table,
                "invalid loader path '" + path + "': '" + table.recordType().getSimpleName() + "." + name
                        + "' is not a relationship; available relationships: "
                        + (available.isEmpty() ? "none" : String.join(", ", available)));
    }

    private static RelationException invalid(TableRef<?, ?> table, String problem) {
        return new RelationException(
                ErrorCode.LOADER_INVALID, new ErrorContext("loading", table.name(), null), problem, null, null);
    }
}
