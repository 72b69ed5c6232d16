package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.it.model.Credential;
import dev.ormdantic.it.model.CredentialTable;
import dev.ormdantic.micrometer.ObservationListener;
import dev.ormdantic.micrometer.PoolMetrics;
import dev.ormdantic.migrations.history.HistorySql;
import dev.ormdantic.migrations.history.MigrationEvent;
import dev.ormdantic.migrations.history.MigrationListener;
import dev.ormdantic.migrations.history.MigrationProgress;
import dev.ormdantic.migrations.history.MigrationResult;
import dev.ormdantic.migrations.history.MigrationStatus;
import dev.ormdantic.migrations.history.Migrator;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.function.Executable;

/**
 * No password and no value of a secret-looking column in any message, {@code toString()}, printed stack trace (the
 * whole cause chain) or log record, Ormdantic's and HikariCP's at every level: each error path provoked on each live
 * backend, everything it leaves behind searched for the secret. Every secret here contains {@code S3cret}.
 */
@Tag("reliability")
class SecretsTest {

    private static final String NEEDLE = "S3cret";

    /** Passwords as users type them into URLs, with the characters that end a URL's parts. */
    private static final List<String> RAW_PASSWORDS =
            List.of("S3cret/ab", "S3cret#ab", "S3cret?ab", "p@S3cret", "S3cret@ss", "S3cret:x/y#z?w@v");

    @BackendTest
    void noErrorPathShowsASecret(TestDatabase test) {
        List<String> seen = new ArrayList<>();
        try (LogCapture log = new LogCapture()) {
            if (test.backend() != Backend.SQLITE) {
                urlErrors(test, seen);
            }
            duplicateSecrets(test, seen);
            String logged = log.text();
            // The capture works: HikariCP's DEBUG configuration dump is there.
            assertTrue(logged.contains("FINE com.zaxxer.hikari.HikariConfig: "), logged);
            assertFalse(logged.contains(NEEDLE), logged);
            seen.add(logged);
        }
        for (String text : seen) {
            assertFalse(text.contains(NEEDLE), text);
        }
    }

    private static void urlErrors(TestDatabase test, List<String> seen) {
        String url = test.url();
        String scheme = url.substring(0, url.indexOf("://"));
        String rest = url.substring(url.indexOf('@') + 1); // host:port/db?...
        String user = url.substring(url.indexOf("://") + 3, url.indexOf('@'));
        // Unencoded delimiters: not a valid URL, refused with ORM2001 without showing the password.
        for (String password : RAW_PASSWORDS) {
            OrmdanticException e =
                    expect(() -> Ormdantic.open(scheme + "://" + user + ":" + password + "@" + rest), seen);
            assertEquals(ErrorCode.URL_INVALID, e.code(), e.getMessage());
        }
        String encoded = "S3cret%2F%23%3F%40%3Ax";
        String withPassword = scheme + "://" + user + ":" + encoded + "@" + rest;
        String jdbc = "jdbc:"
                + (test.backend() == Backend.POSTGRESQL
                        ? "postgresql"
                        : test.backend().label()) + "://" + rest + (rest.contains("?") ? "&" : "?") + "user=" + user
                + "&password=S3cretJdbc";
        if (test.backend() == Backend.POSTGRESQL) {
            // Trust authentication: the password is sent and ignored, so the open works and the pool logs its setup.
            for (String working : List.of(withPassword, jdbc)) {
                try (Ormdantic db =
                        Ormdantic.builder(working).tables(CredentialTable.TABLE).open()) {
                    seen.add(db.toString());
                    db.init().join();
                    duplicates(db, seen);
                }
            }
        } else {
            // root has no password: the login is refused.
            for (String refused : List.of(withPassword, jdbc)) {
                OrmdanticException e = expect(
                        () -> Ormdantic.builder(refused)
                                .connectionTimeout(Duration.ofSeconds(2))
                                .open(),
                        seen);
                assertEquals(ErrorCode.PERMISSION_DENIED, e.code(), e.getMessage());
            }
        }
        // Nothing listens on port 1: the connection fails.
        String down = scheme + "://" + user + ":" + encoded + "@127.0.0.1:1/" + rest.substring(rest.indexOf('/') + 1);
        expect(
                () -> Ormdantic.builder(down)
                        .connectionTimeout(Duration.ofMillis(500))
                        .open(),
                seen);
        expect(
                () -> Ormdantic.builder(down.replace(":" + encoded, ""))
                        .credentials(user, "S3cretCredentials")
                        .connectionTimeout(Duration.ofMillis(500))
                        .open(),
                seen);
    }

