package dev.ormdantic.internal.connect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.jspecify.annotations.Nullable;

/**
 * A connection that an application's {@code DataSource} handed out inside a transaction the application runs on it (a
 * Spring-managed one, through a transaction-aware {@code DataSource}), seen by Ormdantic as an auto-commit connection
 * whose work joins that transaction: Ormdantic never commits or rolls back what is not its own.
 *
 * <p>A unit of work Ormdantic runs of several statements ({@code setAutoCommit(false)}, statements,
 * {@code commit()} or {@code rollback()}, {@code setAutoCommit(true)}) becomes a savepoint inside the application's
 * transaction, set before the unit's first statement: {@code commit()} releases it (where the database has
 * {@code RELEASE SAVEPOINT}) and {@code rollback()} rolls back to it, so that a unit that fails leaves the
 * application's transaction as it was before the unit, and the application's transaction manager commits or rolls
 * back the whole. Savepoints the caller sets itself pass through. Everything else goes to the connection as it is.
 */
public final class JoinedConnection implements InvocationHandler {

    private final Connection target;
    private final boolean releaseSavepoints;

    /** Whether a unit of Ormdantic's is open: auto-commit is off as far as Ormdantic knows. */
    private boolean inUnit;

    /** The open unit's savepoint, set before its first statement; {@code null} until then. */
    private @Nullable Savepoint savepoint;

    private JoinedConnection(Connection target, boolean releaseSavepoints) {
        this.target = target;
        this.releaseSavepoints = releaseSavepoints;
    }

    /**
     * Wraps a connection that is in the application's transaction.
     *
     * @param target the application's connection, auto-commit off
     * @param releaseSavepoints whether the database releases a savepoint ({@code false} for Oracle and SQL Server,
     *     whose savepoints last until the transaction ends)
     * @return the connection Ormdantic uses
     */
    static Connection of(Connection target, boolean releaseSavepoints) {
        return (Connection) Proxy.newProxyInstance(
                JoinedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new JoinedConnection(target, releaseSavepoints));
    }

    /**
     * Whether a connection joins a transaction of the application's, so that Ormdantic's own transactions on it are
     * savepoints of that one.
     *
     * @param connection a connection Ormdantic borrowed
     * @return {@code true} for a joined connection
     */
    public static boolean joins(Connection connection) {
        return Proxy.isProxyClass(connection.getClass())
                && Proxy.getInvocationHandler(connection) instanceof JoinedConnection;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) throws Throwable {
        boolean noArgs = args == null || args.length == 0;
        switch (method.getName()) {
            case "getAutoCommit" -> {
                return !inUnit;
            }
            case "setAutoCommit" -> {
                boolean on = Boolean.TRUE.equals(args(args)[0]);
                if (on && inUnit) {
                    release(); // as JDBC commits when auto-commit is turned back on
                }
                inUnit = !on;
                return null;
            }
            case "commit" -> {
                requireUnit("commit");
                release();
                return null;
            }
            case "rollback" -> {
                if (noArgs) {
                    requireUnit("rollback");
                    rollBack();
                    return null;
                }
            }
            case "createStatement", "prepareStatement", "prepareCall" -> {
                if (inUnit && savepoint == null) {
                    savepoint = target.setSavepoint();
                }
            }
            case "close" -> {
                if (inUnit) {
                    // a unit that was never finished is discarded, as a pool rolls back a returned connection
                    inUnit = false;
                    rollBack();
                }
            }
            case "equals" -> {
                @SuppressWarnings("ReferenceEquality") // a proxy equals itself only, as a connection is an identity
                boolean same = proxy == args(args)[0];
                return same;
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            default -> {}
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() != null ? e.getCause() : e;
        }
    }

    private static @Nullable Object[] args(@Nullable Object @Nullable [] args) {
        if (args == null) {
            throw new IllegalStateException("arguments expected");
        }
        return args;
    }

    private void requireUnit(String method) throws SQLException {
        if (!inUnit) {
            throw new SQLException(method + "() on a connection in auto-commit mode", "25000");
        }
    }

    /** Ends the unit's savepoint, keeping its work in the application's transaction. */
    private void release() throws SQLException {
        Savepoint done = savepoint;
        savepoint = null;
        if (done != null && releaseSavepoints) {
            target.releaseSavepoint(done);
        }
    }

    /** Undoes the unit's work, and only that. */
    private void rollBack() throws SQLException {
        Savepoint done = savepoint;
        savepoint = null;
        if (done != null) {
            target.rollback(done);
            if (releaseSavepoints) {
                target.releaseSavepoint(done);
            }
        }
    }

    @Override
    public String toString() {
        return "JoinedConnection[" + target + "]";
    }
}
