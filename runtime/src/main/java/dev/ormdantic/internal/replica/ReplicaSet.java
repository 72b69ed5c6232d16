package dev.ormdantic.internal.replica;

import dev.ormdantic.ReadConsistency;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The read replicas of an open database and the state that routes reads among them: the next one in turn, the newest
 * position this database's writes reached on the primary, and whether that position is known.
 */
public final class ReplicaSet implements AutoCloseable {

    private final List<Replica> replicas;
    private final ReadConsistency consistency;
    private final long healthIntervalNanos;
    private final @Nullable PositionSql positions;
    /** How far behind a replica may be to serve reads; {@code null} for no limit. */
    private final @Nullable Duration maxLag;
    /** How a replica tells its lag; set when {@link #maxLag} is. */
    private final @Nullable LagSql lagSql;
    /** Whether writes record the primary's position: read-your-writes. */
    private final boolean tracksWrites;

    private final AtomicInteger next = new AtomicInteger();
    /** The newest position a committed write of this database reached on the primary; {@code null} before any. */
    private final AtomicReference<@Nullable Position> written = new AtomicReference<>();
    /**
     * {@link System#nanoTime()} until which every read goes to the primary, because a write's position could not be
     * read (its connection failed, or it joined an application's transaction that commits later).
     */
    private volatile long primaryOnlyUntil;

    private volatile boolean primaryOnly;

    /**
     * The replicas of a database.
     *
     * @param replicas the replicas, in the order configured
     * @param consistency what a read on a replica may miss
     * @param healthInterval how long a failed replica is left out
     * @param positions how the database tells positions; {@code null} where it cannot (then only with
     *     {@link ReadConsistency#EVENTUAL}, and without causal reads)
     * @param maxLag how far behind a replica may be to serve reads, measured at most once per health interval;
     *     {@code null} for no limit
     * @param lagSql how a replica tells its lag; required with a limit
     */
    public ReplicaSet(
            List<Replica> replicas,
            ReadConsistency consistency,
            Duration healthInterval,
            @Nullable PositionSql positions,
            @Nullable Duration maxLag,
            @Nullable LagSql lagSql) {
        if (consistency == ReadConsistency.READ_YOUR_WRITES && positions == null) {
            throw new IllegalArgumentException("read-your-writes needs the position queries");
        }
        if (maxLag != null && lagSql == null) {
            throw new IllegalArgumentException("a lag limit needs the lag query");
        }
        this.maxLag = maxLag;
        this.lagSql = maxLag == null ? null : lagSql;
        this.replicas = List.copyOf(replicas);
        this.consistency = consistency;
        this.healthIntervalNanos = healthInterval.toNanos();
        this.positions = positions;
        this.tracksWrites = consistency == ReadConsistency.READ_YOUR_WRITES;
    }

    /**
     * How the database tells positions, whether or not writes are tracked: for reads that must see a position given
     * by the application ({@code after(Causality)}); {@code null} where the database cannot.
     *
     * @return the queries, or {@code null}
     */
    public @Nullable PositionSql positions() {
        return positions;
    }

    /**
     * The newest position this database's committed writes reached on the primary, whatever the consistency of its
     * reads; {@code null} before any (or with eventual consistency, where none is recorded).
     *
     * @return the position, or {@code null}
     */
    public @Nullable Position written() {
        return written.get();
    }

    /**
     * The position queries when writes are tracked (read-your-writes), else {@code null}.
     *
     * @return the queries, or {@code null}
     */
    public @Nullable PositionSql tracking() {
        return tracksWrites ? positions : null;
    }

    /**
     * How far behind a replica may be to serve reads.
     *
     * @return the limit, or {@code null} for none
     */
    public @Nullable Duration maxLag() {
        return maxLag;
    }

    /**
     * How a replica tells its lag, when there is a limit.
     *
     * @return the query, or {@code null} without a limit
     */
    public @Nullable LagSql lagSql() {
        return lagSql;
    }

    /**
     * How long one measurement of a replica's lag holds: the health interval.
     *
     * @return nanoseconds
     */
    public long lagIntervalNanos() {
        return healthIntervalNanos;
    }

    /**
     * The replicas, in the order configured.
     *
     * @return the replicas
     */
    public List<Replica> replicas() {
        return replicas;
    }

    /**
     * The consistency of reads.
     *
     * @return the consistency
     */
    public ReadConsistency consistency() {
        return consistency;
    }

    /**
     * The replica to serve the next read: the next healthy one in turn, or {@code null} when none is, or while every
     * read must go to the primary.
     *
     * @return the replica, or {@code null} for the primary
     */
    public @Nullable Replica choose() {
        long now = System.nanoTime();
        if (primaryOnly) {
            if (now - primaryOnlyUntil < 0) {
                return null;
            }
            primaryOnly = false;
        }
        int size = replicas.size();
        int start = next.getAndIncrement();
        for (int i = 0; i < size; i++) {
            Replica replica = replicas.get(Math.floorMod(start + i, size));
            if (replica.healthy(now)) {
                return replica;
            }
        }
        return null;
    }

    /**
     * The position a read on a replica must see, or {@code null} when any replica position will do (eventual
     * consistency, or no write yet).
     *
     * @return the newest written position, or {@code null}
     */
    public @Nullable Position wanted() {
        return tracksWrites ? written.get() : null;
    }

    /**
     * Records the primary's position after a write committed.
     *
     * @param position the primary's position, read after the commit
     */
    public void wrote(Position position) {
        written.accumulateAndGet(position, (known, seen) -> known == null ? seen : known.union(seen));
    }

    /**
     * Sends every read to the primary for one health interval: a write committed whose position could not be read.
     */
    public void positionUnknown() {
        primaryOnlyUntil = System.nanoTime() + healthIntervalNanos;
        primaryOnly = true;
    }

    /**
     * Leaves a replica out for one health interval after it failed.
     *
     * @param replica the replica
     */
    public void failed(Replica replica) {
        replica.failed(System.nanoTime() + healthIntervalNanos);
    }

    @Override
    public void close() {
        for (Replica replica : replicas) {
            replica.close();
        }
    }
}
