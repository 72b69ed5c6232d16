package dev.ormdantic.internal.connect;

import com.zaxxer.hikari.HikariConfig;
import dev.ormdantic.NPlusOne;
import dev.ormdantic.event.OrmdanticListener;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The builder's options, each already checked against its range.
 *
 * @param poolSize the connection pool size, or {@code null} for the driver profile's default
 * @param sqliteThreads the SQLite executor's threads, or {@code null} for the default
 * @param connectionTimeout how long a call waits for a pooled connection
 * @param busyTimeout how long SQLite waits for another connection's lock
 * @param queryTimeout how long a statement on a database server may run before the database cancels it
 * @param tables the generated table classes to manage, empty for every indexed table
 * @param classLoader where the table index is read from
 * @param streamLeakThreshold how long a stream may stay open before a warning says where it was opened;
 *     {@link Duration#ZERO} turns the warning off
 * @param sqliteJournalMode the SQLite journal mode the builder asked for (upper case), or {@code null} for the URL's
 *     {@code journal_mode} or else WAL
 * @param poolSettings the application's adjustments of the HikariCP settings, run after Ormdantic's (see
 *     {@link PoolSettings})
 * @param listeners the application's event listeners, in registration order
 * @param nPlusOne what to do about the N+1 pattern of lazy loads
 */
public record Options(
        @Nullable Integer poolSize,
        @Nullable Integer sqliteThreads,
        Duration connectionTimeout,
        Duration busyTimeout,
        Duration queryTimeout,
        List<Class<?>> tables,
        ClassLoader classLoader,
        Duration streamLeakThreshold,
        @Nullable String sqliteJournalMode,
        List<Consumer<? super HikariConfig>> poolSettings,
        List<OrmdanticListener> listeners,
        NPlusOne nPlusOne) {

    /** Copies the lists. */
    public Options {
        tables = List.copyOf(tables);
        poolSettings = List.copyOf(poolSettings);
        listeners = List.copyOf(listeners);
    }
}
