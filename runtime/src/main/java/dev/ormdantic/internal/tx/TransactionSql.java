package dev.ormdantic.internal.tx;

import dev.ormdantic.Isolation;
import dev.ormdantic.TransactionOptions;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.internal.error.Call;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How each database begins a transaction with its options, and which options it cannot give: a table per dialect of
 * the levels it has and where they are set.
 *
 * <ul>
 *   <li>PostgreSQL: {@code SET TRANSACTION ...} as the transaction's first statement (the driver has sent
 *       {@code BEGIN}), so it holds for this transaction only.
 *   <li>MySQL, MariaDB: {@code SET TRANSACTION ...}, which applies it to the next transaction only, then
 *       {@code START TRANSACTION}, so that this transaction is the one that takes it. Left to the first statement, a
 *       transaction whose statements touch no table (a {@code SELECT} of functions only) never started on the
 *       server; MariaDB Connector/J then sends no {@code COMMIT}, and the pending read-only or isolation level fell
 *       to the next borrower of the pooled connection.
 *   <li>SQL Server: the connection's isolation level, which the pool restores when the connection returns; no
 *       read-only transactions.
 *   <li>Oracle: {@code SET TRANSACTION ISOLATION LEVEL ...} or {@code SET TRANSACTION READ ONLY} as the first
 *       statement; only {@code READ COMMITTED} and {@code SERIALIZABLE}, and a read-only transaction is
 *       serializable.
 *   <li>SQLite: every transaction is serializable; read-only through {@code PRAGMA query_only}, undone at the end.
 * </ul>
 */
final class TransactionSql {

    private TransactionSql() {}

    /**
     * Refuses options the database cannot give, before anything is borrowed.
     *
     * @param dialect the database
     * @param options the options
     * @param call the transaction's call
     * @throws ConfigurationException ({@code ORM2007}) naming the option and what the database has
     */
    static void check(DialectId dialect, TransactionOptions options, Call call) {
        @Nullable Isolation level = options.isolationLevel().orElse(null);
        if (level != null && !levels(dialect).contains(level)) {
            throw new ConfigurationException(
                    ErrorCode.FEATURE_UNSUPPORTED,
                    call.context(),
                    call.failed() + ": " + dialect.displayName() + " has no isolation level " + level.sql()
                            + "; it has " + names(levels(dialect)),
                    dialect == DialectId.SQLITE
                            ? "leave the isolation out or pass Isolation.SERIALIZABLE: every SQLite transaction is"
                                    + " serializable"
                            : "pass one of the levels it has",
                    null);
        }
        if (options.isReadOnly() && dialect == DialectId.MSSQL) {
            throw new ConfigurationException(
                    ErrorCode.FEATURE_UNSUPPORTED,
                    call.context(),
                    call.failed() + ": SQL Server has no read-only transactions",
                    "leave readOnly() out, and grant the login only read permissions where writes must be impossible",
                    null);
        }
        if (options.isReadOnly() && dialect == DialectId.ORACLE && level == Isolation.READ_COMMITTED) {
            throw new ConfigurationException(
                    ErrorCode.FEATURE_UNSUPPORTED,
                    call.context(),
                    call.failed() + ": an Oracle read-only transaction is serializable, not READ COMMITTED",
                    "leave the isolation out, or pass Isolation.SERIALIZABLE, with readOnly()",
                    null);
        }
    }

    private static List<Isolation> levels(DialectId dialect) {
        return switch (dialect) {
            case SQLITE -> List.of(Isolation.SERIALIZABLE);
            case ORACLE -> List.of(Isolation.READ_COMMITTED, Isolation.SERIALIZABLE);
            case POSTGRESQL, MYSQL, MARIADB, MSSQL -> List.of(Isolation.values());
        };
    }

    private static String names(List<Isolation> levels) {
        return String.join(", ", levels.stream().map(Isolation::sql).toList());
    }

