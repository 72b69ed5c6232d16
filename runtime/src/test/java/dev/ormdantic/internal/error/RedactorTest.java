package dev.ormdantic.internal.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("reliability")
class RedactorTest {

    @Test
    void urlsLoseTheirPasswords() {
        assertEquals("postgresql://app:***@db:5432/shop", Redactor.url("postgresql://app:s3cret@db:5432/shop"));
        assertEquals(
                "jdbc:postgresql://db/shop?user=app&password=***&ssl=true",
                Redactor.url("jdbc:postgresql://db/shop?user=app&password=s3cret&ssl=true"));
        assertEquals(
                "jdbc:sqlserver://h;user=sa;password=***", Redactor.url("jdbc:sqlserver://h;user=sa;password=p@ss"));
        assertEquals("sqlite:/tmp/app.db", Redactor.url("sqlite:/tmp/app.db"));
        assertEquals("mysql://root@localhost/test", Redactor.url("mysql://root@localhost/test"));
    }

    @Test
    void rawSqlValuesAndTheSqlAServerQuotesAreHidden() {
        Redactor redactor = new Redactor(List.of()).hidingValues(List.of("alice@example.com", "alice"));
        assertEquals(
                "Key (email)=(***) already exists", redactor.text("Key (email)=(alice@example.com) already exists"));
        assertEquals(
                "You have an error in your SQL syntax; check the manual for the right syntax to use near '***' at line 1",
                redactor.text("You have an error in your SQL syntax; check the manual for the right syntax to use near"
                        + " 'FORM t WHERE a = 'x'' at line 1"));
        // Without bound values the quoted SQL is the statement as written, and stays.
        assertEquals("near 'FORM t' at line 1", new Redactor(List.of()).text("near 'FORM t' at line 1"));
    }

    @Test
    void secretLookingColumnsAreRecognised() {
        for (String name : List.of("password", "api_token", "client_secret", "apiKey", "PRIVATE_KEY", "credentials")) {
            assertTrue(Redactor.isSecretName(name), name);
        }
        for (String name : List.of("id", "name", "key_id", "monkey", "author")) {
            assertFalse(Redactor.isSecretName(name), name);
        }
    }

    @Test
    void knownSecretsAreMaskedInDriverMessagesAndLongValuesShortened() {
        Redactor redactor = new Redactor(List.of("hunter2", ""));
        assertEquals("login failed for ***", redactor.text("login failed for hunter2"));
        assertEquals("", redactor.text(null));
        assertEquals("'" + "x".repeat(100) + "...'", redactor.value("name", "x".repeat(150)));
        assertEquals("true", redactor.value("flag", true));
    }

    @Test
    void passwordsWithUrlDelimitersAreMaskedWhole() {
        for (String password : List.of("ab/cd", "a#b", "a?b", "p@ss", "x:y@z/w#v?u")) {
            String masked = Redactor.url("postgresql://u:" + password + "@host/db");
            assertEquals("postgresql://u:***@host/db", masked, password);
        }
        assertEquals(
                "jdbc:oracle:thin:scott/***@//h:1521/svc", Redactor.url("jdbc:oracle:thin:scott/ti@g/er@//h:1521/svc"));
        assertEquals(
                "jdbc:sqlserver://h:1433;user=sa;password=***;db=x",
                Redactor.url("jdbc:sqlserver://h:1433;user=sa;password={a;b}}c};db=x"));
        assertEquals("jdbc:mysql://h/db?user=u&pwd=***&x=1", Redactor.url("jdbc:mysql://h/db?user=u&pwd=s3:cr@t&x=1"));
        assertEquals("jdbc:postgresql://h/db?sslpassword=***", Redactor.url("jdbc:postgresql://h/db?sslpassword=k3y"));
    }

