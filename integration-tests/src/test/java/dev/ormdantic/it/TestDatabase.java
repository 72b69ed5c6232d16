package dev.ormdantic.it;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.support.GeneratedTable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One test's own database on one backend: a fresh SQLite file, a fresh PostgreSQL schema, or a fresh MariaDB/MySQL
 * database, created before the test and dropped after it, so tests never see each other's tables. Gives the test an
 * initialised {@link Ormdantic} and, for setting up what the API cannot yet express, a plain JDBC connection to the
 * same place.
 */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Backend backend;
    private final String namespace;
    private final @Nullable Path dir;
    private @Nullable Ormdantic db;

    TestDatabase(Backend backend) throws IOException, SQLException {
        this.backend = backend;
        this.namespace = "ormdantic_it_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        this.dir = backend == Backend.SQLITE ? Files.createTempDirectory("ormdantic-it") : null;
        switch (backend) {
            case POSTGRESQL -> admin("CREATE SCHEMA " + namespace);
            case MARIADB, MYSQL -> admin("CREATE DATABASE " + namespace + " CHARACTER SET utf8mb4");
            default -> {}
        }
    }

    /** The backend. */
    public Backend backend() {
        return backend;
    }

    /** The Ormdantic URL of this test's database. */
    public String url() {
        return backend == Backend.SQLITE
                ? "sqlite:" + sqliteFile()
                : url(backend.serverUri().getPort());
    }

    /**
     * The Ormdantic URL of this test's database, reached on another port of the same host (through a proxy).
     *
     * @param port the port
     * @return the URL
     */
    public String url(int port) {
        if (backend == Backend.SQLITE) {
            return "sqlite:" + sqliteFile();
        }
        URI server = backend.serverUri();
        URI uri = URI.create(server.getScheme() + "://"
                + (server.getRawUserInfo() == null ? "" : server.getRawUserInfo() + "@") + server.getHost() + ":"
                + port + (server.getRawPath() == null ? "" : server.getRawPath())
                + (server.getRawQuery() == null ? "" : "?" + server.getRawQuery()));
        return switch (backend) {
            case POSTGRESQL -> withOption(uri, "currentSchema=" + namespace);
            case MARIADB, MYSQL -> withDatabase(uri, namespace);
            case SQLITE, MSSQL, ORACLE -> uri.toString();
        };
    }

    /**
     * The database, opened on first use with every generated table of this module created that this backend can hold
     * in the test's own schema: a table in a schema of its own, or with a feature the backend lacks, is left to the
     * test that opens it explicitly.
     */
    public Ormdantic db() {
        if (db == null) {
            db = Ormdantic.builder(url()).tables(defaultTables()).open();
            db.init().join();
        }
        return db;
    }

    private List<GeneratedTable<?, ?>> defaultTables() {
        DialectId dialect = DialectId.valueOf(backend.name());
        List<GeneratedTable<?, ?>> tables = new ArrayList<>();
        for (Object found : ServiceLoader.load(GeneratedTable.class)) {
            GeneratedTable<?, ?> table = (GeneratedTable<?, ?>) found;
            if (table.spec().schema().isEmpty() && supported(table, dialect)) {
                tables.add(table);
            }
        }
        return tables;
    }

    private static boolean supported(GeneratedTable<?, ?> table, DialectId dialect) {
        try {
            table.statements(dialect);
            return true;
        } catch (ConfigurationException e) {
            return false;
        }
    }

    /**
     * A plain JDBC connection to this test's database, for setup the API cannot express yet (such as a foreign key).
     *
     * @return a new connection, to be closed by the caller
     * @throws SQLException when it cannot be opened
     */
    public Connection jdbc() throws SQLException {
        return switch (backend) {
            case SQLITE -> DriverManager.getConnection("jdbc:sqlite:" + sqliteFile());
            case POSTGRESQL ->
                connect("postgresql", backend.serverUri(), path(backend.serverUri()), "currentSchema=" + namespace);
            case MARIADB -> connect("mariadb", backend.serverUri(), namespace, null);
            case MYSQL -> connect("mysql", backend.serverUri(), namespace, null);
            case MSSQL, ORACLE -> throw new UnsupportedOperationException("no plain JDBC setup for " + backend);
        };
    }

    private Path sqliteFile() {
        if (dir == null) {
            throw new IllegalStateException("not a SQLite database");
        }
        return dir.resolve("test.sqlite3");
    }

    private void admin(String sql) throws SQLException {
        URI uri = backend.serverUri();
        String database = backend == Backend.POSTGRESQL ? path(uri) : "";
        try (Connection connection = connect(backend.label(), uri, database, null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(String subprotocol, URI uri, String database, @Nullable String extra)
            throws SQLException {
        return DriverManager.getConnection(jdbcUrl(subprotocol, uri, database, extra), properties(uri));
    }

    /**
     * The JDBC URL of this test's database, for a {@code DataSource} the test makes itself; the user and password are
     * in {@link #jdbcProperties()}.
     *
     * @return the URL
     */
    public String jdbcUrl() {
        URI uri = backend == Backend.SQLITE ? URI.create("sqlite:x") : backend.serverUri();
        return switch (backend) {
            case SQLITE -> "jdbc:sqlite:" + sqliteFile();
            case POSTGRESQL -> jdbcUrl("postgresql", uri, path(uri), "currentSchema=" + namespace);
            case MARIADB, MYSQL -> jdbcUrl(backend.label(), uri, namespace, null);
            case MSSQL, ORACLE -> throw new UnsupportedOperationException("no plain JDBC URL for " + backend);
        };
    }

    /**
     * The driver properties of {@link #jdbcUrl()}: the server URL's user and password.
     *
     * @return the properties
     */
    public Properties jdbcProperties() {
        return backend == Backend.SQLITE ? new Properties() : properties(backend.serverUri());
    }

    private static String jdbcUrl(String subprotocol, URI uri, String database, @Nullable String extra) {
        StringBuilder url =
                new StringBuilder("jdbc:" + subprotocol + "://" + uri.getHost() + ":" + uri.getPort() + "/" + database);
        String query = uri.getRawQuery();
        if (query != null || extra != null) {
            url.append('?').append(query == null ? "" : query);
            if (extra != null) {
                url.append(query == null ? "" : "&").append(extra);
            }
        }
        return url.toString();
    }

    private static Properties properties(URI uri) {
        Properties properties = new Properties();
        String userInfo = uri.getUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            properties.setProperty("user", colon >= 0 ? userInfo.substring(0, colon) : userInfo);
            if (colon >= 0) {
                properties.setProperty("password", userInfo.substring(colon + 1));
            }
        }
        return properties;
    }

    private static String path(URI uri) {
        String path = uri.getPath();
        return path == null || path.length() <= 1 ? "" : path.substring(1);
    }

    private static String withOption(URI uri, String option) {
        String text = uri.toString();
        return text + (uri.getRawQuery() == null ? "?" : "&") + option;
    }

    private static String withDatabase(URI uri, String database) {
        String query = uri.getRawQuery();
        return uri.getScheme() + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                + uri.getHost() + ":" + uri.getPort() + "/" + database + (query == null ? "" : "?" + query);
    }

    /** Closes the database and drops everything the test created. */
    @Override
    public void close() throws IOException, SQLException {
        if (db != null) {
            if (backend == Backend.MSSQL || backend == Backend.ORACLE) {
                db.dropAll().join();
            }
            db.close();
        }
        switch (backend) {
            case SQLITE -> deleteDirectory();
            case POSTGRESQL -> admin("DROP SCHEMA IF EXISTS " + namespace + " CASCADE");
            case MARIADB, MYSQL -> admin("DROP DATABASE IF EXISTS " + namespace);
            default -> {}
        }
    }

    private void deleteDirectory() throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Override
    public String toString() {
        return backend.label() + ":" + namespace;
    }
}
