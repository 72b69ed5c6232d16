package dev.ormdantic.internal.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * One read replica: where its connections come from, how far it is known to have replayed, and until when it is left
 * out after a failure.
 */
public final class Replica implements AutoCloseable {

    /** Where a replica's connections come from: Ormdantic's own pool for a URL, or an application's data source. */
    public interface Connections extends AutoCloseable {
        /**
         * Borrows a connection, which the caller closes to give it back.
         *
         * @return an auto-commit connection to the replica
         * @throws SQLException when none can be had
         */
        Connection get() throws SQLException;

        /** Retires the idle connections after one was lost: they share the path that failed. */
        void retireAll();

        /** Closes Ormdantic's own pool; leaves an application's data source open. */
        @Override
        void close();
    }

    private final String name;
    private final Connections connections;
    private final AtomicReference<@Nullable Position> reached = new AtomicReference<>();
    /** {@link System#nanoTime()} until which the replica is left out; meaningful only while {@link #down} is set. */
    private volatile long downUntil;

    private volatile boolean down;
    private final AtomicLong reads = new AtomicLong();

    /**
     * A replica.
     *
     * @param name how messages and logs name it: the redacted URL or the data source's class
     * @param connections where its connections come from
     */
    public Replica(String name, Connections connections) {
        this.name = name;
        this.connections = connections;
    }

    /**
     * How messages name the replica.
     *
     * @return the redacted URL or the data source's description
     */
    public String name() {
        return name;
    }

    /**
     * Borrows one of the replica's connections.
     *
     * @return the connection
     * @throws SQLException when none can be had
     */
    public Connection connection() throws SQLException {
        return connections.get();
    }

    /**
     * Whether the replica is known to have replayed up to a position, without asking it.
     *
     * @param wanted the position a read must see
     * @return {@code true} when a position seen before covers it
     */
    public boolean knownToCover(Position wanted) {
        Position known = reached.get();
        return known != null && known.covers(wanted);
    }

    /**
     * Records a position the replica reported; positions only move forward.
     *
     * @param position the replayed position it reported
     */
    public void reached(Position position) {
        reached.accumulateAndGet(position, (known, seen) -> known == null ? seen : known.union(seen));
    }

    /**
     * Whether the replica may serve reads now.
     *
     * @param now {@link System#nanoTime()}
     * @return {@code false} while it is left out after a failure
     */
    public boolean healthy(long now) {
        if (!down) {
            return true;
        }
        if (now - downUntil >= 0) {
            down = false;
            return true;
        }
        return false;
    }

    /**
     * Leaves the replica out until a time, and retires its idle connections.
     *
     * @param until {@link System#nanoTime()} until which no read goes to it
     */
    public void failed(long until) {
        downUntil = until;
        down = true;
        connections.retireAll();
    }

    /** Counts a read the replica served. */
    public void served() {
        reads.incrementAndGet();
    }

    /**
     * How many reads the replica served.
     *
     * @return the count
     */
    public long reads() {
        return reads.get();
    }

    @Override
    public void close() {
        connections.close();
    }

    @Override
    public String toString() {
        return "Replica[" + name + "]";
    }
}
