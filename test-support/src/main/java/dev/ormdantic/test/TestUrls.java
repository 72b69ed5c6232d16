package dev.ormdantic.test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The URL of a test's schema or database on the server a URL names. */
final class TestUrls {

    private TestUrls() {}

    /**
     * Whether the URL is SQLite's, in Ormdantic's form or JDBC's.
     *
     * @param url the URL
     * @return {@code true} for SQLite
     */
    static boolean isSqlite(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("sqlite:") || lower.startsWith("jdbc:sqlite:");
    }

    /**
     * Whether the URL is a Testcontainers URL ({@code jdbc:tc:...}).
     *
     * @param url the URL
     * @return whether it is
     */
    static boolean isTestcontainers(String url) {
        return url.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:tc:");
    }

    /**
     * The URL of a schema (PostgreSQL: {@code currentSchema}) or a database (MySQL, MariaDB: the path) on the server
     * of {@code url}, keeping its user, password and other options.
     *
     * @param url the server's URL, Ormdantic's or JDBC's
     * @param dialect the dialect's name
     * @param name the schema or database
     * @return the URL, in the same form
     */
    static String inNamespace(String url, String dialect, String name) {
        String prefix = url.regionMatches(true, 0, "jdbc:", 0, 5) ? url.substring(0, 5) : "";
        URI server = URI.create(url.substring(prefix.length()));
        String path = server.getRawPath() == null ? "" : server.getRawPath();
        List<String> options = new ArrayList<>();
        if (server.getRawQuery() != null && !server.getRawQuery().isEmpty()) {
            for (String option : server.getRawQuery().split("&", -1)) {
                if (!option.regionMatches(true, 0, "currentSchema=", 0, 14)) {
                    options.add(option);
                }
            }
        }
        if (dialect.equals("postgresql")) {
            options.add("currentSchema=" + name);
        } else {
            path = "/" + name;
        }
        String authority = server.getRawAuthority() == null ? "" : server.getRawAuthority();
        return prefix + server.getScheme() + "://" + authority + path
                + (options.isEmpty() ? "" : "?" + String.join("&", options));
    }
}
