package dev.ormdantic.internal.exec;

import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.SqlErrorKind;
import dev.ormdantic.internal.replica.LagSql;
import dev.ormdantic.internal.replica.Position;
import dev.ormdantic.internal.replica.PositionSql;
import dev.ormdantic.internal.replica.Replica;
import dev.ormdantic.internal.replica.ReplicaSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Reads of rows outside a transaction, routed to a replica: the next healthy one in turn, if it is known (or found)
 * to have replayed this database's newest write; otherwise, or when the replica fails, the primary. A read that fails
 * on a replica with an error from the database runs again on the primary, so that no read is lost to a replica; a
 * replica that lost its connection is left out for a health interval.
 */
final class ReplicaReads {

    private static final System.Logger LOG = System.getLogger("dev.ormdantic");

    private ReplicaReads() {}

    /**
     * Runs a read on a replica when one may serve it, else on the primary.
     *
     * @param db the database
     * @param set its replicas
     * @param call the read
     * @param work the read's work
     * @param carried a point the application carried that the read must see too, or {@code null}
     * @param <R> its result
     * @return the result
     */
    static <R> R read(Database db, ReplicaSet set, Call call, Database.SqlWork<R> work, @Nullable Position carried) {
        Replica replica = set.choose();
        if (replica == null) {
            return db.onPrimary(call, work);
        }
        Connection connection;
        try {
            connection = replica.connection();
        } catch (SQLException | RuntimeException e) {
            unreachable(db, set, replica, call, e);
            return db.onPrimary(call, work);
        }
        try (connection) {
            if (withinLag(db, set, replica, connection, call)
                    && db.runTranslated(call, connection, c -> caughtUp(db, set, replica, c, call, carried))) {
                R result = db.runTranslated(call, connection, work);
                replica.served();
                return result;
            }
        } catch (OrmdanticException e) {
            if (!(e.getCause() instanceof SQLException sql)) {
                throw e; // not the replica's doing (a row the record refuses): the primary would say the same
            }
            failed(db, set, replica, call, sql);
        } catch (SQLException e) {
            // Only closing the connection can throw here; the pool discards a connection that fails to close.
            LOG.log(System.Logger.Level.DEBUG, () -> "closing a connection of " + replica.name() + " failed", e);
        }
        return db.onPrimary(call, work);
    }

    /**
     * A replica's connection for a stream of rows, or {@code null} when the primary must serve it: no replica may,
     * or the one chosen failed. A stream that fails after it started is not moved: its rows were already handed out.
     *
     * @param db the database
     * @param set its replicas
     * @param call the stream
     * @param carried a point the application carried that the stream must see too, or {@code null}
     * @return the replica's connection, which the stream closes, or {@code null}
     */
    static @Nullable Connection streamConnection(Database db, ReplicaSet set, Call call, @Nullable Position carried) {
        Replica replica = set.choose();
        if (replica == null) {
            return null;
        }
        Connection connection;
        try {
            connection = replica.connection();
        } catch (SQLException | RuntimeException e) {
            unreachable(db, set, replica, call, e);
            return null;
        }
        try {
            if (withinLag(db, set, replica, connection, call)
                    && db.runTranslated(call, connection, c -> caughtUp(db, set, replica, c, call, carried))) {
                replica.served();
                return connection;
            }
        } catch (OrmdanticException e) {
            if (e.getCause() instanceof SQLException sql) {
                failed(db, set, replica, call, sql);
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "closing a connection of " + replica.name() + " failed", e);
        }
        return null;
    }

    /**
     * Whether the replica is within the lag limit: always without one; else the verdict of its last measurement, made
     * again on this connection when one is due (at most once per health interval). A replica that cannot tell its lag
     * (its replication stopped, or the query is refused) counts as too far behind.
     *
     * @throws OrmdanticException when the connection failed while measuring: the caller leaves the replica out
     */
    private static boolean withinLag(Database db, ReplicaSet set, Replica replica, Connection connection, Call call) {
        Duration max = set.maxLag();
        LagSql sql = set.lagSql();
        if (max == null || sql == null) {
            return true;
        }
        if (!replica.claimLagCheck(System.nanoTime(), set.lagIntervalNanos())) {
            return replica.withinLag();
        }
        Duration lag;
        try {
            lag = db.runTranslated(call, connection, c -> db.replicaLag(sql, c, call))
                    .orElse(null);
        } catch (OrmdanticException e) {
            if (e.getCause() instanceof SQLException cause && db.errors().classify(cause) != SqlErrorKind.CONNECTION) {
                if (!Boolean.FALSE.equals(replica.lagMeasured(null, false))) {
                    String redacted = db.redactor().cause(cause).getMessage();
                    LOG.log(
                            System.Logger.Level.WARNING,
                            () -> "the replica " + replica.name() + " could not tell its replication lag (" + redacted
                                    + "); it serves no read until it can: grant the privilege the lag query needs"
                                    + " (docs/replicas.md, \"Lag limit\") or leave out maxReplicaLag");
                }
                return false;
            }
            throw e;
        }
        boolean within = lag != null && lag.compareTo(max) <= 0;
        Boolean before = replica.lagMeasured(lag, within);
        if (!within && !Boolean.FALSE.equals(before)) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    () -> "the replica " + replica.name() + " is "
                            + (lag == null ? "not replicating (it cannot tell its lag)" : lag + " behind")
                            + ", more than maxReplicaLag " + max
                            + "; its reads go elsewhere until a measurement finds it within the limit");
        } else if (within && Boolean.FALSE.equals(before)) {
            LOG.log(
                    System.Logger.Level.INFO,
                    () -> "the replica " + replica.name() + " is back within maxReplicaLag " + max + " (" + lag
                            + " behind); it serves reads again");
        }
        return within;
    }

    /**
     * Whether the replica has replayed the newest write: known from an earlier answer, else asked on its connection.
     */
    private static boolean caughtUp(
            Database db, ReplicaSet set, Replica replica, Connection connection, Call call, @Nullable Position carried)
            throws SQLException {
        Position written = set.wanted();
        Position wanted = written == null ? carried : carried == null ? written : written.union(carried);
        PositionSql sql = set.positions();
        if (wanted == null || sql == null || replica.knownToCover(wanted)) {
            return true;
        }
        Position reached = db.replicaPosition(sql, connection, call);
        replica.reached(reached);
        return reached.covers(wanted);
    }

    private static void unreachable(Database db, ReplicaSet set, Replica replica, Call call, Exception e) {
        set.failed(replica);
        String redacted = db.redactor().cause(e).getMessage();
        LOG.log(
                System.Logger.Level.WARNING,
                () -> call.operation().method() + " on " + call.subject() + ": the replica " + replica.name()
                        + " gave no connection (" + redacted + "); it is left out for a health interval"
                        + " and the read runs on the primary");
    }

    private static void failed(Database db, ReplicaSet set, Replica replica, Call call, SQLException e) {
        if (db.errors().classify(e) == SqlErrorKind.CONNECTION) {
            set.failed(replica);
            LOG.log(
                    System.Logger.Level.WARNING,
                    () -> call.operation().method() + " on " + call.subject() + ": the connection to the replica "
                            + replica.name() + " failed ("
                            + db.redactor().cause(e).getMessage()
                            + "); it is left out for a health interval and the read runs again on the primary");
        } else {
            LOG.log(
                    System.Logger.Level.DEBUG,
                    () -> call.operation().method() + " on " + call.subject() + " failed on the replica "
                            + replica.name() + "; it runs again on the primary",
                    e);
        }
    }
}
