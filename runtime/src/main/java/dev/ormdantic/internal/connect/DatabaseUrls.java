package dev.ormdantic.internal.connect;

import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses database URLs, {@code <scheme>:...} or {@code jdbc:<scheme>:...}, by handing each to the {@link UrlScheme}
 * that answers to its scheme. A driver suffix such as {@code postgresql+asyncpg} is ignored.
 */
public final class DatabaseUrls {

    /** The supported schemes; a new database adds its scheme here. */
    private static final List<UrlScheme> SCHEMES = schemes();

    private DatabaseUrls() {}

    private static List<UrlScheme> schemes() {
        List<UrlScheme> schemes = new ArrayList<>();
        schemes.add(new SqliteUrlScheme());
        schemes.addAll(ServerUrlScheme.all());
        schemes.add(new ContainerUrlScheme());
        return List.copyOf(schemes);
    }

    /**
     * Parses a URL.
     *
     * @param url the URL
     * @return where it points
     * @throws ConfigurationException when the URL is malformed or its scheme is not supported
     */
    public static ConnectionTarget parse(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip();
        boolean jdbc = trimmed.regionMatches(true, 0, "jdbc:", 0, 5);
        String scheme = scheme(trimmed, jdbc);
        if (scheme == null) {
            throw error(
                    ErrorCode.URL_INVALID,
                    "database URL '" + Redactor.url(trimmed) + "' has no scheme such as sqlite:");
        }
        if (scheme.equals("h2")) {
            throw h2(trimmed);
        }
        for (UrlScheme candidate : SCHEMES) {
            if (candidate.names().contains(scheme)) {
                return candidate.parse(trimmed, jdbc);
            }
        }
        throw error(
                ErrorCode.URL_UNSUPPORTED,
                "database URL '" + Redactor.url(trimmed) + "' uses scheme '" + scheme
                        + "', which this version of Ormdantic does not support");
    }

    /**
     * H2 is refused on purpose: it is none of the supported databases, and its compatibility modes only imitate them
     * (a statement H2 accepts in {@code MODE=PostgreSQL} may fail on PostgreSQL, and the reverse), so a test that
     * passes on H2 says little about the application's real database.
     */
    private static ConfigurationException h2(String url) {
        return new ConfigurationException(
                ErrorCode.H2_UNSUPPORTED,
                new ErrorContext(Operation.OPEN.method(), null, null),
                "database URL '" + Redactor.url(url) + "' is an H2 URL: H2 is not one of the databases Ormdantic"
                        + " supports, and its compatibility modes are not the databases they imitate",
                "for an embedded database use an SQLite file (sqlite:app.db, or sqlite::memory:); to test against"
                        + " the real database, use a Testcontainers URL such as jdbc:tc:postgresql:16:///app, or the"
                        + " JUnit extension of dev.ormdantic:ormdantic-test",
                null);
    }

    private static @Nullable String scheme(String url, boolean jdbc) {
        int start = jdbc ? 5 : 0;
        int colon = url.indexOf(':', start);
        if (colon <= start) {
            return null;
        }
        String scheme = url.substring(start, colon).toLowerCase(Locale.ROOT);
        int plus = scheme.indexOf('+');
        return plus >= 0 ? scheme.substring(0, plus) : scheme;
    }

    /**
     * Every supported URL form, for messages.
     *
     * @return the examples, comma separated
     */
    public static String supportedForms() {
        List<String> examples = new ArrayList<>();
        for (UrlScheme scheme : SCHEMES) {
            examples.addAll(scheme.examples());
        }
        return String.join(", ", examples);
    }

    private static ConfigurationException error(ErrorCode code, String problem) {
        return new ConfigurationException(
                code,
                new ErrorContext(Operation.OPEN.method(), null, null),
                problem,
                "supported forms: " + supportedForms(),
                null);
    }
}
