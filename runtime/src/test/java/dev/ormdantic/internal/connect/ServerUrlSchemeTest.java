package dev.ormdantic.internal.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Server URLs in the seed's form and as JDBC URLs: dialect, JDBC URL, properties, and no password on show. */
class ServerUrlSchemeTest {

    @ParameterizedTest
    @CsvSource({
        "postgresql://h/app, POSTGRESQL, jdbc:postgresql://h:5432/app",
        "postgres://h:6543/app, POSTGRESQL, jdbc:postgresql://h:6543/app",
        "postgresql+asyncpg://h/app, POSTGRESQL, jdbc:postgresql://h:5432/app",
        "mysql://h/app, MYSQL, jdbc:mysql://h:3306/app",
        "mariadb://h:3307/app, MARIADB, jdbc:mariadb://h:3307/app",
        "mssql://h/app, MSSQL, jdbc:sqlserver://h:1433",
        "sqlserver://h:1500/app, MSSQL, jdbc:sqlserver://h:1500",
        "oracle://h/FREEPDB1, ORACLE, jdbc:oracle:thin:@//h:1521/FREEPDB1",
        "oracle://h?sid=XE, ORACLE, jdbc:oracle:thin:@h:1521:XE",
        "oracle://h?service_name=ORCL, ORACLE, jdbc:oracle:thin:@//h:1521/ORCL",
        "postgresql://[::1]:5432/app, POSTGRESQL, jdbc:postgresql://[::1]:5432/app",
        "jdbc:postgresql://h/app?sslmode=require, POSTGRESQL, jdbc:postgresql://h/app?sslmode=require",
        "jdbc:mysql://h/app, MYSQL, jdbc:mysql://h/app",
        "jdbc:mariadb://h/app, MARIADB, jdbc:mariadb://h/app",
        "jdbc:sqlserver://h;databaseName=app, MSSQL, jdbc:sqlserver://h;databaseName=app",
        "jdbc:oracle:thin:@//h:1521/X, ORACLE, jdbc:oracle:thin:@//h:1521/X"
    })
    void parsesEveryForm(String url, DialectId dialect, String jdbcUrl) {
        ConnectionTarget target = DatabaseUrls.parse(url);
        assertEquals(dialect, target.dialect().id());
        assertEquals(jdbcUrl, target.jdbcUrl());
        assertFalse(target.memory());
    }

    @Test
    void credentialsAndOptionsBecomePropertiesAndThePasswordIsNeverShown() {
        ConnectionTarget target = DatabaseUrls.parse(
                "postgresql://app%40shop:p%40ss%3Aword@db:5432/shop?sslmode=require&socketTimeout=30");
        assertEquals("app@shop", target.properties().get("user"));
        assertEquals("p@ss:word", target.properties().get("password"));
        assertEquals("require", target.properties().get("sslmode"));
        assertEquals("30", target.properties().get("socketTimeout"), "the URL overrides a safe default");
        assertEquals("false", target.properties().get("logServerErrorDetail"));
        assertEquals(List.of("p@ss:word"), target.secrets());
        assertEquals("postgresql://app%40shop:***@db:5432/shop?sslmode=require&socketTimeout=30", target.displayUrl());
        assertEquals(target.displayUrl(), target.toString());
    }

    @Test
    void credentialsGivenApartFromTheUrlOverrideItsOwnAndStayHidden() {
        ConnectionTarget target =
                DatabaseUrls.parse("postgresql://old:old@db/shop").withCredentials("app", "s3cret");
        assertEquals("app", target.properties().get("user"));
        assertEquals("s3cret", target.properties().get("password"));
        assertTrue(target.secrets().contains("s3cret"));
        assertFalse(target.toString().contains("s3cret"));
        ConfigurationException sqlite = assertThrows(
                ConfigurationException.class,
                () -> dev.ormdantic.Ormdantic.builder("sqlite::memory:").credentials("u", "p"));
        assertEquals(ErrorCode.OPTION_OUT_OF_RANGE, sqlite.code());
    }

    @Test
    void safeDefaultsPerServer() {
        Map<String, String> mysql = DatabaseUrls.parse("mysql://root@h/app").properties();
        assertEquals("false", mysql.get("autoDeserialize"));
        assertEquals("false", mysql.get("allowLoadLocalInfile"));
        assertEquals("root", mysql.get("user"));
        assertFalse(mysql.containsKey("password"));
        assertFalse(mysql.containsKey("socketTimeout"), "timeouts follow the builder, not fixed defaults");
        Map<String, String> mssql =
                DatabaseUrls.parse("mssql://sa:pw@h/app?trust_cert=true").properties();
        assertEquals("true", mssql.get("trustServerCertificate"));
        assertEquals("app", mssql.get("databaseName"));
    }

