package dev.ormdantic.internal.connect;

import dev.ormdantic.dialect.Dialect;
import java.util.List;
import java.util.Map;

/**
 * Where a database URL points, as the pool needs it.
 *
 * @param dialect the dialect
 * @param jdbcUrl the JDBC URL to open
 * @param properties driver properties (credentials among them, never shown)
 * @param displayUrl the URL as given, with secrets masked: safe for messages and logs
 * @param secrets literal secrets from the URL (its password) to mask wherever a driver repeats them
 * @param memory whether this is an in-memory database, which lives only while a connection to it is open
 * @param container whether this is a Testcontainers {@code jdbc:tc:} URL: Testcontainers' driver opens it, starting a
 *     container that lives only while a connection to it is open
 */
public record ConnectionTarget(
        Dialect dialect,
        String jdbcUrl,
        Map<String, String> properties,
        String displayUrl,
        List<String> secrets,
        boolean memory,
        boolean container) {

    /** Copies the collections. */
    public ConnectionTarget {
        properties = Map.copyOf(properties);
        secrets = List.copyOf(secrets);
    }

    /**
     * A target that is not a Testcontainers URL.
     *
     * @param dialect the dialect
     * @param jdbcUrl the JDBC URL to open
     * @param properties driver properties (credentials among them, never shown)
     * @param displayUrl the URL as given, with secrets masked
     * @param secrets literal secrets from the URL to mask
     * @param memory whether this is an in-memory database
     */
    public ConnectionTarget(
            Dialect dialect,
            String jdbcUrl,
            Map<String, String> properties,
            String displayUrl,
            List<String> secrets,
            boolean memory) {
        this(dialect, jdbcUrl, properties, displayUrl, secrets, memory, false);
    }

    /**
     * This target with a user and password given apart from the URL.
     *
     * @param user the user name
     * @param password the password, added to the secrets to hide
     * @return the new target
     */
    public ConnectionTarget withCredentials(String user, String password) {
        Map<String, String> withCredentials = new java.util.LinkedHashMap<>(properties);
        withCredentials.put("user", user);
        withCredentials.put("password", password);
        List<String> allSecrets = new java.util.ArrayList<>(secrets);
        allSecrets.add(password);
        return new ConnectionTarget(dialect, jdbcUrl, withCredentials, displayUrl, allSecrets, memory, container);
    }

    @Override
    public String toString() {
        return displayUrl;
    }
}
