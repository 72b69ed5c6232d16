package dev.ormdantic.internal.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
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

    /** {@link System#nanoTime()} from which the lag is due to be measured again; meaningful once it was measured. */
    private final AtomicLong lagDueAt = new AtomicLong();
    /** Whether a measurement was claimed at least once: before, the first read to come claims it. */
    private volatile boolean lagClaimed;
    /** The last lag measured; {@code null} before any, or when the replica could not tell. */
    private volatile @Nullable Duration lag;
    /** Whether the last lag measured was within the limit; {@code null} before any measurement. */
    private volatile @Nullable Boolean withinLag;

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
        if (down) {
            if (now - downUntil < 0) {
                return false;
            }
            down = false;
        }
        // A replica found too far behind waits for its next measurement, which the first read after it is due makes.
        return !lagClaimed || withinLag() || now - lagDueAt.get() >= 0;
    }

    /**
     * Claims the measurement of the replica's lag when one is due: the first time, and then once per interval. Only
     * one caller gets {@code true} for each due measurement.
     *
     * @param now {@link System#nanoTime()}
     * @param intervalNanos how long a measurement holds
     * @return {@code true} when the caller is to measure the lag now
     */
    public boolean claimLagCheck(long now, long intervalNanos) {
        long due = lagDueAt.get();
        if (lagClaimed && now - due < 0) {
            return false;
        }
        if (!lagDueAt.compareAndSet(due, now + intervalNanos)) {
            return false;
        }
        lagClaimed = true;
        return true;
    }

    /**
     * Records a measured lag and whether it was within the limit.
     *
     * @param measured how far behind the replica is; {@code null} when it could not tell
     * @param within whether that is within the limit
     * @return the verdict of the measurement before, {@code null} for the first: the caller tells a change
     */
    public @Nullable Boolean lagMeasured(@Nullable Duration measured, boolean within) {
        this.lag = measured;
        Boolean before = withinLag;
        withinLag = within;
        return before;
    }

    /**
     * The verdict of the last lag measured: {@code false} before any measurement, so that a read that did not measure
     * goes elsewhere rather than read from a replica of unknown lag.
     *
     * @return whether the replica was within the lag limit when last measured
     */
    public boolean withinLag() {
        return Boolean.TRUE.equals(withinLag);
    }

    /**
     * The last lag measured.
     *
     * @return the lag; {@code null} before any measurement, or when the replica could not tell
     */
    public @Nullable Duration lag() {
        return lag;
    }

    /**
     * Whether the replica is left out after its connection failed.
     *
     * @param now {@link System#nanoTime()}
     * @return {@code true} while it is left out
     */
    public boolean down(long now) {
        return down && now - downUntil < 0;
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
