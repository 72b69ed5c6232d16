package dev.ormdantic.internal;

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
 */
public record ConnectionTarget(
        Dialect dialect,
        String jdbcUrl,
        Map<String, String> properties,
        String displayUrl,
        List<String> secrets,
        boolean memory) {

    /** Copies the collections. */
    public ConnectionTarget {
        properties = Map.copyOf(properties);
        secrets = List.copyOf(secrets);
    }

    @Override
    public String toString() {
        return displayUrl;
    }
}
