package dev.ormdantic.migrations.history;

import dev.ormdantic.dialect.DialectId;
import java.util.List;

/**
 * The SQL the migrator sends, per dialect: the history table {@value #HISTORY_TABLE} and the lease table
 * {@value #LOCK_TABLE} (created when missing, checked through the driver's catalog, so the statements are plain
 * {@code CREATE TABLE}), the reads and writes of history rows, and the session lock of each database. Public so that
 * a reviewer, a DBA granting rights, and the golden tests can read exactly what runs.
 *
 * @since 0.1.0
 */
public final class HistorySql {

    /** The history table. */
    public static final String HISTORY_TABLE = "ormdantic_migrations";

    /** The table of the lease lock ({@link LockStrategy#LEASE}). */
    public static final String LOCK_TABLE = "ormdantic_migration_lock";

    static final String COLUMNS = "revision, description, checksum, applied_at, execution_time_ms, status, dirty,"
            + " steps_completed, steps_total, artifact_version, ormdantic_version, metadata";

    private HistorySql() {}

    /**
     * The {@code CREATE TABLE} of the history table.
     *
     * @param dialect the dialect
     * @return the statement
     */
    public static String createHistoryTable(DialectId dialect) {
        Types t = Types.of(dialect);
        return "CREATE TABLE " + HISTORY_TABLE + " (\n"
                + "  revision " + t.key + " NOT NULL PRIMARY KEY,\n"
                + "  description " + t.text + ",\n"
                + "  checksum " + t.string(64) + " NOT NULL,\n"
                + "  applied_at " + t.string(32) + " NOT NULL,\n"
                + "  execution_time_ms " + t.bigint + " DEFAULT 0 NOT NULL,\n"
                + "  status " + t.string(16) + " DEFAULT 'applied' NOT NULL,\n"
                + "  dirty " + t.integer + " DEFAULT 0 NOT NULL,\n"
                + "  steps_completed " + t.integer + " DEFAULT 0 NOT NULL,\n"
                + "  steps_total " + t.integer + " DEFAULT 0 NOT NULL,\n"
                + "  artifact_version " + t.integer + " DEFAULT 1 NOT NULL,\n"
                + "  ormdantic_version " + t.string(64) + ",\n"
                + "  metadata " + t.text + "\n"
                + ")";
    }

    /**
     * Adds a column an older history table lacks (such as the seed's table, which has no {@code steps_completed} and
     * {@code steps_total}): {@code ALTER TABLE ... ADD COLUMN} ({@code ADD} on SQL Server, {@code ADD (...)} on
     * Oracle). Columns that are {@code NOT NULL} in a new table get their default, so existing rows are filled;
     * {@code checksum} and {@code applied_at} are added nullable and filled by {@link #backfill()}.
     *
     * @param dialect the dialect
     * @param column a column of the history table
     * @return the statement
     * @throws IllegalArgumentException for another column
     */
    public static String addColumn(DialectId dialect, String column) {
        Types t = Types.of(dialect);
        String definition = column + " "
                + switch (column) {
                    case "description", "metadata" -> t.text;
                    case "checksum", "ormdantic_version" -> t.string(64);
                    case "applied_at" -> t.string(32);
                    case "execution_time_ms" -> t.bigint + " DEFAULT 0 NOT NULL";
                    case "status" -> t.string(16) + " DEFAULT 'applied' NOT NULL";
                    case "dirty", "steps_completed", "steps_total" -> t.integer + " DEFAULT 0 NOT NULL";
                    case "artifact_version" -> t.integer + " DEFAULT 1 NOT NULL";
                    default -> throw new IllegalArgumentException("the history table has no column " + column);
                };
        return switch (dialect) {
            case MSSQL -> "ALTER TABLE " + HISTORY_TABLE + " ADD " + definition;
            case ORACLE -> "ALTER TABLE " + HISTORY_TABLE + " ADD (" + definition + ")";
            default -> "ALTER TABLE " + HISTORY_TABLE + " ADD COLUMN " + definition;
        };
    }

