package dev.ormdantic.internal.connect;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.Redactor;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SQLite URLs: {@code sqlite:app.sqlite3} (relative file), {@code sqlite:/abs/path.db}, {@code sqlite:///relative.db}
 * and {@code sqlite:////abs/path.db} (the forms Python users know), {@code sqlite::memory:}, and plain
 * {@code jdbc:sqlite:...} URLs.
 *
 * <p>An in-memory database becomes one uniquely named shared-cache database, so that every pooled connection sees
 * the same tables and two {@code Ormdantic} instances never share one.
 */
final class SqliteUrlScheme implements UrlScheme {

    private static final String MEMORY = ":memory:";

    @Override
    public List<String> names() {
        return List.of("sqlite", "sqlite3");
    }

    @Override
    public List<String> examples() {
        return List.of(
                "sqlite:app.sqlite3",
                "sqlite:/abs/path.db",
                "sqlite:///relative.db",
                "sqlite::memory:",
                "jdbc:sqlite:path.db");
    }

    @Override
    public ConnectionTarget parse(String url, boolean jdbc) {
        String rest = url.substring(url.indexOf(':', jdbc ? "jdbc:".length() : 0) + 1);
        if (jdbc) {
            // jdbc:sqlite: and jdbc:sqlite::memory: are private in-memory databases in the driver; shared here.
            if (rest.isEmpty() || rest.equals(MEMORY)) {
                return memory(url);
            }
            return rest.contains("mode=memory")
                    ? named(url, "jdbc:sqlite:" + rest, true)
                    : file(url, "jdbc:sqlite:" + rest);
        }
        String path;
        if (rest.startsWith("///")) {
            path = rest.substring(3); // sqlite:///relative.db, sqlite:////abs.db
        } else if (rest.startsWith("//")) {
            path = rest.substring(2);
            if (!path.isEmpty() && !path.startsWith("/")) {
                throw invalid(url, "a host is not allowed in a SQLite URL");
            }
        } else {
            path = rest;
        }
        if (path.isEmpty() && rest.startsWith("//")) {
            return memory(url); // sqlite:// is the in-memory database, as in SQLAlchemy
        }
        if (path.isEmpty()) {
            throw invalid(url, "it names no database file");
        }
        return path.equals(MEMORY) ? memory(url) : file(url, "jdbc:sqlite:" + path);
    }

    private static ConnectionTarget memory(String url) {
        return named(url, "jdbc:sqlite:file:ormdantic-" + UUID.randomUUID() + "?mode=memory&cache=shared", true);
    }

    private static ConnectionTarget file(String url, String jdbcUrl) {
        return named(url, jdbcUrl, false);
    }

    private static ConnectionTarget named(String url, String jdbcUrl, boolean memory) {
        return new ConnectionTarget(
                Dialects.of(DialectId.SQLITE), jdbcUrl, Map.of(), Redactor.url(url), List.of(), memory);
    }

    private ConfigurationException invalid(String url, String why) {
        return new ConfigurationException(
                ErrorCode.URL_INVALID,
                new ErrorContext(Operation.OPEN.method(), null, "sqlite"),
                "database URL '" + Redactor.url(url) + "' is not a valid SQLite URL: " + why,
                "use one of: " + String.join(", ", examples()),
                null);
    }
}
