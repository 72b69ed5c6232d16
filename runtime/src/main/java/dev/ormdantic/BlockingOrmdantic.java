package dev.ormdantic;

import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.UnknownTableException;
import dev.ormdantic.internal.exec.Database;
import dev.ormdantic.query.TableRef;
import java.util.Objects;

/**
 * The blocking view of an {@link Ormdantic} database, from {@link Ormdantic#blocking()}: the methods of the database
 * that return futures there wait here and return, or throw the {@link OrmdanticException} itself, never a
 * {@link java.util.concurrent.CompletionException}. It has no lifecycle of its own: close the {@link Ormdantic}.
 *
 * <pre>{@code
 * try (Ormdantic db = Ormdantic.open("sqlite:app.sqlite3")) {
 *     BlockingOrmdantic blocking = db.blocking();
 *     blocking.init();
 *     BlockingTableHandle<Flavor, String> flavors = blocking.table(FlavorTable.TABLE);
 *     flavors.insert(new Flavor("vanilla", "Vanilla", 5));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BlockingOrmdantic {

    private final Ormdantic async;
    private final Database database;

    BlockingOrmdantic(Ormdantic async, Database database) {
        this.async = async;
        this.database = database;
    }

    /**
     * The same database, with methods that return futures.
     *
     * @return the database
     */
    public Ormdantic async() {
        return async;
    }

    /**
     * Creates the tables (and their indexes) that do not exist yet, as {@link Ormdantic#init()} does, and waits.
     *
     * @throws ConfigurationException ({@code ORM2160}) when an existing table differs from its record, before anything
     *     is created
     * @throws ClosedException after {@link Ormdantic#close()}
     */
    public void init() {
        database.init();
    }

    /**
     * Drops the managed tables that exist, as {@link Ormdantic#dropAll()} does, and waits. Meant for tests and tools:
     * the data is gone.
     *
     * @throws ClosedException after {@link Ormdantic#close()}
     */
    public void dropAll() {
        database.dropAll();
    }

    /**
     * Recomputes the rows of a materialized view, as {@link Ormdantic#refresh(TableRef)} does, and waits.
     *
     * @param view the view's generated table, such as {@code ToppingCountTable.TABLE}
     * @param <T> the record type
     * @param <K> the key type
     * @throws InvalidArgumentException ({@code ORM2122}) for a table or a plain view
     * @throws UnknownTableException when this database does not manage the view
     */
    public <T extends Record, K> void refresh(TableRef<T, K> view) {
        database.refresh(Objects.requireNonNull(view, "view"));
    }

    /**
     * The blocking handle of a managed table, the same as {@link Ormdantic#blockingTable(TableRef)}.
     *
     * @param table the generated table, such as {@code FlavorTable.TABLE}
     * @param <T> the record type
     * @param <K> the primary key type
     * @return the handle
     * @throws UnknownTableException when this database does not manage the table
     * @throws ClosedException after {@link Ormdantic#close()}
     */
    public <T extends Record, K> BlockingTableHandle<T, K> table(TableRef<T, K> table) {
        return async.blockingTable(table);
    }

    @Override
    public String toString() {
        return "BlockingOrmdantic[" + database.displayUrl() + "]";
    }
}