    /**
     * Fills the {@code NULL}s an older writer left, after {@link #addColumn} upgraded its table: status
     * {@code applied}, not dirty, no duration, artifact version 1, an empty checksum and the epoch as the time.
     *
     * @return the statements
     */
    public static List<String> backfill() {
        return List.of(
                "UPDATE " + HISTORY_TABLE + " SET status = 'applied' WHERE status IS NULL",
                "UPDATE " + HISTORY_TABLE + " SET dirty = 0 WHERE dirty IS NULL",
                "UPDATE " + HISTORY_TABLE + " SET execution_time_ms = 0 WHERE execution_time_ms IS NULL",
                "UPDATE " + HISTORY_TABLE + " SET artifact_version = 1 WHERE artifact_version IS NULL",
                "UPDATE " + HISTORY_TABLE + " SET checksum = '' WHERE checksum IS NULL",
                "UPDATE " + HISTORY_TABLE + " SET applied_at = '1970-01-01T00:00:00.000Z' WHERE applied_at IS NULL");
    }

    /** The columns of the history table, in the order of {@link #COLUMNS}. */
    static List<String> columnNames() {
        return List.of(COLUMNS.split(",\\s*"));
    }

    /**
     * The {@code CREATE TABLE} of the lease table.
     *
     * @param dialect the dialect
     * @return the statement
     */
    public static String createLockTable(DialectId dialect) {
        Types t = Types.of(dialect);
        return "CREATE TABLE " + LOCK_TABLE + " (\n"
                + "  lock_name " + t.key + " NOT NULL PRIMARY KEY,\n"
                + "  owner " + t.key + " NOT NULL,\n"
                + "  acquired_at " + t.bigint + " NOT NULL,\n"
                + "  expires_at " + t.bigint + " NOT NULL\n"
                + ")";
    }

    /**
     * Reads every history row.
     *
     * @return the query
     */
    public static String selectHistory() {
        return "SELECT " + COLUMNS + " FROM " + HISTORY_TABLE;
    }

    /**
     * Writes a history row (after {@link #deleteRow()}: rows are replaced whole, the same on every dialect).
     *
     * @return the statement, twelve parameters in the order of the columns
     */
    public static String insertRow() {
        return "INSERT INTO " + HISTORY_TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /**
     * Deletes a history row.
     *
     * @return the statement, the revision its parameter
     */
    public static String deleteRow() {
        return "DELETE FROM " + HISTORY_TABLE + " WHERE revision = ?";
    }

    /**
     * Records how many statements of a running migration completed.
     *
     * @return the statement: steps completed, metadata, revision
     */
    public static String updateProgress() {
        return "UPDATE " + HISTORY_TABLE + " SET steps_completed = ?, metadata = ? WHERE revision = ?";
    }

    /**
     * Takes the session lock without waiting; returns one row, one column, whose value says whether it was taken.
     * SQLite has none: its migration runs in a {@code BEGIN EXCLUSIVE} transaction.
     *
     * @param dialect the dialect
     * @return the statement: PostgreSQL {@code pg_try_advisory_lock} of a 64-bit key; MySQL and MariaDB
     *     {@code GET_LOCK} with a timeout of 0; SQL Server {@code sp_getapplock} (a call: return value, resource,
     *     timeout in milliseconds); Oracle {@code DBMS_LOCK.REQUEST} (a call: lock name, result, timeout in seconds)
     */
    public static String tryLock(DialectId dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "SELECT pg_try_advisory_lock(?)";
            case MYSQL, MARIADB -> "SELECT GET_LOCK(?, 0)";
            case MSSQL -> lock(dialect);
            case ORACLE -> lock(dialect);
            case SQLITE -> "BEGIN EXCLUSIVE";
        };
    }

