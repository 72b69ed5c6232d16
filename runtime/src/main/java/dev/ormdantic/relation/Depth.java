package dev.ormdantic.relation;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.RelationException;
import dev.ormdantic.query.TableRef;
import java.util.Objects;

/**
 * Every relationship up to a number of steps from a table: {@code Depth.of(AuthorTable.TABLE, 2)} loads an author's
 * posts and the posts' comments and author, and so on for every relationship two steps away. Cycle-safe: a path that
 * comes back to a table already on it is loaded, but not followed further (an author's posts' author is loaded,
 * not that author's posts again). A step is loaded joined when it is a to-one, select-in otherwise; a loader of the
 * same call that names a step gives it its own strategy and options (a lazy or none one stops the expansion there).
 *
 * @param <P> the record the loading starts from
 * @since 0.1.0
 */
public final class Depth<P extends Record> implements Loader<P> {

    private final TableRef<P, ?> table;
    private final int levels;

    private Depth(TableRef<P, ?> table, int levels) {
        this.table = table;
        this.levels = levels;
    }

    /**
     * Every relationship up to {@code levels} steps from a table.
     *
     * @param table the table the loading starts from
     * @param levels the number of steps, at least 1
     * @param <P> the record type
     * @return the loader
     */
    public static <P extends Record> Depth<P> of(TableRef<P, ?> table, int levels) {
        Objects.requireNonNull(table, "table");
        if (levels < 1) {
            throw new RelationException(
                    ErrorCode.LOADER_INVALID,
                    ErrorContext.none(),
                    "a loading depth must be at least 1, not " + levels,
                    null,
                    null);
        }
        return new Depth<>(table, levels);
    }

    /**
     * The table the loading starts from.
     *
     * @return the table
     */
    public TableRef<P, ?> table() {
        return table;
    }

    /**
     * The number of steps.
     *
     * @return the depth
     */
    public int levels() {
        return levels;
    }

    @Override
    public String toString() {
        return "depth " + levels + " from " + table.name();
    }
}
