package dev.ormdantic.it;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The read replicas the replica tests use: the PostgreSQL standby and the MariaDB replica that {@code .ci/replicas}
 * starts on the primaries' host. Their URLs come from {@code ORMDANTIC_TEST_POSTGRES_REPLICA_URL} and
 * {@code ORMDANTIC_TEST_MARIADB_REPLICA_URL}, defaulting to {@code 127.0.0.1:5433} and {@code 127.0.0.1:3307}; only
 * the port is taken, since a test reaches its own schema on the replica as on the primary. A replica that is not
 * reachable skips the test with the reason, unless {@code ORMDANTIC_TEST_REPLICAS=required} (set by {@code .ci/run}),
 * which fails it.
 */
final class ReplicaRig {

    /** How long a test waits for the replica to replay what it needs before it fails. */
    static final Duration CATCH_UP = Duration.ofSeconds(30);

    private ReplicaRig() {}

    /** The replica's port for the backend, after checking that it is reachable (else the test skips or fails). */
    static int replicaPort(TestDatabase database) {
        Backend backend = database.backend();
        Assumptions.assumeTrue(
                backend == Backend.POSTGRESQL || backend == Backend.MARIADB,
                "read replicas are tested on PostgreSQL and MariaDB, not on " + backend.label());
        String variable = "ORMDANTIC_TEST_" + (backend == Backend.POSTGRESQL ? "POSTGRES" : "MARIADB") + "_REPLICA_URL";
        String configured = System.getenv(variable);
        URI uri = URI.create(
                configured != null && !configured.isBlank()
                        ? configured.strip()
                        : backend == Backend.POSTGRESQL
                                ? "postgresql://postgres@127.0.0.1:5433/test"
                                : "mariadb://root@127.0.0.1:3307/test");
        String host = backend.serverUri().getHost();
        if (!reachable(host, uri.getPort())) {
            String reason = "no " + backend.label() + " replica on " + host + ":" + uri.getPort() + " (" + variable
                    + "); run .ci/replicas to start the local replicas";
            if ("required".equals(System.getenv("ORMDANTIC_TEST_REPLICAS"))) {
                Assertions.fail(reason + ", ORMDANTIC_TEST_REPLICAS=required");
            }
            Assumptions.abort(reason);
        }
        return uri.getPort();
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A plain JDBC connection to the test's own schema on the replica. */
    static Connection jdbc(TestDatabase database, int port) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database, port), database.jdbcProperties());
    }

    private static String jdbcUrl(TestDatabase database, int port) {
        int primary = database.backend().serverUri().getPort();
        return database.jdbcUrl().replace(":" + primary + "/", ":" + port + "/");
    }

    /** Waits until the replica can run a statement (a table the test created has been replayed), or fails. */
    static void awaitOnReplica(TestDatabase database, int port, String sql) throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        SQLException last = null;
        while (System.nanoTime() - deadline < 0) {
            try (Connection connection = jdbc(database, port);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
                return;
            } catch (SQLException e) {
                last = e;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the replica did not replay what `" + sql + "` needs within " + CATCH_UP, last);
    }

    /**
     * A data source of the test's schema on the replica that records the SQL of every statement prepared on its
     * connections, so that a test can tell what ran there. Each connection is a new one (no pool).
     */
    static final class Recording implements DataSource {
        private final TestDatabase database;
        private final int port;
        private final List<String> statements = new CopyOnWriteArrayList<>();

        Recording(TestDatabase database, int port) {
            this.database = database;
            this.port = port;
        }

        /** The statements prepared so far that name the table, in lower case. */
        List<String> on(String table) {
            return statements.stream()
                    .map(sql -> sql.toLowerCase(Locale.ROOT))
                    .filter(sql -> sql.contains(table))
                    .toList();
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection target = jdbc(database, port);
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                            statements.add(sql);
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public @Nullable PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        @Override
        public String toString() {
            return "Recording[" + database + " on port " + port + "]";
        }
    }
}
