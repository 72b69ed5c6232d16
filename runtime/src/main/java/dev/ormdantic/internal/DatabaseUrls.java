package dev.ormdantic.internal;

import dev.ormdantic.ConfigurationException;
import dev.ormdantic.ErrorCode;
import dev.ormdantic.ErrorContext;
import dev.ormdantic.dialect.Dialects;
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
    private static final List<UrlScheme> SCHEMES = List.of(new SqliteUrlScheme());

    private DatabaseUrls() {}

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
                    "database URL '" + Redactor.url(trimmed) + "' has no scheme such as sqlite:",
                    null);
        }
        for (UrlScheme candidate : SCHEMES) {
            if (candidate.names().contains(scheme)) {
                return candidate.parse(trimmed, jdbc);
            }
        }
        throw error(
                ErrorCode.URL_UNSUPPORTED,
                "database URL '" + Redactor.url(trimmed) + "' uses scheme '" + scheme
                        + "', which this version of Ormdantic does not support",
                scheme);
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

    private static boolean isKnownDialect(@Nullable String scheme) {
        if (scheme == null) {
            return false;
        }
        try {
            Dialects.byName(scheme);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String comingLater(@Nullable String scheme) {
        return "; the " + scheme + " dialect exists, but running it needs a later version of the runtime";
    }

    private static ConfigurationException error(ErrorCode code, String problem, @Nullable String scheme) {
        return new ConfigurationException(
                code,
                new ErrorContext(Operation.OPEN.method(), null, null),
                problem,
                "supported forms: " + supportedForms() + (isKnownDialect(scheme) ? comingLater(scheme) : ""),
                null);
    }
}