    /**
     * The reliability plan's corpus (T11): every URL form that carries the marker loses it, and keeps the rest, both
     * as a URL and inside a driver's message where the literal password is not known.
     */
    @Test
    void everyUrlFormOfTheSecretsCorpusLosesTheMarker() {
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put("jdbc:postgresql://h/db?password=s3cr3t", "jdbc:postgresql://h/db?password=***");
        corpus.put(
                "jdbc:postgresql://h/db?user=u&password=s3cr3t&ssl=true",
                "jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        corpus.put("jdbc:sqlserver://h;user=sa;password=s3cr3t", "jdbc:sqlserver://h;user=sa;password=***");
        corpus.put("jdbc:sqlserver://h;password={a;s3cr3t};db=x", "jdbc:sqlserver://h;password=***;db=x");
        corpus.put("jdbc:sqlserver://h;password={a;s3cr3t}", "jdbc:sqlserver://h;password=***");
        corpus.put("jdbc:sqlserver://h;user=sa;PWD=s3cr3t;db=x", "jdbc:sqlserver://h;user=sa;PWD=***;db=x");
        corpus.put("jdbc:sqlserver://h;user=sa;pwd=s3cr3t", "jdbc:sqlserver://h;user=sa;pwd=***");
        corpus.put("jdbc:sqlserver://h;Password = s3cr3t;db=x", "jdbc:sqlserver://h;Password = ***;db=x");
        corpus.put("jdbc:sqlserver://h;password=\"a;s3cr3t\";db=x", "jdbc:sqlserver://h;password=***;db=x");
        corpus.put("jdbc:postgresql://h/db?PASSWORD=s3cr3t&x=1", "jdbc:postgresql://h/db?PASSWORD=***&x=1");
        corpus.put(
                "jdbc:postgresql://h/db?sslpassword=s3cr3t&sslmode=verify-full",
                "jdbc:postgresql://h/db?sslpassword=***&sslmode=verify-full");
        corpus.put("jdbc:postgresql://h/db?SSLPASSWORD=s3cr3t", "jdbc:postgresql://h/db?SSLPASSWORD=***");
        corpus.put("jdbc:mysql://user:s3cr3t@host/db", "jdbc:mysql://user:***@host/db");
        corpus.put("mariadb://user:s3cr3t@host:3306/db", "mariadb://user:***@host:3306/db");
        corpus.put(
                "jdbc:mysql://address=(host=h)(user=u)(password=s3cr3t)/db",
                "jdbc:mysql://address=(host=h)(user=u)(password=***");
        corpus.put("jdbc:oracle:thin:u/s3cr3t@//h:1521/svc", "jdbc:oracle:thin:u/***@//h:1521/svc");
        corpus.put("jdbc:oracle:thin:u/\"s3cr3t x\"@//h:1521/svc", "jdbc:oracle:thin:u/***@//h:1521/svc");
        corpus.put("u/s3cr3t@//h:1521/svc", "u/***@//h:1521/svc");
        corpus.put("u/s3cr3t@h:1521:orcl", "u/***@h:1521:orcl");
        corpus.put(
                "u/s3cr3t@(DESCRIPTION=(ADDRESS=(HOST=h)(PORT=1521)))",
                "u/***@(DESCRIPTION=(ADDRESS=(HOST=h)(PORT=1521)))");
        corpus.put("oracle://u:s3cr3t@h:1521/SVC", "oracle://u:***@h:1521/SVC");
        Redactor noSecretKnown = new Redactor(List.of());
        corpus.forEach((url, masked) -> {
            assertEquals(masked, Redactor.url(url), url);
            String message = noSecretKnown.text("connect to '" + url + "' failed: timeout");
            assertFalse(message.contains("s3cr3t"), message);
        });
        // what looks like the Oracle form but is not one stays
        assertEquals("see /var/lib/a/b@c for details", Redactor.url("see /var/lib/a/b@c for details"));
        assertEquals("user alice/admin@example.com", Redactor.url("user alice/admin@example.com"));
    }

    @Test
    void valuesNextToSecretKeysAreMaskedInServerMessages() {
        TableSpec account = new TableSpec(
                "account",
                List.of(column("id"), column("login"), column("api_token")),
                List.of("id"),
                List.of(),
                "",
                List.of(new UniqueSpec("account_unique_0", List.of("api_token"))),
                List.of(),
                null);
        Redactor redactor = Redactor.forTables(List.of(), List.of(account));
        assertEquals(
                "Duplicate entry '***' for key 'account_unique_0'",
                redactor.text("Duplicate entry 'S3cret' for key 'account_unique_0'"));
        assertEquals(
                "Duplicate entry '***' for key 'account.account_unique_0'",
                redactor.text("Duplicate entry 'S3cret' for key 'account.account_unique_0'"));
        assertEquals(
                "Duplicate entry '***' for key 'u_password_unique_idx'",
                redactor.text("Duplicate entry 'S3' cret' for key 'u_password_unique_idx'"));
        assertEquals(
                "Duplicate entry 'bob' for key 'account_login_unique_idx'",
                redactor.text("Duplicate entry 'bob' for key 'account_login_unique_idx'"));
        assertEquals(
                "ERROR: duplicate key\n  Detail: Key (api_token)=(***) already exists.",
                redactor.text("ERROR: duplicate key\n  Detail: Key (api_token)=(S3cret) already exists."));
        assertEquals(
                "Detail: Key (lower(password::text))=(***) already exists.",
                redactor.text("Detail: Key (lower(password::text))=(S3cret) already exists."));
        assertEquals("Key (login)=(bob) already exists.", redactor.text("Key (login)=(bob) already exists."));
        assertEquals(
                "Detail: Failing row contains (***).", redactor.text("Detail: Failing row contains (1, bob, S3cret)."));
        assertEquals(
                "Incorrect string value: '***' for column `db`.`account`.`api_token` at row 1",
                redactor.text("Incorrect string value: 'S3cret' for column `db`.`account`.`api_token` at row 1"));
        assertEquals(
                "Violation of UNIQUE KEY constraint 'account_unique_0'. Cannot insert duplicate key in object"
                        + " 'dbo.account'. The duplicate key value is (***).",
                redactor.text("Violation of UNIQUE KEY constraint 'account_unique_0'. Cannot insert duplicate key in"
                        + " object 'dbo.account'. The duplicate key value is (S3cret)."));
        assertEquals(
                "row with column values (***)", redactor.text("row with column values (ID:1, API_TOKEN:'S3cret')"));
        Redactor noSecretColumns = new Redactor(List.of());
        assertEquals("Failing row contains (1, bob).", noSecretColumns.text("Failing row contains (1, bob)."));
    }

    @Test
    void causesAreCopiedWithTheirClassStateCodeAndStackButNoSecret() {
        SQLException root = new SQLException("password authentication failed: hunter2", "28P01", 7);
        RuntimeException pool = new IllegalStateException("pool failed: postgresql://u:hunter2@h/db", root);
        pool.addSuppressed(new SQLException("also hunter2"));
        RedactedSqlException copy = new Redactor(List.of("hunter2")).cause(pool);
        assertEquals("java.lang.IllegalStateException: pool failed: postgresql://u:***@h/db", copy.toString());
        assertEquals(pool.getStackTrace().length, copy.getStackTrace().length);
        SQLException cause = assertInstanceOf(SQLException.class, copy.getCause());
        assertEquals("28P01", cause.getSQLState());
        assertEquals(7, cause.getErrorCode());
        StringWriter printed = new StringWriter();
        copy.printStackTrace(new PrintWriter(printed));
        assertFalse(printed.toString().contains("hunter2"), printed.toString());
        assertTrue(printed.toString().contains("Caused by: java.sql.SQLException: password authentication failed"));
    }

    private static ColumnSpec column(String name) {
        return new ColumnSpec(name, ColumnType.of(ColumnType.Kind.STRING), false);
    }
}
