package dev.ormdantic.benchmarks.contenders;

import dev.ormdantic.benchmarks.Backend;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Waits, outside every timed section, until a read replica has replayed everything its primary holds now: the harness
 * seeds the tables through the primary, and a replica that has not replayed the seed yet would read other rows (or no
 * table). Reads the primary's position, then waits on the replica for it, for at most {@link #MAX_WAIT_SECONDS}:
 * PostgreSQL {@code pg_current_wal_lsn()} against the standby's {@code pg_last_wal_replay_lsn()}, polled; MariaDB
 * {@code @@gtid_binlog_pos} then {@code MASTER_GTID_WAIT(position, timeout)} on the replica. Holds one plain
 * connection to each server, not pooled: none of the contenders' pools is used.
 */
final class ReplicaCatchUp implements AutoCloseable {

    /** The longest wait for one position. */
    static final int MAX_WAIT_SECONDS = 30;

    private static final long POLL_MILLIS = 10;

    private final Backend backend;
    private final Connection primary;
    private final Connection replica;

    /**
     * Connects to both servers.
     *
     * @param backend PostgreSQL or MariaDB
     * @param primaryJdbcUrl the primary's JDBC URL
     * @param replicaJdbcUrl the replica's JDBC URL
     * @throws SQLException when either server cannot be reached
     */
    ReplicaCatchUp(Backend backend, String primaryJdbcUrl, String replicaJdbcUrl) throws SQLException {
        if (backend == Backend.SQLITE) {
            throw new IllegalArgumentException("SQLite has no replicas");
        }
        this.backend = backend;
        this.primary = DriverManager.getConnection(primaryJdbcUrl);
        try {
            this.replica = DriverManager.getConnection(replicaJdbcUrl);
        } catch (SQLException e) {
            primary.close();
            throw e;
        }
    }

    /**
     * Returns once the replica has replayed the primary's current position.
     *
     * @throws IllegalStateException when it has not within {@link #MAX_WAIT_SECONDS}, or a position cannot be read
     */
    void await() {
        try {
            if (backend == Backend.POSTGRES) {
                awaitPostgres();
            } else {
                awaitMariadb();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the replication positions: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the replica", e);
        }
    }

    private void awaitPostgres() throws SQLException, InterruptedException {
        String position = single(primary, "SELECT pg_current_wal_lsn()::text");
        long deadline = System.nanoTime() + MAX_WAIT_SECONDS * 1_000_000_000L;
        try (PreparedStatement ps = replica.prepareStatement(
                "SELECT pg_is_in_recovery(), COALESCE(pg_last_wal_replay_lsn() >= ?::pg_lsn, false)")) {
            ps.setString(1, position);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        throw new IllegalStateException("the PostgreSQL replica is not in recovery: not a standby");
                    }
                    if (rs.getBoolean(2)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "the PostgreSQL standby did not replay " + position + " within " + MAX_WAIT_SECONDS + " s");
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    private void awaitMariadb() throws SQLException {
        String position = single(primary, "SELECT @@GLOBAL.gtid_binlog_pos");
        try (PreparedStatement ps = replica.prepareStatement("SELECT MASTER_GTID_WAIT(?, ?)")) {
            ps.setString(1, position);
            ps.setInt(2, MAX_WAIT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 0) {
                    throw new IllegalStateException("the MariaDB replica did not reach GTID position " + position
                            + " within " + MAX_WAIT_SECONDS + " s");
                }
            }
        }
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            String value = rs.getString(1);
            return value == null ? "" : value;
        }
    }

    @Override
    public void close() {
        for (Connection c : new Connection[] {replica, primary}) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing: nothing left to do with it
            }
        }
    }
}
