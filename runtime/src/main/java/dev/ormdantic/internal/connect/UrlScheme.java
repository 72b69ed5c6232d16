package dev.ormdantic.internal.connect;

import java.util.List;

/**
 * One family of database URLs: the schemes it answers to and how it turns a URL into a {@link ConnectionTarget}.
 * {@link DatabaseUrls} holds the supported schemes; supporting a database means adding one.
 */
interface UrlScheme {

    /**
     * The scheme names, lower case, as they appear before the first {@code :} (after {@code jdbc:} in a JDBC URL).
     *
     * @return the names
     */
    List<String> names();

    /**
     * Example URLs for messages that list the supported forms.
     *
     * @return the examples
     */
    List<String> examples();

    /**
     * Parses a URL of this scheme.
     *
     * @param url the URL as given
     * @param jdbc whether it is a {@code jdbc:} URL
     * @return the target
     * @throws dev.ormdantic.error.ConfigurationException when the URL is malformed
     */
    ConnectionTarget parse(String url, boolean jdbc);
}
