package dev.ormdantic.internal.connect;

import dev.ormdantic.internal.error.RedactedSqlException;
import dev.ormdantic.internal.error.Redactor;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Opens a server's connections through its JDBC driver, as HikariCP's own {@code DriverDataSource} does, for one
 * reason: so that the pool never holds the URL or the driver properties. HikariCP logs both at DEBUG (its
 * configuration dump, and the URL when it loads the driver) masking only {@code password=}, not a password in the URL's
 * userinfo, {@code pwd=} or {@code sslpassword=}. A failed connect is rethrown as a {@link RedactedSqlException}, so
 * the pool's log lines and exceptions about it carry no secret either.
 */
public final class ServerDataSource implements DataSource {

    private final Driver driver;
    private final String url;
    private final Properties properties;
    private final Redactor redactor;
    private @Nullable PrintWriter logWriter;
    private volatile boolean maxAllowedPacketKnown;

    private static final String MARIADB_DRIVER = "org.mariadb.jdbc.Driver";
    private static final String MAX_ALLOWED_PACKET = "maxAllowedPacket";

    /**
     * Creates the data source.
     *
     * @param driverClass the driver's class name
     * @param loader where the driver is looked for first (then this library's own class loader)
     * @param url the JDBC URL
     * @param properties the driver properties, credentials among them; copied
     * @param redactor masks the secrets in a failed connect's exception
     * @throws SQLException when no driver accepts the URL
     */
    public ServerDataSource(
            String driverClass, ClassLoader loader, String url, Properties properties, Redactor redactor)
            throws SQLException {
        this.driver = load(driverClass, loader, url);
        this.url = url;
        this.properties = (Properties) properties.clone();
        this.redactor = redactor;
    }

    private static Driver load(String driverClass, ClassLoader loader, String url) throws SQLException {
        for (ClassLoader candidate : new ClassLoader[] {loader, ServerDataSource.class.getClassLoader()}) {
            try {
                return Class.forName(driverClass, true, candidate)
                        .asSubclass(Driver.class)
                        .getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                // try the next loader, then the drivers DriverManager knows
            }
        }
        return DriverManager.getDriver(url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (mustLearnMaxAllowedPacket()) {
            learnMaxAllowedPacket();
        }
        return connect();
    }

    private Connection connect() throws SQLException {
        Connection connection;
        try {
            connection = driver.connect(url, properties);
        } catch (SQLException e) {
            throw redactor.cause(e);
        }
        if (connection == null) {
            throw new SQLException(
                    "the driver " + driver.getClass().getName() + " does not accept the URL " + Redactor.url(url));
        }
        return connection;
    }

    /**
     * MariaDB Connector/J checks a statement against the server's {@code max_allowed_packet} before sending it only
     * when told the value ({@code maxAllowedPacket}); otherwise it sends the packet and the server resets the
     * connection, which looks like a network failure. MySQL Connector/J reads the value itself.
     */
    private boolean mustLearnMaxAllowedPacket() {
        return !maxAllowedPacketKnown
                && driver.getClass().getName().equals(MARIADB_DRIVER)
                && !properties.containsKey(MAX_ALLOWED_PACKET)
                && !url.contains(MAX_ALLOWED_PACKET + "=");
    }

    /** Reads the server's {@code max_allowed_packet} once, on a connection of its own, for every later connection. */
    private synchronized void learnMaxAllowedPacket() throws SQLException {
        if (maxAllowedPacketKnown) {
            return;
        }
        try (Connection probe = connect();
                Statement statement = probe.createStatement();
                ResultSet rs = statement.executeQuery("SELECT @@max_allowed_packet")) {
            if (rs.next()) {
                properties.setProperty(MAX_ALLOWED_PACKET, Long.toString(rs.getLong(1)));
            }
        }
        maxAllowedPacketKnown = true;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
        this.logWriter = out;
    }

    /** As HikariCP's {@code DriverDataSource}: drivers read the login timeout from {@link DriverManager}. */
    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "ServerDataSource[" + redactor.text(url) + ", "
                + driver.getClass().getName() + "]";
    }
}