    /**
     * The rest of the plan's list (T11): meters and their tags (the pool's, and the timers the observations make),
     * the observations themselves, an exhausted pool ({@code ORM2420}) and a failing migration (its exception, the
     * migrator's events and the history row), for each URL form that can carry the password, with every log record.
     * Only PostgreSQL's test server takes a password: it trusts every login, so the password is sent and ignored,
     * while the other servers' {@code root} has none and refuses one (their refusals are {@link #noErrorPathShowsASecret}).
     */
    @BackendTest
    void noMeterObservationExhaustedPoolOrFailedMigrationShowsThePassword(TestDatabase test) throws Exception {
        assumeTrue(
                test.backend() == Backend.POSTGRESQL,
                "only the PostgreSQL test server logs in with a password (trust); the others refuse one");
        String url = test.url();
        String user = url.substring(url.indexOf("://") + 3, url.indexOf('@'));
        String rest = url.substring(url.indexOf('@') + 1); // host:port/db?currentSchema=...
        String jdbc = "jdbc:postgresql://" + rest + "&user=" + user;
        List<String> forms = List.of(
                "postgresql://" + user + ":S3cretUser%2F%40x@" + rest,
                jdbc + "&password=S3cretJdbc",
                jdbc + "&PASSWORD=S3cretUpper",
                jdbc + "&PWD=S3cretPwd",
                jdbc + "&pwd=S3cretLowerPwd",
                jdbc + "&sslpassword=S3cretSsl");
        List<String> seen = new ArrayList<>();
        try (LogCapture log = new LogCapture()) {
            for (String form : forms) {
                observedAndExhausted(form, seen);
            }
            failedMigration(test, jdbc + "&password=S3cretMigrator&PWD=S3cretMigratorPwd", seen);
            String logged = log.text();
            assertTrue(logged.contains("FINE com.zaxxer.hikari.HikariConfig: "), logged);
            seen.add(logged);
        }
        for (String text : seen) {
            assertFalse(text.contains(NEEDLE), text);
        }
    }

