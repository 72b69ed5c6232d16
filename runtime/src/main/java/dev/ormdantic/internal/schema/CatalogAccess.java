package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.support.GeneratedTable;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What reflection needs of an open database: its dialect, its managed tables, and a read of a live schema on its own
 * workers and pool, bounded by the same connection and query timeouts as every other call. The engine implements it,
 * so this package never depends on the engine's.
 */
public interface CatalogAccess {

    /**
     * The dialect.
     *
     * @return the dialect
     */
    Dialect dialect();

    /**
     * The managed tables, in registration order.
     *
     * @return the tables
     */
    List<GeneratedTable<?, ?>> tables();

    /**
     * Reads a schema asynchronously on the database's workers, with a pooled connection.
     *
     * @param schema the schema, or the empty string for the connection's own
     * @return the schema as it is now
     */
    CompletableFuture<LiveSchema> readSchema(String schema);
}
