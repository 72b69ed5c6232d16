package dev.ormdantic.internal.connect;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.Redactor;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * URLs of a database server: {@code <scheme>://[user[:password]@]host[:port][/database][?option=value&...]} as the
 * seed library writes them, and the driver's own {@code jdbc:<subprotocol>:...} URLs. Options become driver
 * properties; the user and password become the {@code user} and {@code password} properties, never part of the URL
 * that is shown. The {@link ServerKind} supplies the scheme names, default port, driver and safe defaults.
 */
final class ServerUrlScheme implements UrlScheme {

    private final ServerKind kind;

    ServerUrlScheme(ServerKind kind) {
        this.kind = kind;
    }

    @Override
    public List<String> names() {
        return kind.names();
    }

    @Override
    public List<String> examples() {
        return List.of(kind.example(), kind.jdbcExample());
    }

    @Override
    public ConnectionTarget parse(String url, boolean jdbc) {
        Map<String, String> properties = new LinkedHashMap<>(kind.safeDefaults());
        List<String> secrets = new ArrayList<>();
        String jdbcUrl = jdbc ? url : fromServerUrl(url, properties, secrets);
        if (jdbc) {
            // The driver reads the URL's own options; the defaults only fill in what the URL leaves out, since
            // options in a JDBC URL take precedence over properties with every supported driver.
            secrets.addAll(secretsOf(url));
        }
        return new ConnectionTarget(
                Dialects.of(kind.dialect()), jdbcUrl, properties, Redactor.url(url), secrets, false);
    }

    private String fromServerUrl(String url, Map<String, String> properties, List<String> secrets) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid(url, "it is not a valid URL (" + e.getReason() + ")");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw invalid(url, "it names no host");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : kind.defaultPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.contains("/")) {
            throw invalid(url, "the path must be a single database name");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo);
            if (!user.isEmpty()) {
                properties.put("user", user);
            }
            if (colon >= 0) {
                String password = decode(userInfo.substring(colon + 1));
                properties.put("password", password);
                secrets.add(password);
            }
        }
        Map<String, String> options = query(uri.getRawQuery());
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (option.getKey().toLowerCase(Locale.ROOT).contains("password")) {
                secrets.add(option.getValue());
            }
        }
        return kind.jdbcUrl(host, port, database, options, properties, message -> invalid(url, message));
    }

    private static Map<String, String> query(@Nullable String rawQuery) {
        Map<String, String> options = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return options;
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals >= 0 ? pair.substring(0, equals) : pair);
            String value = equals >= 0 ? decode(pair.substring(equals + 1)) : "true";
            options.put(key, value);
        }
        return options;
    }

    static List<String> secretsOf(String jdbcUrl) {
        List<String> secrets = new ArrayList<>();
        for (String part : jdbcUrl.split("[?&;]", -1)) {
            int equals = part.indexOf('=');
            if (equals > 0 && part.substring(0, equals).toLowerCase(Locale.ROOT).contains("password")) {
                secrets.add(part.substring(equals + 1));
            }
        }
        int at = jdbcUrl.indexOf('@');
        String oraclePrefix = "jdbc:oracle:thin:";
        if (at > 0 && jdbcUrl.regionMatches(true, 0, oraclePrefix, 0, oraclePrefix.length())) {
            int slash = jdbcUrl.indexOf('/', oraclePrefix.length());
            if (slash > 0 && slash < at) {
                secrets.add(jdbcUrl.substring(slash + 1, at)); // jdbc:oracle:thin:user/password@...
            }
            return secrets;
        }
        int slashes = jdbcUrl.indexOf("//");
        if (at > slashes && slashes >= 0) {
            String userInfo = jdbcUrl.substring(slashes + 2, at);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                secrets.add(userInfo.substring(colon + 1));
            }
        }
        return secrets;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private ConfigurationException invalid(String url, String why) {
        return new ConfigurationException(
                ErrorCode.URL_INVALID,
                new ErrorContext(
                        Operation.OPEN.method(),
                        null,
                        Dialects.of(kind.dialect()).name()),
                "database URL '" + Redactor.url(url) + "' is not a valid "
                        + Dialects.of(kind.dialect()).displayName() + " URL: " + why,
                "use the form " + kind.example() + " or " + kind.jdbcExample()
                        + "; percent-encode / # ? @ : in the user name and password (%2F %23 %3F %40 %3A), or pass"
                        + " them with Ormdantic.builder(url).credentials(user, password)",
                null);
    }

    /** The kinds of server, in {@link DialectId} order. */
    static List<ServerUrlScheme> all() {
        List<ServerUrlScheme> schemes = new ArrayList<>();
        for (ServerKind kind : ServerKind.values()) {
            schemes.add(new ServerUrlScheme(kind));
        }
        return schemes;
    }
}
