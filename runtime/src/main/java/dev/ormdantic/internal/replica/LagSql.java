package dev.ormdantic.internal.replica;

import dev.ormdantic.dialect.DialectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How a replica tells how far behind its primary it is, for {@code maxReplicaLag}: the query run on the replica and how
 * its answer reads. A lag is {@code null} when the replica cannot tell (its replication is not running): such a replica
 * is treated as too far behind.
 */
public enum LagSql {

    /**
     * PostgreSQL: on a standby, nothing when it has replayed all it received, else the age of the last transaction it
     * replayed (its commit time on the primary); a server that is not in recovery is no one's standby and lags by
     * nothing. After a long idle spell the first transaction a standby receives shows the idle time as lag until it is
     * replayed: the limit then errs on the side of the primary.
     */
    POSTGRESQL("SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0"
            + " WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0"
            + " ELSE CAST(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000 AS bigint)"
            + " END") {
        @Override
        public @Nullable Duration read(ResultSet rows) throws SQLException {
            if (!rows.next()) {
                throw new SQLException("the server returned no replication lag");
            }
            long millis = rows.getLong(1);
            return rows.wasNull() ? null : Duration.ofMillis(Math.max(0, millis));
        }
    },

    /**
     * MariaDB: the largest lag of its replication connections, in whole seconds: {@code Seconds_Behind_Master}, or,
     * while a {@code MASTER_DELAY} holds back an event (when MariaDB reports 0 behind), that event's age rounded up,
     * {@code SQL_Delay - SQL_Remaining_Delay + 1}. A server with no replication connection is no one's replica and lags
     * by nothing; one whose replication is stopped cannot tell. It needs the {@code SLAVE MONITOR} privilege (or
     * {@code REPLICATION CLIENT} before MariaDB 10.5.9).
     */
    MARIADB("SHOW ALL SLAVES STATUS") {
        @Override
        public @Nullable Duration read(ResultSet rows) throws SQLException {
            long lag = 0;
            while (rows.next()) {
                long behind = rows.getLong("Seconds_Behind_Master");
                if (rows.wasNull()) {
                    return null;
                }
                long remaining = rows.getLong("SQL_Remaining_Delay");
                if (!rows.wasNull()) {
                    behind = Math.max(behind, rows.getLong("SQL_Delay") - remaining + 1);
                }
                lag = Math.max(lag, behind);
            }
            return Duration.ofSeconds(lag);
        }
    };

    private final String sql;

    LagSql(String sql) {
        this.sql = sql;
    }

    /**
     * The query, run on the replica.
     *
     * @return the SQL text
     */
    public String sql() {
        return sql;
    }

    /**
     * Reads the lag from the query's result.
     *
     * @param rows the result, before its first row
     * @return how far behind the replica is; {@code null} when it cannot tell
     * @throws SQLException from the driver
     */
    public abstract @Nullable Duration read(ResultSet rows) throws SQLException;

    /**
     * The lag query of a dialect, or {@code null} where Ormdantic cannot read one.
     *
     * @param dialect the dialect
     * @return the query, or {@code null}
     */
    public static @Nullable LagSql of(DialectId dialect) {
        return switch (dialect) {
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB -> MARIADB;
            default -> null;
        };
    }
}
