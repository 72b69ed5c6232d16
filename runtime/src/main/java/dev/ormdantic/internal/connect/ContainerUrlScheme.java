package dev.ormdantic.internal.connect;

import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.Redactor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Testcontainers' JDBC URLs, {@code jdbc:tc:<type>[:<image tag>]://[host]/<database>[?options]} (Oracle:
 * {@code jdbc:tc:oracle[:<tag>]:thin:@...}): the type names the database, and so the dialect. The URL is opened as
 * given, options and {@code TC_*} parameters included, by Testcontainers' own driver
 * ({@value #DRIVER}), which starts the database in a container and hands each connection to the database's driver.
 * Ormdantic's driver properties for the database go along with every connection (as the defaults of the driver
 * properties Testcontainers gives the database's driver, which not every driver reads).
 */
final class ContainerUrlScheme implements UrlScheme {

    /** Testcontainers' JDBC driver, from {@code org.testcontainers:testcontainers-jdbc}. */
    static final String DRIVER = "org.testcontainers.jdbc.ContainerDatabaseDriver";

    /** The Testcontainers version Ormdantic's tests use, for messages. */
    static final String VERSION = "2.0.5";

    private static final String PREFIX = "jdbc:tc:";

    /** The Testcontainers database types of the supported databases, each with its server and module. */
    private static final Map<String, Type> TYPES = types();

    /**
     * One Testcontainers database type.
     *
     * @param kind the database server it runs
     * @param module the Testcontainers module that provides it
     */
    record Type(ServerKind kind, String module) {}

    private static Map<String, Type> types() {
        Map<String, Type> types = new LinkedHashMap<>();
        String postgres = "org.testcontainers:testcontainers-postgresql";
        types.put("postgresql", new Type(ServerKind.POSTGRESQL, postgres));
        types.put("postgis", new Type(ServerKind.POSTGRESQL, postgres));
        types.put("timescaledb", new Type(ServerKind.POSTGRESQL, postgres));
        types.put("pgvector", new Type(ServerKind.POSTGRESQL, postgres));
        types.put("mysql", new Type(ServerKind.MYSQL, "org.testcontainers:testcontainers-mysql"));
        types.put("mariadb", new Type(ServerKind.MARIADB, "org.testcontainers:testcontainers-mariadb"));
        types.put("sqlserver", new Type(ServerKind.MSSQL, "org.testcontainers:testcontainers-mssqlserver"));
        types.put("oracle", new Type(ServerKind.ORACLE, "org.testcontainers:testcontainers-oracle-free"));
        return Map.copyOf(types);
    }

    /**
     * The supported type names, in the order the docs list them.
     *
     * @return the names
     */
    static List<String> typeNames() {
        return List.of("postgresql", "postgis", "timescaledb", "pgvector", "mysql", "mariadb", "sqlserver", "oracle");
    }

    @Override
    public List<String> names() {
        return List.of("tc");
    }

    @Override
    public List<String> examples() {
        return List.of("jdbc:tc:postgresql:16:///app (Testcontainers)");
    }

    @Override
    public ConnectionTarget parse(String url, boolean jdbc) {
        if (!jdbc) {
            throw invalid(url, "a Testcontainers URL starts with jdbc:tc:");
        }
        Type type = type(url);
        if (url.length() <= PREFIX.length() + 1 || url.indexOf(':', PREFIX.length()) < 0) {
            throw invalid(url, "it names no database after the type");
        }
        return new ConnectionTarget(
                Dialects.of(type.kind().dialect()),
                url,
                type.kind().safeDefaults(),
                Redactor.url(url),
                ServerUrlScheme.secretsOf(url),
                false,
                true);
    }

    /**
     * The type a Testcontainers URL names.
     *
     * @param url the URL, starting with {@code jdbc:tc:}
     * @return the type
     * @throws ConfigurationException ({@code ORM2013}) for a type that is none of the supported databases
     */
    static Type type(String url) {
        int end = PREFIX.length();
        while (end < url.length() && Character.isLetterOrDigit(url.charAt(end))) {
            end++;
        }
        String name = url.substring(PREFIX.length(), end).toLowerCase(Locale.ROOT);
        Type type = TYPES.get(name);
        if (type == null) {
            throw new ConfigurationException(
                    ErrorCode.CONTAINER_TYPE_UNSUPPORTED,
                    new ErrorContext(Operation.OPEN.method(), null, null),
                    "database URL '" + Redactor.url(url) + "' "
                            + (name.isEmpty()
                                    ? "names no Testcontainers database type"
                                    : "names the Testcontainers database type '" + name
                                            + "', which is not one of the databases Ormdantic supports"),
                    "use one of the types " + String.join(", ", typeNames())
                            + ", as in jdbc:tc:postgresql:16:///app or jdbc:tc:mariadb:11:///app",
                    null);
        }
        return type;
    }

    private static ConfigurationException invalid(String url, String why) {
        return new ConfigurationException(
                ErrorCode.URL_INVALID,
                new ErrorContext(Operation.OPEN.method(), null, null),
                "database URL '" + Redactor.url(url) + "' is not a valid Testcontainers URL: " + why,
                "use Testcontainers' form jdbc:tc:<type>[:<image tag>]:///<database>, such as"
                        + " jdbc:tc:postgresql:16:///app",
                null);
    }

    /**
     * Checks that Testcontainers' JDBC driver is on the class path, through the builder's class loader and then the
     * runtime's own.
     *
     * @param target the target, for the message
     * @param options the options, whose class loader is asked first
     * @throws ConfigurationException ({@code ORM2014}) when it is not
     */
    static void requireDriver(ConnectionTarget target, Options options) {
        if (DriverProfile.driverPresent(DRIVER, options.classLoader())
                || DriverProfile.driverPresent(DRIVER, DriverProfile.class.getClassLoader())) {
            return;
        }
        Type type = type(target.jdbcUrl());
        throw new ConfigurationException(
                ErrorCode.CONTAINER_DRIVER_MISSING,
                new ErrorContext(Operation.OPEN.method(), null, target.dialect().name()),
                "cannot open '" + target.displayUrl() + "': Testcontainers' JDBC driver (" + DRIVER
                        + ") is not on the class path",
                "add the test dependency " + type.module() + ":" + VERSION
                        + " (it brings org.testcontainers:testcontainers-jdbc) and the "
                        + target.dialect().displayName() + " JDBC driver "
                        + type.kind().driverArtifact()
                        + "; Testcontainers starts the database in a container, which needs a running Docker engine",
                null);
    }
}
