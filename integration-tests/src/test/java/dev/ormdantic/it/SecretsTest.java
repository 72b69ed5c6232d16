package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.it.model.Credential;
import dev.ormdantic.it.model.CredentialTable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
