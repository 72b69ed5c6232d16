package dev.ormdantic.internal.tx;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Whether a PostgreSQL transaction is aborted, as pgjdbc knows without asking the server: its
 * {@code BaseConnection.getTransactionState()} is {@code FAILED} once a statement of the transaction failed and
 * was not rolled back to a savepoint. PostgreSQL answers the {@code COMMIT} of such a transaction with a rollback,
 * which pgjdbc 42.7 reports as a successful commit; asking first lets the transaction fail instead of reporting a
 * commit that did not happen. Read through reflection, so that the runtime needs pgjdbc only where it is the driver;
 * with another driver (or a pgjdbc without the method) it answers {@code false}, and the commit goes ahead as before.
 */
final class PostgresTransactionState {

    private static final @Nullable Class<?> BASE_CONNECTION = load();
    private static final @Nullable Method STATE = method(BASE_CONNECTION);

    private PostgresTransactionState() {}

    private static @Nullable Class<?> load() {
        try {
            return Class.forName(
                    "org.postgresql.core.BaseConnection", false, PostgresTransactionState.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static @Nullable Method method(@Nullable Class<?> type) {
        if (type == null) {
            return null;
        }
        try {
            return type.getMethod("getTransactionState");
        } catch (NoSuchMethodException | SecurityException e) {
            return null;
        }
    }

    /**
     * Whether the connection's transaction is aborted.
     *
     * @param connection the transaction's connection (a pool's proxy is unwrapped)
     * @return {@code true} only when pgjdbc says the transaction failed
     */
    static boolean aborted(Connection connection) {
        Class<?> type = BASE_CONNECTION;
        Method state = STATE;
        if (type == null || state == null) {
            return false;
        }
        try {
            if (!connection.isWrapperFor(type)) {
                return false;
            }
            Object value = state.invoke(connection.unwrap(type));
            return value instanceof Enum<?> named && named.name().equals("FAILED");
        } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
