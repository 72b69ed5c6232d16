package dev.ormdantic.internal.connect;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The database servers Ormdantic connects to: for each, the URL scheme names, the default port, the JDBC driver and
 * its Maven coordinates, and the driver properties that make it safe by default (connect and socket timeouts, so
 * a dead server fails a call instead of hanging it; no deserialization or local-file loading on MySQL; no row values
 * in PostgreSQL's error messages). An option given in the URL overrides a default.
 */
enum ServerKind {
    /** PostgreSQL through pgjdbc. */
    POSTGRESQL(
            DialectId.POSTGRESQL,
            List.of("postgresql", "postgres", "pgsql"),
            5432,
            "org.postgresql.Driver",
            "org.postgresql:postgresql:42.7.14",
            "postgresql://user:password@localhost:5432/app",
            "jdbc:postgresql://localhost:5432/app",
            Map.of(
                    "tcpKeepAlive", "true",
                    "logServerErrorDetail", "false",
                    "ApplicationName", "ormdantic")),
    /** MySQL through MySQL Connector/J. */
    MYSQL(
            DialectId.MYSQL,
            List.of("mysql"),
            3306,
            "com.mysql.cj.jdbc.Driver",
            "com.mysql:mysql-connector-j:9.7.0",
            "mysql://user:password@localhost:3306/app",
            "jdbc:mysql://localhost:3306/app",
            Map.of(
                    "tcpKeepAlive", "true",
                    "autoDeserialize", "false",
                    "allowLoadLocalInfile", "false",
                    "allowUrlInLocalInfile", "false")),
    /** MariaDB through MariaDB Connector/J. */
    MARIADB(
            DialectId.MARIADB,
            List.of("mariadb"),
            3306,
            "org.mariadb.jdbc.Driver",
            "org.mariadb.jdbc:mariadb-java-client:3.5.11",
            "mariadb://user:password@localhost:3306/app",
            "jdbc:mariadb://localhost:3306/app",
            Map.of("tcpKeepAlive", "true", "allowLocalInfile", "false")),
    /** SQL Server through mssql-jdbc. */
    MSSQL(
            DialectId.MSSQL,
            List.of("mssql", "sqlserver"),
            1433,
            "com.microsoft.sqlserver.jdbc.SQLServerDriver",
            "com.microsoft.sqlserver:mssql-jdbc:13.6.2.jre11",
            "mssql://user:password@localhost:1433/app?trust_cert=true",
            "jdbc:sqlserver://localhost:1433;databaseName=app",
            Map.of("applicationName", "ormdantic")),
    /** Oracle Database through ojdbc11. */
    ORACLE(
            DialectId.ORACLE,
            List.of("oracle"),
            1521,
            "oracle.jdbc.OracleDriver",
            "com.oracle.database.jdbc:ojdbc11:23.26.4.0.0",
            "oracle://user:password@localhost:1521/FREEPDB1",
            "jdbc:oracle:thin:@//localhost:1521/FREEPDB1",
            Map.of());

    private final DialectId dialect;

    @SuppressWarnings("ImmutableEnumChecker") // List.of: immutable
    private final List<String> names;

    private final int defaultPort;
    private final String driverClass;
    private final String driverArtifact;
    private final String example;
    private final String jdbcExample;

    @SuppressWarnings("ImmutableEnumChecker") // Map.of: immutable
    private final Map<String, String> safeDefaults;

    ServerKind(
            DialectId dialect,
            List<String> names,
            int defaultPort,
            String driverClass,
            String driverArtifact,
            String example,
            String jdbcExample,
            Map<String, String> safeDefaults) {
        this.dialect = dialect;
        this.names = names;
        this.defaultPort = defaultPort;
        this.driverClass = driverClass;
        this.driverArtifact = driverArtifact;
        this.example = example;
        this.jdbcExample = jdbcExample;
        this.safeDefaults = safeDefaults;
    }

    DialectId dialect() {
        return dialect;
    }

    /** The scheme names: the seed's URL schemes and the JDBC subprotocol. */
    List<String> names() {
        return names;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** The driver's class, whose presence tells whether the driver is on the class path. */
    String driverClass() {
        return driverClass;
    }

    /** The Maven coordinates of the driver version Ormdantic is tested with. */
    String driverArtifact() {
        return driverArtifact;
    }

    String example() {
        return example;
    }

    String jdbcExample() {
        return jdbcExample;
    }

    /** Driver properties set unless the URL sets them. */
    Map<String, String> safeDefaults() {
        return safeDefaults;
    }

    /**
     * The driver properties that bound connecting and waiting for an answer, in each driver's own names and units.
     * {@code connect} bounds opening a connection, login included: without a login timeout, pgjdbc waits for a hung
     * server's handshake as long as its socket timeout allows. {@code socket} bounds every wait for the server's
     * answer, including the wait for a cancelled statement whose cancel request never arrived.
     *
     * @param connect the connection (and login) timeout
     * @param socket the socket read timeout
     * @return the properties
     */
    Map<String, String> timeouts(java.time.Duration connect, java.time.Duration socket) {
        String connectMillis = String.valueOf(connect.toMillis());
        String socketMillis = String.valueOf(socket.toMillis());
        return switch (this) {
            // pgjdbc counts in seconds: connectTimeout and socketTimeout whole, loginTimeout with a fraction
            case POSTGRESQL ->
                Map.of(
                        "connectTimeout", String.valueOf(Timeouts.seconds(connect)),
                        "loginTimeout", String.valueOf(connect.toMillis() / 1000.0),
                        "socketTimeout", String.valueOf(Timeouts.seconds(socket)),
                        // a timed-out statement waits for its cancel request, which pgjdbc gives 10 s by default
                        "cancelSignalTimeout", String.valueOf(Timeouts.seconds(connect)));
            case MYSQL, MARIADB -> Map.of("connectTimeout", connectMillis, "socketTimeout", socketMillis);
            case MSSQL ->
                Map.of("loginTimeout", String.valueOf(Timeouts.seconds(connect)), "socketTimeout", socketMillis);
            case ORACLE -> Map.of("oracle.net.CONNECT_TIMEOUT", connectMillis, "oracle.jdbc.ReadTimeout", socketMillis);
        };
    }

    /**
     * The JDBC URL for a server URL's parts; options that are not part of the JDBC URL go to {@code properties}.
     *
     * @param host the host (an IPv6 literal in brackets)
     * @param port the port
     * @param database the database (or Oracle service) name, possibly empty
     * @param options the URL's query options
     * @param properties the driver properties to fill
     * @param invalid makes the error for a URL that cannot work
     * @return the JDBC URL
     */
    String jdbcUrl(
            String host,
            int port,
            String database,
            Map<String, String> options,
            Map<String, String> properties,
            Function<String, ConfigurationException> invalid) {
        String address = host + ":" + port;
        return switch (this) {
            case POSTGRESQL -> {
                properties.putAll(options);
                yield "jdbc:postgresql://" + address + "/" + database;
            }
            case MYSQL -> {
                properties.putAll(options);
                yield "jdbc:mysql://" + address + "/" + database;
            }
            case MARIADB -> {
                properties.putAll(options);
                yield "jdbc:mariadb://" + address + "/" + database;
            }
            case MSSQL -> {
                for (Map.Entry<String, String> option : options.entrySet()) {
                    // the seed's spelling of the driver's trustServerCertificate
                    String key = option.getKey().equals("trust_cert") ? "trustServerCertificate" : option.getKey();
                    properties.put(key, option.getValue());
                }
                if (!database.isEmpty()) {
                    properties.put("databaseName", database);
                }
                yield "jdbc:sqlserver://" + address;
            }
            case ORACLE -> {
                String service = options.getOrDefault("service_name", options.getOrDefault("service", database));
                String sid = options.get("sid");
                options.forEach((key, value) -> {
                    if (!List.of("service_name", "service", "sid").contains(key)) {
                        properties.put(key, value);
                    }
                });
                if (sid != null) {
                    yield "jdbc:oracle:thin:@" + address + ":" + sid;
                }
                if (service.isEmpty()) {
                    throw invalid.apply("it names no service; put it in the path or in ?service_name=");
                }
                yield "jdbc:oracle:thin:@//" + address + "/" + service;
            }
        };
    }
}
