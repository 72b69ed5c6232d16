package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.support.GeneratedTable;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The migrations module's way into an open {@code Ormdantic} (exported to it alone): read a live schema on the
 * database's own pool and workers, so the read is bounded by the same connection and query timeouts as every other
 * call, and see the managed tables' models. The facade grants the way from itself to its engine once, when its class
 * loads; the database is passed as an {@code Object} so that nothing internal depends on the facade.
 */
public final class Reflection {

    private static volatile Function<Object, CatalogAccess> access = db -> {
        throw new IllegalStateException("Ormdantic has not granted access to its engine");
    };

    private Reflection() {}

    /**
     * Sets the way from an open {@code Ormdantic} to its engine; called by the facade alone.
     *
     * @param engines the function from a facade to its engine
     */
    public static void grant(Function<Object, CatalogAccess> engines) {
        access = Objects.requireNonNull(engines, "engines");
    }

    /**
     * Reads a schema asynchronously on the database's workers, with a pooled connection.
     *
     * @param db the database, an open {@code Ormdantic}
     * @param schema the schema, or the empty string for the connection's own
     * @return the schema as it is now
     */
    public static CompletableFuture<LiveSchema> read(Object db, String schema) {
        return access.apply(db).readSchema(schema);
    }

    /**
     * The dialect of a database.
     *
     * @param db the database, an open {@code Ormdantic}
     * @return the dialect
     */
    public static Dialect dialect(Object db) {
        return access.apply(db).dialect();
    }

    /**
     * The models of the managed tables, in registration order.
     *
     * @param db the database, an open {@code Ormdantic}
     * @return the table specs
     */
    public static List<TableSpec> models(Object db) {
        return access.apply(db).tables().stream().map(GeneratedTable::spec).toList();
    }
}
