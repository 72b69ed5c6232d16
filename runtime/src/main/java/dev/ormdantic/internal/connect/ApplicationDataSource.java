package dev.ormdantic.internal.connect;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.ConnectionAdvice;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.Redactor;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@code DataSource} the application passed to {@code Ormdantic.builder(dataSource, dialect)}: Ormdantic borrows its
 * connections and gives them back, and never configures, evicts from or closes it.
 *
 * <p>{@link #open} borrows one connection first and refuses, with a coded error, a {@code DataSource} that cannot serve
 * the declared dialect: a database of another dialect (read from its JDBC metadata), connections handed out with
 * auto-commit off, or SQLite connections that do not enforce foreign keys. A connection borrowed with auto-commit off
 * after that is one the application began a transaction on (through a transaction-aware {@code DataSource}), and
 * Ormdantic's work joins that transaction through a {@link JoinedConnection}. SQLite connections are prepared by
 * {@link ApplicationSqliteConnections}. The {@code DataSource}'s {@code toString()}, which may hold a URL with its password, is
 * never shown: messages name its class and the redacted URL from the metadata.
 */
public final class ApplicationDataSource implements ConnectionSource {

    private static final System.Logger LOG = System.getLogger("dev.ormdantic");

    private final DataSource dataSource;
    private final ConnectionTarget target;
    private final @Nullable HikariDataSource hikari;
    private final @Nullable ApplicationSqliteConnections sqlite;
    private final boolean releaseSavepoints;
    private final ErrorContext borrowContext;

    private ApplicationDataSource(
            DataSource dataSource, ConnectionTarget target, @Nullable ApplicationSqliteConnections sqlite) {
        this.dataSource = dataSource;
        this.target = target;
        this.hikari = hikari(dataSource);
        this.sqlite = sqlite;
        DialectId id = target.dialect().id();
        this.releaseSavepoints = id != DialectId.MSSQL && id != DialectId.ORACLE;
        this.borrowContext = new ErrorContext(null, null, target.dialect().name());
    }

    /**
     * How a {@code DataSource} is named in messages before it is open: its class, never its {@code toString()}.
     *
     * @param dataSource the data source
     * @return the text
     */
    public static String describe(DataSource dataSource) {
        return "DataSource " + dataSource.getClass().getName();
    }

    /**
     * Checks a {@code DataSource} on one of its connections, which it gives back at once.
     *
     * @param dataSource the application's data source
     * @param dialect the dialect the application declared
     * @return the source
     * @throws SQLException when no connection can be borrowed or its metadata read
     * @throws ConfigurationException ({@link ErrorCode#DIALECT_MISMATCH}, {@link ErrorCode#DATASOURCE_UNSUITABLE},
     *     {@link ErrorCode#CHARSET_NOT_UTF8MB4}, {@link ErrorCode#SQL_MODE_NOT_STRICT}) when the {@code DataSource}
     *     cannot serve the dialect
     */
    public static ApplicationDataSource open(DataSource dataSource, Dialect dialect) throws SQLException {
        String described = describe(dataSource);
        ErrorContext context = new ErrorContext(Operation.OPEN.method(), null, dialect.name());
        ApplicationSqliteConnections sqlite =
                dialect.id() == DialectId.SQLITE ? new ApplicationSqliteConnections() : null;
        ConnectionTarget target;
        try (Connection probe = dataSource.getConnection()) {
            DatabaseMetaData metadata = probe.getMetaData();
            String product = String.valueOf(metadata.getDatabaseProductName());
            String version = String.valueOf(metadata.getDatabaseProductVersion());
            DialectId found = identify(product, version);
            if (found == null || !fits(dialect.id(), found)) {
                throw mismatch(described, dialect, product, version, found, context);
            }
            if (!probe.getAutoCommit()) {
                throw new ConfigurationException(
                        ErrorCode.DATASOURCE_UNSUITABLE,
                        context,
                        "cannot open Ormdantic on the " + described + ": it hands out connections with auto-commit"
                                + " off, but Ormdantic runs each single statement in auto-commit mode and would"
                                + " leave its writes uncommitted",
                        "configure the DataSource to hand out auto-commit connections (HikariCP: autoCommit=true, its"
                                + " default), and open Ormdantic outside a transaction",
                        null);
            }
            if (sqlite != null) {
                sqlite.prepare(probe, context);
            }
            String url = metadata.getURL();
            String shown = url == null || url.isBlank() ? described : Redactor.url(url) + " (" + described + ")";
            if (found == DialectId.MARIADB) {
                warnWithoutMaxAllowedPacket(probe, metadata, url, shown);
            }
            SessionCheck.check(probe, dialect, shown);
            boolean memory = sqlite != null && url != null && (url.contains(":memory:") || url.contains("mode=memory"));
            // the URL is only shown, never connected to: keep no unredacted copy
            target = new ConnectionTarget(
                    dialect, url == null ? "" : Redactor.url(url), Map.of(), shown, List.of(), memory);
        }
        return new ApplicationDataSource(dataSource, target, sqlite);
    }

    /**
     * The dialect of the database a {@code DataSource} serves, read from the metadata of one of its connections, which
     * it gives back at once.
     *
     * @param dataSource the application's data source
     * @return the dialect
     * @throws SQLException when no connection can be borrowed or its metadata read
     * @throws ConfigurationException ({@link ErrorCode#DIALECT_MISMATCH}) for a database Ormdantic does not support
     */
    public static DialectId detect(DataSource dataSource) throws SQLException {
        try (Connection probe = dataSource.getConnection()) {
            DatabaseMetaData metadata = probe.getMetaData();
            String product = String.valueOf(metadata.getDatabaseProductName());
            String version = String.valueOf(metadata.getDatabaseProductVersion());
            DialectId found = identify(product, version);
            if (found == null) {
                String supported = Arrays.stream(DialectId.values())
                        .map(DialectId::displayName)
                        .collect(Collectors.joining(", "));
                throw new ConfigurationException(
                        ErrorCode.DIALECT_MISMATCH,
                        new ErrorContext(Operation.OPEN.method(), null, null),
                        "cannot open Ormdantic on the " + describe(dataSource) + ": its database is " + product + " "
                                + version + ", which Ormdantic does not support",
                        "use a DataSource of one of the supported databases: " + supported,
                        null);
            }
            return found;
        }
    }

    /**
     * The dialect of a database as its JDBC metadata names it, or {@code null} for a database Ormdantic does not
     * support. MySQL Connector/J calls a MariaDB server MySQL; its version says MariaDB.
     *
     * @param product {@link DatabaseMetaData#getDatabaseProductName()}
     * @param version {@link DatabaseMetaData#getDatabaseProductVersion()}
     * @return the dialect, or {@code null}
     */
    static @Nullable DialectId identify(String product, String version) {
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("sqlite")) {
            return DialectId.SQLITE;
        }
        if (name.contains("postgresql")) {
            return DialectId.POSTGRESQL;
        }
        if (name.contains("mariadb")
                || (name.contains("mysql") && version.toLowerCase(Locale.ROOT).contains("mariadb"))) {
            return DialectId.MARIADB;
        }
        if (name.contains("mysql")) {
            return DialectId.MYSQL;
        }
        if (name.contains("microsoft sql server")) {
            return DialectId.MSSQL;
        }
        if (name.startsWith("oracle")) {
            return DialectId.ORACLE;
        }
        return null;
    }

    /** The declared dialect serves the database found: the same one, or MySQL's on a MariaDB server. */
    static boolean fits(DialectId declared, DialectId found) {
        return declared == found || (declared == DialectId.MYSQL && found == DialectId.MARIADB);
    }

    private static ConfigurationException mismatch(
            String described,
            Dialect dialect,
            String product,
            String version,
            @Nullable DialectId found,
            ErrorContext context) {
        String database = product + " " + version;
        String supported = Arrays.stream(DialectId.values())
                .map(id -> id.displayName() + " (DialectId." + id.name() + ")")
                .collect(Collectors.joining(", "));
        return new ConfigurationException(
                ErrorCode.DIALECT_MISMATCH,
                context,
                "cannot open Ormdantic on the " + described + " as " + dialect.displayName() + ": its database is "
                        + database + (found == null ? ", which Ormdantic does not support" : ""),
                found == null
                        ? "use a DataSource of one of the supported databases: " + supported
                        : "declare the dialect of its database, DialectId." + found.name() + "; the dialects are "
                                + supported,
                null);
    }

    /**
     * Ormdantic's own MariaDB pool tells MariaDB Connector/J the server's {@code max_allowed_packet} (see
     * {@link ServerDataSource}); an application's {@code DataSource} must do it itself, or a statement over the limit
     * is sent anyway and the server closes the connection, which reads as a lost connection.
     */
    private static void warnWithoutMaxAllowedPacket(
            Connection probe, DatabaseMetaData metadata, @Nullable String url, String shown) throws SQLException {
        String driver = String.valueOf(metadata.getDriverName());
        if (!driver.toLowerCase(Locale.ROOT).contains("mariadb")
                || (url != null && url.toLowerCase(Locale.ROOT).contains("maxallowedpacket="))) {
            return;
        }
        long limit;
        try (Statement statement = probe.createStatement();
                ResultSet rs = statement.executeQuery("SELECT @@max_allowed_packet")) {
            limit = rs.next() ? rs.getLong(1) : 0;
        }
        LOG.log(
                System.Logger.Level.WARNING,
                () -> "the MariaDB DataSource " + shown + " does not tell the driver the server's max_allowed_packet ("
                        + limit + " bytes): a statement larger than that is sent anyway, and the server closes the"
                        + " connection, so the call fails as a lost connection instead of naming the limit; add"
                        + " maxAllowedPacket=" + limit + " to the DataSource's URL");
    }

    /** The HikariCP pool behind a {@code DataSource} (itself, or the target of a proxy), for its pool state. */
    private static @Nullable HikariDataSource hikari(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource pool) {
            return pool;
        }
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Where the database is, as the metadata of the first connection said: the dialect, the redacted URL to show, and
     * whether it is an in-memory SQLite database. No credentials: the {@code DataSource} logs in itself.
     *
     * @return the target
     */
    public ConnectionTarget target() {
        return target;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (sqlite != null) {
                sqlite.prepare(connection, borrowContext);
            }
            return connection.getAutoCommit() ? connection : JoinedConnection.of(connection, releaseSavepoints);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public @Nullable PoolLimits saturated() {
        return hikari == null ? null : OwnedPool.saturated(hikari);
    }

    @Override
    public boolean threadBound() {
        return true;
    }

    @Override
    public OptionalInt maximumSize() {
        return hikari == null ? OptionalInt.empty() : OptionalInt.of(hikari.getMaximumPoolSize());
    }

    /** Nothing: the application's pool validates and replaces its own connections. */
    @Override
    public void retireAll() {}

    /** Aborts the connection and closes it: the application's pool sees it closed and replaces it. */
    @Override
    public void evict(Connection connection) {
        abortAndClose(connection);
    }

    /** Aborts a connection and closes it, ignoring that it is already aborted or closed. */
    static void abortAndClose(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            // Already aborted, or the pool's proxy refuses: closing it below is what is left.
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // A closed or broken connection: nothing of ours is lost.
        }
    }

    @Override
    public ConnectionAdvice advice() {
        return ConnectionAdvice.APPLICATION_DATA_SOURCE;
    }

    /** Nothing: the application opened the {@code DataSource} and closes it. */
    @Override
    public void close() {}

    @Override
    public String toString() {
        return "ApplicationDataSource[" + target.displayUrl() + "]";
    }
}
