package dev.ormdantic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