    /**
     * Takes the session lock, waiting on the server up to a timeout.
     *
     * @param dialect the dialect
     * @return the statement: PostgreSQL {@code pg_advisory_lock} (after {@code SET lock_timeout}); MySQL and MariaDB
     *     {@code GET_LOCK(name, seconds)}, 1 when taken; SQL Server {@code sp_getapplock}, 0 or 1 when taken; Oracle
     *     {@code DBMS_LOCK.REQUEST}, 0 (or 4, already held) when taken
     */
    public static String lock(DialectId dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "SELECT pg_advisory_lock(?)";
            case MYSQL, MARIADB -> "SELECT GET_LOCK(?, ?)";
            case MSSQL -> "{? = call sp_getapplock(?, 'Exclusive', 'Session', ?)}";
            case ORACLE -> """
                    DECLARE
                      lock_handle VARCHAR2(128);
                    BEGIN
                      DBMS_LOCK.ALLOCATE_UNIQUE(?, lock_handle);
                      ? := DBMS_LOCK.REQUEST(lock_handle, DBMS_LOCK.X_MODE, ?, FALSE);
                    END;""";
            case SQLITE -> "BEGIN EXCLUSIVE";
        };
    }

    /**
     * Releases the session lock.
     *
     * @param dialect the dialect
     * @return the statement, the lock's key or name its parameter (Oracle: name, then the result)
     */
    public static String unlock(DialectId dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "SELECT pg_advisory_unlock(?)";
            case MYSQL, MARIADB -> "SELECT RELEASE_LOCK(?)";
            case MSSQL -> "{? = call sp_releaseapplock(?, 'Session')}";
            case ORACLE -> """
                    DECLARE
                      lock_handle VARCHAR2(128);
                    BEGIN
                      DBMS_LOCK.ALLOCATE_UNIQUE(?, lock_handle);
                      ? := DBMS_LOCK.RELEASE(lock_handle);
                    END;""";
            case SQLITE -> "COMMIT";
        };
    }

    /** Lease lock: removes an expired lease (name, now in epoch milliseconds). */
    static final String DELETE_EXPIRED_LEASE = "DELETE FROM " + LOCK_TABLE + " WHERE lock_name = ? AND expires_at < ?";

    /** Lease lock: takes the lease (name, owner, acquired at, expires at); a duplicate key means it is held. */
    static final String INSERT_LEASE =
            "INSERT INTO " + LOCK_TABLE + " (lock_name, owner, acquired_at, expires_at) VALUES (?, ?, ?, ?)";

    /** Lease lock: extends the lease (expires at, name, owner); no row means it was lost. */
    static final String RENEW_LEASE = "UPDATE " + LOCK_TABLE + " SET expires_at = ? WHERE lock_name = ? AND owner = ?";

    /** Lease lock: gives the lease back (name, owner). */
    static final String DELETE_LEASE = "DELETE FROM " + LOCK_TABLE + " WHERE lock_name = ? AND owner = ?";

    /** The column types of one dialect. */
    private record Types(String key, String text, String varchar, String integer, String bigint) {

        static Types of(DialectId dialect) {
            return switch (dialect) {
                case SQLITE -> new Types("TEXT", "TEXT", "TEXT", "INTEGER", "INTEGER");
                case POSTGRESQL -> new Types("VARCHAR(255)", "TEXT", "VARCHAR", "INTEGER", "BIGINT");
                case MYSQL, MARIADB -> new Types("VARCHAR(255)", "TEXT", "VARCHAR", "INTEGER", "BIGINT");
                case MSSQL -> new Types("NVARCHAR(255)", "NVARCHAR(MAX)", "NVARCHAR", "INT", "BIGINT");
                case ORACLE -> new Types("VARCHAR2(255)", "CLOB", "VARCHAR2", "NUMBER(10)", "NUMBER(19)");
            };
        }

        String string(int length) {
            return varchar.equals("TEXT") ? "TEXT" : varchar + "(" + length + ")";
        }
    }
}