    /** Opens a pool of one on the URL with meters and observations, fails a statement, then exhausts the pool. */
    private static void observedAndExhausted(String url, List<String> seen) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations
                .observationConfig()
                .observationHandler(new DefaultMeterObservationHandler(meters))
                .observationHandler(new Recorder(seen));
        try (Ormdantic db = Ormdantic.builder(url)
                .tables(CredentialTable.TABLE)
                .poolSize(1)
                .connectionTimeout(Duration.ofMillis(500))
                .listener(new ObservationListener(observations))
                .hikari(PoolMetrics.to(meters))
                .open()) {
            seen.add(db.toString());
            db.init().join();
            duplicates(db, seen);
            BlockingTableHandle<Credential, String> credentials = db.blockingTable(CredentialTable.TABLE);
            try (Stream<Credential> open = credentials.stream(Filter.all(), OrderBy.asc(CredentialTable.ID))) {
                assertTrue(open.iterator().hasNext());
                OrmdanticException starved = expect(credentials::count, seen);
                assertEquals(ErrorCode.POOL_EXHAUSTED, starved.code(), starved.getMessage());
            }
            // The paths ran into the meters (read before close, which removes the pool's): a pool timeout, and a
            // statement timer tagged with its error.
            assertEquals(
                    1.0, meters.get("hikaricp.connections.timeout").counter().count(), meters.getMetersAsString());
            assertTrue(
                    meters.getMeters().stream()
                            .anyMatch(meter -> meter.getId().getName().equals(ObservationListener.STATEMENT)
                                    && !"none".equals(meter.getId().getTag("error"))),
                    meters.getMetersAsString());
            for (Meter meter : meters.getMeters()) {
                seen.add(meter.getId().toString());
                seen.add(String.valueOf(meter.getId().getDescription()));
            }
            seen.add(meters.getMetersAsString());
        }
    }

    /** A migration that fails at its second statement, on connections whose URL holds the password. */
    private static void failedMigration(TestDatabase test, String url, List<String> seen) throws SQLException {
        List<String> events = new ArrayList<>();
        Migrator migrator = Migrator.builder(() -> DriverManager.getConnection(url), DialectId.POSTGRESQL)
                .lockName(test.toString().replace(':', '_'))
                .productVersion("test")
                .listener(new MigrationListener() {
                    @Override
                    public void beforeMigration(MigrationEvent event) {
                        events.add(event.toString());
                    }

                    @Override
                    public void afterMigration(MigrationResult result) {
                        events.add(result.toString());
                        Throwable error = result.error();
                        if (error != null) {
                            events.add(trace(error));
                        }
                    }

                    @Override
                    public void progress(MigrationProgress progress) {
                        events.add(progress.toString());
                    }
                })
                .build();
        OrmdanticException failed = expect(
                () -> migrator.apply(Migrations.migration(
                        "0001",
                        "secrets",
                        List.of(
                                "CREATE TABLE mig_a (id INTEGER NOT NULL PRIMARY KEY)",
                                "CREATE TABLE mig_b (id INTEGER NOT NULL PRIMARY KEY, id INTEGER)"),
                        List.of())),
                seen);
        assertEquals(ErrorCode.MIGRATION_FAILED, failed.code(), failed.getMessage());
        assertTrue(
                events.stream().anyMatch(event -> event.contains("MIGRATION_FAILED") || event.contains("ORM27")),
                events.toString());
        seen.addAll(events);
        MigrationStatus status = migrator.status();
        assertTrue(status.dirty());
        seen.add(status.toString());
        seen.add(migrator.history().toString());
        // The history row as stored: every column of it.
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + HistorySql.HISTORY_TABLE)) {
            int count = 0;
            while (rows.next()) {
                count++;
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    seen.add(String.valueOf(rows.getString(column)));
                }
            }
            assertEquals(1, count, "the failed migration's history row");
        }
        // A migrator whose server is down: its connection error.
        Migrator down = Migrator.builder(
                        () -> DriverManager.getConnection(
                                "jdbc:postgresql://127.0.0.1:1/test?connectTimeout=1&password=S3cretDown"),
                        DialectId.POSTGRESQL)
                .build();
        expect(down::status, seen);
    }

    /** Every observation as it starts, fails and stops: its names, key values and error. */
    private record Recorder(List<String> seen) implements ObservationHandler<Observation.Context> {

        @Override
        public void onStart(Observation.Context context) {
            record(context);
        }

        @Override
        public void onError(Observation.Context context) {
            record(context);
        }

        @Override
        public void onStop(Observation.Context context) {
            record(context);
        }

        private void record(Observation.Context context) {
            synchronized (seen) {
                seen.add(context.toString());
                seen.add(String.valueOf(context.getContextualName()));
                context.getAllKeyValues().forEach(keyValue -> seen.add(keyValue.getKey() + "=" + keyValue.getValue()));
                Throwable error = context.getError();
                if (error != null) {
                    seen.add(trace(error));
                }
            }
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }

    private static String trace(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    private static void duplicateSecrets(TestDatabase test, List<String> seen) {
        try (Ormdantic db =
                Ormdantic.builder(test.url()).tables(CredentialTable.TABLE).open()) {
            db.init().join();
            duplicates(db, seen);
        }
    }

    /** A duplicate in a unique index named after the column, and in a unique constraint whose name does not say. */
    private static void duplicates(Ormdantic db, List<String> seen) {
        BlockingTableHandle<Credential, String> credentials = db.blockingTable(CredentialTable.TABLE);
        credentials.deleteAll();
        credentials.insert(new Credential("1", "ann", "S3cretPassword1", "S3cretToken1"));
        OrmdanticException password =
                expect(() -> credentials.insert(new Credential("2", "bob", "S3cretPassword1", "S3cretToken2")), seen);
        OrmdanticException token =
                expect(() -> credentials.insert(new Credential("3", "cid", "S3cretPassword3", "S3cretToken1")), seen);
        for (OrmdanticException e : List.of(password, token)) {
            assertEquals(Set.of(ErrorCode.UNIQUE_VIOLATION), Set.of(e.code()), e.getMessage());
        }
    }

    /** Runs what must fail and records everything its exception shows. */
    private static OrmdanticException expect(Executable failing, List<String> seen) {
        OrmdanticException e = assertThrows(OrmdanticException.class, failing);
        seen.add(e.getMessage());
        seen.add(e.toString());
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        seen.add(trace.toString());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            seen.add(String.valueOf(cause.getMessage()));
            seen.add(cause.toString());
        }
        return e;
    }
}
