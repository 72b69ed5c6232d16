package dev.ormdantic.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for Testcontainers' JDBC driver where no Docker engine is: {@link ContainerUrlTest} loads a subclass
 * named {@code org.testcontainers.jdbc.ContainerDatabaseDriver}. It accepts {@code jdbc:tc:} URLs and opens the test's
 * real database instead of a container, handing the driver properties on as Testcontainers does (as the defaults of
 * new {@link Properties} holding the container's user and password), and it keeps Testcontainers' rule that the
 * "container" stops when its last connection closes, counting the stops. Every URL and the properties each
 * connection was given are recorded.
 */
public class FakeContainerDriver implements Driver {

    /** The database the fake containers are: JDBC URL and credentials. Set by the test. */
    static volatile @Nullable String target;

    static volatile Properties credentials = new Properties();

    /** The URLs connected to, in order. */
    static final List<String> URLS = new CopyOnWriteArrayList<>();

    /** The properties each connection was given (its own and its defaults), in order. */
    static final List<Map<String, String>> PROPERTIES = new CopyOnWriteArrayList<>();

    /** The open connections. */
    static final AtomicInteger OPEN = new AtomicInteger();

    /** How often the last open connection closed, which stops a Testcontainers container. */
    static final AtomicInteger STOPS = new AtomicInteger();

    /** For the subclass. */
    public FakeContainerDriver() {}

    static void reset(String url, Properties user) {
        target = url;
        credentials = user;
        URLS.clear();
        PROPERTIES.clear();
        OPEN.set(0);
        STOPS.set(0);
    }

    @Override
    public @Nullable Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        URLS.add(url);
        Properties properties = new Properties(info);
        properties.putAll(credentials);
        Map<String, String> seen = new TreeMap<>();
        for (String name : info.stringPropertyNames()) {
            seen.put(name, info.getProperty(name));
        }
        PROPERTIES.add(seen);
        String database = target;
        if (database == null) {
            throw new SQLException("no target database set");
        }
        Connection real = new org.postgresql.Driver().connect(database, properties);
        if (real == null) {
            throw new SQLException("pgjdbc refused " + database);
        }
        OPEN.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(
                FakeContainerDriver.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    if (m.getName().equals("close") && !real.isClosed() && OPEN.decrementAndGet() == 0) {
                        STOPS.incrementAndGet();
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public boolean acceptsURL(String url) {
        return url.startsWith("jdbc:tc:");
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 0;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
