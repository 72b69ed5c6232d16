package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.it.model.FlavorTable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * A test's database reached through a {@link LoopbackProxy}, with short timeouts so that every fault ends within a
 * few seconds: {@code connectionTimeout} and {@code queryTimeout} of one second.
 */
final class FaultyLink implements AutoCloseable {

    /** The connection and query timeout of the database behind the proxy. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** How far a measured wait may stray from its bound: the issue's ± 1 s, for a loaded test machine. */
    static final Duration SLACK = Duration.ofSeconds(1);

    final LoopbackProxy proxy;
    final Ormdantic db;

    private FaultyLink(LoopbackProxy proxy, Ormdantic db) {
        this.proxy = proxy;
        this.db = db;
    }

    /** Opens the test's database (its tables created directly) and a second one through a fresh proxy. */
    static FaultyLink open(TestDatabase database) throws IOException {
        Assumptions.assumeTrue(database.backend() != Backend.SQLITE, "SQLite is embedded: there is no network to fail");
        database.db(); // creates the tables directly
        LoopbackProxy proxy = proxy(database);
        try {
            return new FaultyLink(proxy, builder(database, proxy).open());
        } catch (RuntimeException e) {
            proxy.close();
            throw e;
        }
    }

    /** A proxy in front of the test's server. */
    static LoopbackProxy proxy(TestDatabase database) throws IOException {
        URI server = database.backend().serverUri();
        return new LoopbackProxy(server.getHost(), server.getPort());
    }

    /** A builder for the database behind the proxy, with the short timeouts. */
    static Ormdantic.Builder builder(TestDatabase database, LoopbackProxy proxy) {
        return Ormdantic.builder(database.url(proxy.port()))
                .tables(FlavorTable.TABLE)
                .connectionTimeout(TIMEOUT)
                .queryTimeout(TIMEOUT);
    }

    /**
     * Runs a call that must fail, and checks that it returned within {@code bound} ± {@link #SLACK}.
     *
     * @return what it threw
     */
    static RuntimeException failsWithin(Duration bound, Supplier<?> call) {
        long start = System.nanoTime();
        RuntimeException failure = null;
        try {
            Object unused = call.get();
        } catch (RuntimeException e) {
            failure = e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(failure != null, "the call succeeded after " + took);
        assertTrue(
                took.compareTo(bound.plus(SLACK)) <= 0 && took.compareTo(bound.minus(SLACK)) >= 0,
                "the call took " + took.toMillis() + " ms, bound " + bound.toMillis() + " ms ± " + SLACK.toMillis()
                        + ": " + failure.getMessage());
        return failure;
    }

    @Override
    public void close() throws IOException {
        try {
            db.close();
        } finally {
            proxy.close();
        }
    }
}
