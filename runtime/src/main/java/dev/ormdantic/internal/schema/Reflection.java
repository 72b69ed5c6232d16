package dev.ormdantic.internal.schema;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.exec.Database;
import dev.ormdantic.internal.exec.Engines;
import dev.ormdantic.support.GeneratedTable;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The migrations module's way into an open {@link Ormdantic} (exported to it alone): read a live schema on the
 * database's own pool and workers, so the read is bounded by the same connection and query timeouts as every other
 * call, and see the managed tables' models. {@link Engines} holds the way from a facade to its engine.
 */
public final class Reflection {

    private Reflection() {}

    /**
     * Reads a schema asynchronously on the database's workers, with a pooled connection.
     *
     * @param db the database
     * @param schema the schema, or the empty string for the connection's own
     * @return the schema as it is now
     */
    public static CompletableFuture<LiveSchema> read(Ormdantic db, String schema) {
        Database database = Engines.of(db);
        Call call = database.call(Operation.INSPECT);
        return database.submit(
                call,
                () -> database.withConnection(
                        call, connection -> CatalogReader.read(connection, database.dialect(), schema)));
    }

    /**
     * The dialect of a database.
     *
     * @param db the database
     * @return the dialect
     */
    public static Dialect dialect(Ormdantic db) {
        return Engines.of(db).dialect();
    }

    /**
     * The models of the managed tables, in registration order.
     *
     * @param db the database
     * @return the table specs
     */
    public static List<TableSpec> models(Ormdantic db) {
        return Engines.of(db).tables().stream().map(GeneratedTable::spec).toList();
    }
}
