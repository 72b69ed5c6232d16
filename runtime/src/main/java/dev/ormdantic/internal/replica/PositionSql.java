package dev.ormdantic.internal.replica;

import dev.ormdantic.dialect.DialectId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a database tells its replication position: the query run on the primary after a write commits, the query run
 * on a replica before it serves a read, and how their text is parsed.
 *
 * @param primary the query of the primary's position, one row and column
 * @param replica the query of a replica's replayed position, one row and column
 * @param parser parses the text either query returns
 */
public record PositionSql(String primary, String replica, Function<String, Position> parser) {

    /** PostgreSQL: the WAL position; a server that is not in recovery answers with its own current position. */
    public static final PositionSql POSTGRESQL = new PositionSql(
            "SELECT pg_current_wal_lsn()::text",
            "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()::text"
                    + " ELSE pg_current_wal_lsn()::text END",
            Position.Lsn::parse);

    /**
     * MariaDB: the GTID position of the binary log on the primary, and on a replica its current position (what its
     * replication applied, merged with what it wrote itself).
     */
    public static final PositionSql MARIADB = new PositionSql(
            "SELECT @@GLOBAL.gtid_binlog_pos", "SELECT @@GLOBAL.gtid_current_pos", Position.Gtids::parse);

    /**
     * The position queries of a dialect, or {@code null} where Ormdantic cannot read one (read-your-writes is then
     * refused, and eventual consistency is the choice).
     *
     * @param dialect the dialect
     * @return the queries, or {@code null}
     */
    public static @Nullable PositionSql of(DialectId dialect) {
        return switch (dialect) {
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB -> MARIADB;
            default -> null;
        };
    }

    /**
     * Reads the position a query returned.
     *
     * @param rows the query's result, before its first row
     * @return the position
     * @throws SQLException from the driver, or when the query returned no position
     */
    public Position read(ResultSet rows) throws SQLException {
        String text = rows.next() ? rows.getString(1) : null;
        if (text == null) {
            throw new SQLException("the server returned no replication position");
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new SQLException("the server returned an unreadable replication position: " + text, e);
        }
    }
}
