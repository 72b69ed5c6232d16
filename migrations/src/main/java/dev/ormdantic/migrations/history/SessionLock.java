package dev.ormdantic.migrations.history;

import dev.ormdantic.dialect.DialectId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The database's own session lock on the migrator's connection ({@link LockStrategy#SESSION}); the database frees it
 * when the connection dies. Tried once without waiting, then (after a {@link MigrationProgress.Kind#LOCK_WAITING})
 * waited for on the server up to the timeout. SQLite's is a {@code BEGIN EXCLUSIVE} transaction, committed on
 * release, in which the whole call runs.
 */
final class SessionLock implements MigrationLock {

    private final Connection connection;
    private final DialectId dialect;
    private final String name;

    private SessionLock(Connection connection, DialectId dialect, String name) {
        this.connection = connection;
        this.dialect = dialect;
        this.name = name;
    }

    static SessionLock acquire(
            Connection connection,
            DialectId dialect,
            String name,
            Duration timeout,
            Consumer<MigrationProgress.Kind> progress)
            throws SQLException {
        SessionLock lock = new SessionLock(connection, dialect, name);
        if (!lock.take(Duration.ZERO)) {
            progress.accept(MigrationProgress.Kind.LOCK_WAITING);
            if (!lock.take(timeout)) {
                throw MigrationLock.timeout(dialect, what(dialect), name, timeout);
            }
        }
        progress.accept(MigrationProgress.Kind.LOCK_ACQUIRED);
        return lock;
    }

    private static String what(DialectId dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "pg_advisory_lock";
            case MYSQL, MARIADB -> "GET_LOCK";
            case MSSQL -> "sp_getapplock";
            case ORACLE -> "DBMS_LOCK";
            case SQLITE -> "BEGIN EXCLUSIVE";
        };
    }

    /** The 64-bit key of PostgreSQL's advisory lock: the first eight bytes of the SHA-256 of the name. */
    static long key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private boolean take(Duration wait) throws SQLException {
        boolean now = wait.isZero();
        return switch (dialect) {
            case POSTGRESQL -> now ? queryTrue(HistorySql.tryLock(dialect), key(name), null) : postgresWait(wait);
            case MYSQL, MARIADB ->
                now
                        ? queryTrue(HistorySql.tryLock(dialect), null, null)
                        : queryTrue(HistorySql.lock(dialect), null, Math.max(1, (wait.toMillis() + 999) / 1000));
            case MSSQL -> {
                try (CallableStatement call = connection.prepareCall(HistorySql.lock(dialect))) {
                    call.registerOutParameter(1, Types.INTEGER);
                    call.setString(2, name);
                    call.setLong(3, wait.toMillis());
                    call.execute();
                    yield call.getInt(1) >= 0;
                }
            }
            case ORACLE -> {
                try (CallableStatement call = connection.prepareCall(HistorySql.lock(dialect))) {
                    call.setString(1, name);
                    call.registerOutParameter(2, Types.INTEGER);
                    call.setLong(3, Math.min(32_767, (wait.toMillis() + 999) / 1000));
                    call.execute();
                    int result = call.getInt(2);
                    yield result == 0 || result == 4;
                }
            }
            case SQLITE -> sqliteBegin(wait);
        };
    }

    private boolean queryTrue(String sql, @Nullable Long key, @Nullable Long seconds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (key != null) {
                statement.setLong(1, key);
            } else {
                statement.setString(1, name);
                if (seconds != null) {
                    statement.setLong(2, seconds);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                // PostgreSQL answers a boolean, MySQL and MariaDB 1, 0 or NULL
                Object taken = rows.next() ? rows.getObject(1) : null;
                return Boolean.TRUE.equals(taken) || (taken instanceof Number number && number.intValue() == 1);
            }
        }
    }

    private boolean postgresWait(Duration wait) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '" + wait.toMillis() + "ms'");
            try (PreparedStatement lock = connection.prepareStatement(HistorySql.lock(dialect))) {
                lock.setLong(1, key(name));
                lock.execute();
                return true;
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            } finally {
                statement.execute("RESET lock_timeout");
            }
        }
    }

    private boolean sqliteBegin(Duration wait) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + wait.toMillis());
            try {
                statement.execute(HistorySql.lock(dialect));
                return true;
            } catch (SQLException e) {
                if (e.getErrorCode() == 5 || e.getErrorCode() == 6) { // SQLITE_BUSY, SQLITE_LOCKED
                    return false;
                }
                throw e;
            }
        }
    }

    @Override
    public void check() {}

    @Override
    public void close() {
        try {
            if (dialect == DialectId.SQLITE) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(HistorySql.unlock(dialect));
                }
            } else if (dialect == DialectId.MSSQL || dialect == DialectId.ORACLE) {
                try (CallableStatement call = connection.prepareCall(HistorySql.unlock(dialect))) {
                    if (dialect == DialectId.MSSQL) {
                        call.registerOutParameter(1, Types.INTEGER);
                        call.setString(2, name);
                    } else {
                        call.setString(1, name);
                        call.registerOutParameter(2, Types.INTEGER);
                    }
                    call.execute();
                }
            } else {
                try (PreparedStatement statement = connection.prepareStatement(HistorySql.unlock(dialect))) {
                    if (dialect == DialectId.POSTGRESQL) {
                        statement.setLong(1, key(name));
                    } else {
                        statement.setString(1, name);
                    }
                    statement.execute();
                }
            }
        } catch (SQLException e) {
            // a dead connection already released the lock on the server; SQLite rolls back what was not committed
        }
    }
}