    /**
     * Begins a transaction with its options on a connection in auto-commit mode.
     *
     * @param dialect the database
     * @param options the options, already {@linkplain #check checked}
     * @param connection the connection
     * @return what {@link #beforeEnd} and {@link #afterEnd} must undo: SQLite's begin mode before a read-only
     *     transaction, or {@code null} for nothing
     * @throws SQLException from the driver
     */
    static @Nullable Object begin(DialectId dialect, TransactionOptions options, Connection connection)
            throws SQLException {
        @Nullable Isolation level = options.isolationLevel().orElse(null);
        boolean readOnly = options.isReadOnly();
        if (dialect == DialectId.MSSQL && level != null) {
            // A session setting: the pool restores the connection's level when it returns.
            connection.setTransactionIsolation(jdbcLevel(level));
        }
        @Nullable Object undo = null;
        if (dialect == DialectId.SQLITE && readOnly) {
            // Ormdantic's SQLite transactions begin IMMEDIATE, taking the write lock; one that only reads need not.
            undo = SqliteConnections.deferBegin(connection);
        }
        connection.setAutoCommit(false);
        switch (dialect) {
            case POSTGRESQL -> {
                String modes = modes(level, readOnly);
                if (!modes.isEmpty()) {
                    execute(connection, "SET TRANSACTION " + modes);
                }
            }
            case MYSQL, MARIADB -> {
                String modes = modes(level, readOnly);
                if (!modes.isEmpty()) {
                    execute(connection, "SET TRANSACTION " + modes);
                    // Consumes the modes now: they must not wait for a statement that starts a transaction.
                    execute(connection, "START TRANSACTION");
                }
            }
            case ORACLE -> {
                if (readOnly) {
                    execute(connection, "SET TRANSACTION READ ONLY");
                } else if (level != null) {
                    execute(connection, "SET TRANSACTION ISOLATION LEVEL " + level.sql());
                }
            }
            case SQLITE -> {
                if (readOnly) {
                    execute(connection, "PRAGMA query_only = 1");
                }
            }
            case MSSQL -> {
                // Set above, before the transaction began.
            }
        }
        return undo;
    }

    /**
     * Undoes the connection settings {@link #begin} made that outlive the transaction, before its commit or rollback
     * (SQLite's driver begins the next transaction as part of both, which {@code query_only} would refuse).
     *
     * @param dialect the database
     * @param connection the connection
     * @throws SQLException from the driver
     */
    static void beforeEnd(DialectId dialect, Connection connection) throws SQLException {
        if (dialect == DialectId.SQLITE) {
            execute(connection, "PRAGMA query_only = 0");
        }
    }

    /**
     * Restores what {@link #begin} changed for the connection's next transactions, once it is back in auto-commit
     * mode.
     *
     * @param dialect the database
     * @param connection the connection
     * @param undo what {@link #begin} returned
     * @throws SQLException from the driver
     */
    static void afterEnd(DialectId dialect, Connection connection, Object undo) throws SQLException {
        if (dialect == DialectId.SQLITE) {
            SqliteConnections.restoreBegin(connection, undo);
        }
    }

    /**
     * Whether the database releases a savepoint; SQL Server and Oracle have no statement for it (a savepoint there
     * lives until its transaction ends).
     *
     * @param dialect the database
     * @return whether to release
     */
    static boolean releasesSavepoints(DialectId dialect) {
        return dialect != DialectId.MSSQL && dialect != DialectId.ORACLE;
    }

    private static String modes(@Nullable Isolation level, boolean readOnly) {
        String isolation = level == null ? "" : "ISOLATION LEVEL " + level.sql();
        if (!readOnly) {
            return isolation;
        }
        return isolation.isEmpty() ? "READ ONLY" : isolation + ", READ ONLY";
    }

    private static int jdbcLevel(Isolation level) {
        return switch (level) {
            case READ_UNCOMMITTED -> Connection.TRANSACTION_READ_UNCOMMITTED;
            case READ_COMMITTED -> Connection.TRANSACTION_READ_COMMITTED;
            case REPEATABLE_READ -> Connection.TRANSACTION_REPEATABLE_READ;
            case SERIALIZABLE -> Connection.TRANSACTION_SERIALIZABLE;
        };
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