    @Test
    void timeoutsFollowTheBuilderInEachDriversUnits() {
        Duration connect = Duration.ofMillis(1500);
        Duration socket = Timeouts.socket(Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(31), socket);
        assertEquals(
                Map.of("connectTimeout", "2", "loginTimeout", "1.5", "socketTimeout", "31", "cancelSignalTimeout", "2"),
                ServerKind.POSTGRESQL.timeouts(connect, socket));
        assertEquals(
                Map.of("connectTimeout", "1500", "socketTimeout", "31000"),
                ServerKind.MARIADB.timeouts(connect, socket));
        assertEquals(
                Map.of("connectTimeout", "1500", "socketTimeout", "31000"), ServerKind.MYSQL.timeouts(connect, socket));
        assertEquals(Map.of("loginTimeout", "2", "socketTimeout", "31000"), ServerKind.MSSQL.timeouts(connect, socket));
        assertEquals(
                Map.of("oracle.net.CONNECT_TIMEOUT", "1500", "oracle.jdbc.ReadTimeout", "31000"),
                ServerKind.ORACLE.timeouts(connect, socket));
        assertEquals(Duration.ofMillis(750), Timeouts.validation(connect));
        assertEquals(Duration.ofMillis(250), Timeouts.validation(Duration.ofMillis(250)));
        assertEquals(Duration.ofSeconds(5), Timeouts.validation(Duration.ofSeconds(30)));
        assertEquals(2, Timeouts.seconds(Duration.ofMillis(1001)));
    }

    @Test
    void aTimeoutInTheUrlWinsOverTheBuilders() {
        ConnectionTarget target = DatabaseUrls.parse("mariadb://root@h/app?socketTimeout=123");
        Options options = new Options(
                null,
                null,
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                List.of(),
                ServerUrlSchemeTest.class.getClassLoader(),
                Duration.ZERO,
                null,
                List.of(),
                List.of(),
                dev.ormdantic.NPlusOne.WARN);
        assertEquals(
                Map.of("connectTimeout", "2000"), ServerProfile.timeoutProperties(ServerKind.MARIADB, target, options));
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        Timeouts.configurePool(config, options);
        assertEquals(1000, config.getValidationTimeout());
        assertEquals(30_000, config.getKeepaliveTime());
    }

    @Test
    void mariadbConnectionsBoundEveryStatementOnTheServerTheOthersPerStatement() {
        Options options = new Options(
                null,
                null,
                Duration.ofSeconds(2),
                Duration.ofMillis(9_500),
                Duration.ofSeconds(10),
                List.of(),
                ServerUrlSchemeTest.class.getClassLoader(),
                Duration.ZERO,
                null,
                List.of(),
                List.of(),
                dev.ormdantic.NPlusOne.WARN);
        assertEquals(
                Map.of("sessionVariables", "max_statement_time=10"),
                ServerProfile.statementTimeoutProperties(
                        ServerKind.MARIADB, DatabaseUrls.parse("mariadb://root@h/app"), options));
        assertEquals(
                Map.of("sessionVariables", "sql_mode=ANSI,max_statement_time=10"),
                ServerProfile.statementTimeoutProperties(
                        ServerKind.MARIADB,
                        DatabaseUrls.parse("mariadb://root@h/app?sessionVariables=sql_mode=ANSI"),
                        options));
        assertEquals(
                Map.of(),
                ServerProfile.statementTimeoutProperties(
                        ServerKind.MARIADB,
                        DatabaseUrls.parse("mariadb://root@h/app?sessionVariables=MAX_STATEMENT_TIME=3"),
                        options),
                "the URL's own bound wins");
        assertEquals(
                Map.of(),
                ServerProfile.statementTimeoutProperties(
                        ServerKind.POSTGRESQL, DatabaseUrls.parse("postgresql://u@h/app"), options));
        for (ServerKind kind : ServerKind.values()) {
            assertEquals(
                    kind != ServerKind.MARIADB,
                    DriverProfiles.of(kind.dialect()).timesEachStatement(),
                    kind.name());
        }
        assertFalse(DriverProfiles.of(dev.ormdantic.dialect.DialectId.SQLITE).timesEachStatement());
    }

    @Test
    void jdbcUrlsKeepTheirSecretsHidden() {
        for (String url : List.of(
                "jdbc:postgresql://h/app?user=u&password=hunter2",
                "jdbc:mysql://u:hunter2@h/app",
                "jdbc:oracle:thin:scott/hunter2@//h:1521/XE")) {
            ConnectionTarget target = DatabaseUrls.parse(url);
            assertFalse(target.displayUrl().contains("hunter2"), target.displayUrl());
            assertTrue(target.secrets().contains("hunter2"), url);
        }
    }

    @Test
    void malformedServerUrlsSayWhatIsWrong() {
        ConfigurationException noHost =
                assertThrows(ConfigurationException.class, () -> DatabaseUrls.parse("postgresql:///app"));
        assertEquals(ErrorCode.URL_INVALID, noHost.code());
        assertTrue(noHost.getMessage().contains("it names no host"), noHost.getMessage());
        assertTrue(noHost.getMessage().contains("postgresql://user:password@localhost:5432/app"), noHost.getMessage());
        ConfigurationException noService =
                assertThrows(ConfigurationException.class, () -> DatabaseUrls.parse("oracle://u:secret@h"));
        assertTrue(noService.getMessage().contains("names no service"), noService.getMessage());
        assertFalse(noService.getMessage().contains("secret"), noService.getMessage());
        ConfigurationException path =
                assertThrows(ConfigurationException.class, () -> DatabaseUrls.parse("mysql://h/a/b"));
        assertTrue(path.getMessage().contains("single database name"), path.getMessage());
    }
}
