package dev.ormdantic.maven;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.connect.ConnectionTarget;
import dev.ormdantic.internal.connect.DatabaseUrls;
import dev.ormdantic.migrations.history.ConnectionFactory;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The database a goal works on: the URL (in any form {@link Ormdantic#open(String)} takes), the credentials given apart
 * from it, and where they came from, for the log. The password is never part of {@link #toString()} or any message.
 *
 * <p>The URL is parsed by the runtime's own parser, so the plugin takes exactly the forms an application does and
 * turns them into the same JDBC URL and driver properties. The plugin runs on Maven's class path (not as a named
 * module), where that parser is reachable; it is not API, and the plugin is released with the runtime it parses for.
 */
final class DatabaseTarget {

    private final String url;
    private final @Nullable String user;
    private final @Nullable String password;
    private final ConnectionTarget target;
    private final String source;

    private DatabaseTarget(String url, @Nullable String user, @Nullable String password, String source) {
        this.url = url;
        this.user = user;
        this.password = password;
        ConnectionTarget parsed = DatabaseUrls.parse(url);
        this.target = user == null ? parsed : parsed.withCredentials(user, password == null ? "" : password);
        this.source = source;
    }

    /**
     * A target.
     *
     * @param url the database URL
     * @param user the user, or {@code null} when the URL carries it (or none is needed)
     * @param password the password, or {@code null}
     * @param source where the URL came from, for the log ({@code <url>}, {@code ORMDANTIC_URL})
     * @return the target
     * @throws ConfigurationException when the URL is malformed or its scheme is not supported
     */
    static DatabaseTarget of(String url, @Nullable String user, @Nullable String password, String source) {
        return new DatabaseTarget(url, user, password, source);
    }

    /**
     * The dialect of the URL.
     *
     * @return the dialect
     */
    DialectId dialect() {
        return target.dialect().id();
    }

    /**
     * The user given apart from the URL.
     *
     * @return the user, or {@code null} when the URL carries it (or none is needed)
     */
    @Nullable
    String user() {
        return user;
    }

    /**
     * The URL with its secrets masked, and where it came from: safe for the log.
     *
     * @return such as {@code postgresql://app:***@db:5432/app (from ORMDANTIC_URL)}
     */
    String describe() {
        return target.displayUrl() + " (from " + source + ")";
    }

    /**
     * Opens JDBC connections for a migrator, with the driver that the project's class path, or the plugin's, has
     * for the URL.
     *
     * @param loader the project's class loader
     * @return the connection factory
     * @throws ConfigurationException with {@link ErrorCode#DRIVER_MISSING} when no driver accepts the URL
     */
    ConnectionFactory connections(ClassLoader loader) {
        Driver driver = driver(loader);
        Properties properties = new Properties();
        properties.putAll(target.properties());
        String jdbcUrl = target.jdbcUrl();
        return () -> {
            Connection connection = driver.connect(jdbcUrl, properties);
            if (connection == null) {
                throw new SQLException("the driver " + driver.getClass().getName() + " refused " + target.displayUrl());
            }
            return connection;
        };
    }

    /**
     * Opens the database with the runtime, for reflection (the tables on the class path are known to it, none is
     * created).
     *
     * @param loader the project's class loader, where its tables and drivers are
     * @return the open database; the caller closes it
     */
    Ormdantic open(ClassLoader loader) {
        Ormdantic.Builder builder = Ormdantic.builder(url).classLoader(loader);
        if (user != null) {
            builder.credentials(user, password == null ? "" : password);
        }
        return builder.open();
    }

    private Driver driver(ClassLoader loader) {
        String jdbcUrl = target.jdbcUrl();
        for (Driver candidate : ServiceLoader.load(Driver.class, loader)) {
            try {
                if (candidate.acceptsURL(jdbcUrl)) {
                    return candidate;
                }
            } catch (SQLException e) {
                // a driver that cannot tell: try the next one
            }
        }
        throw new ConfigurationException(
                ErrorCode.DRIVER_MISSING,
                new ErrorContext("connect", null, target.dialect().name()),
                "no JDBC driver on the project's runtime class path or the plugin's accepts " + target.displayUrl(),
                "add the driver (such as org.postgresql:postgresql) to the project's dependencies or to the plugin's"
                        + " <dependencies>",
                null);
    }

    @Override
    public String toString() {
        return describe();
    }
}
