package dev.ormdantic;

/**
 * What a read sent to a read replica may miss, set with {@link Ormdantic.Builder#readConsistency(ReadConsistency)};
 * see docs/replicas.md.
 *
 * @since 0.1.0
 */
public enum ReadConsistency {
    /**
     * A read sees every write this database committed before it (the default when replicas are configured). After each
     * committed write the primary's position is recorded (PostgreSQL's WAL position, MariaDB's GTID position); a
     * replica serves a read only when it is known to have replayed up to the newest recorded position, and the read
     * goes to the primary otherwise. The check is by position, not by clock, and a replica known to be far enough
     * costs no extra statement. Supported on PostgreSQL and MariaDB.
     */
    READ_YOUR_WRITES,
    /**
     * A read on a replica sees what the replica has replayed so far, which may be older than what this database just
     * wrote: the replica's lag decides. On every server database.
     */
    EVENTUAL
}
