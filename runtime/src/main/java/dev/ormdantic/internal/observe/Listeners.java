package dev.ormdantic.internal.observe;

import dev.ormdantic.event.HydrationEvent;
import dev.ormdantic.event.OrmdanticListener;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The listeners of one database, called in registration order. A before-callback's exception stops the operation
 * and reaches the caller as it is; an after-callback's is logged, and the others still run (see
 * {@link OrmdanticListener}).
 */
public final class Listeners {

    private static final System.Logger LOG = System.getLogger("dev.ormdantic.event");

    private final OrmdanticListener[] listeners;

    private Listeners(List<OrmdanticListener> listeners) {
        this.listeners = listeners.toArray(OrmdanticListener[]::new);
    }

    /**
     * The listeners, or {@code null} when there are none: the one test the hot paths make.
     *
     * @param listeners the listeners, in registration order
     * @return the listeners, or {@code null}
     */
    public static @Nullable Listeners of(List<OrmdanticListener> listeners) {
        return listeners.isEmpty() ? null : new Listeners(listeners);
    }

    /**
     * Calls a before-callback of each listener; the first exception stops the calls and is thrown.
     *
     * @param callback the callback
     */
    public void before(Consumer<OrmdanticListener> callback) {
        for (OrmdanticListener listener : listeners) {
            callback.accept(listener);
        }
    }

    /**
     * Calls a callback of each listener that cannot stop what it hears of: an exception is logged, and the next
     * listener is called.
     *
     * @param callback the callback
     * @param what the callback and its subject, for the log, such as {@code afterInsert on flavor}: never the event
     *     itself, whose records may hold secrets
     */
    public void after(Consumer<OrmdanticListener> callback, String what) {
        for (OrmdanticListener listener : listeners) {
            try {
                callback.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        () -> "the listener " + listener.getClass().getName() + " threw in " + what
                                + "; what it heard of had already happened, and stands",
                        e);
            }
        }
    }

    /**
     * Tells of records built from a query's rows.
     *
     * @param operation the API method
     * @param table the table's name
     * @param recordType the record class
     * @param rows how many records
     */
    public void hydrated(String operation, String table, Class<? extends Record> recordType, long rows) {
        HydrationEvent event = new HydrationEvent(operation, table, recordType, rows);
        after(listener -> listener.afterHydration(event), "afterHydration of " + operation + " on " + table);
    }
}
