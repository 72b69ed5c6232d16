package dev.ormdantic.cli;

import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the database URL comes from, in this order: {@code --url}, the environment variable {@code DATABASE_URL} (or
 * the one {@code --url-env} names), the same name in the {@code .env} file of the working directory (or
 * {@code --env-file}).
 */
final class DatabaseOptions {

    @Option(
            names = "--url",
            paramLabel = "URL",
            description = "The database URL (sqlite:app.db, postgresql://user:password@host:5432/db, "
                    + "mariadb://..., mysql://..., jdbc:...). Default: $DATABASE_URL, then .env.")
    @Nullable
    String url;

    @Option(
            names = "--url-env",
            paramLabel = "NAME",
            defaultValue = "DATABASE_URL",
            description = "The environment variable (and .env key) that holds the URL. Default: ${DEFAULT-VALUE}.")
    String urlEnv = "DATABASE_URL";

    @Option(
            names = "--env-file",
            paramLabel = "FILE",
            defaultValue = ".env",
            description = "The dotenv file read when neither --url nor the variable is set. Default: ${DEFAULT-VALUE}.")
    Path envFile = Path.of(".env");

    /** A URL and where it was found. */
    record Resolved(String url, String source) {}

    DatabaseOptions() {}

    Resolved resolve(Context context) {
        if (url != null && !url.isBlank()) {
            return new Resolved(url.strip(), "--url");
        }
        String fromEnv = context.env(urlEnv);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Resolved(fromEnv.strip(), urlEnv);
        }
        Path file = context.path(envFile);
        if (Files.isRegularFile(file)) {
            String fromFile = dotenv(file).get(urlEnv);
            if (fromFile != null && !fromFile.isBlank()) {
                return new Resolved(fromFile.strip(), envFile.toString());
            }
        }
        throw new ConfigurationException(
                ErrorCode.CLI_URL_MISSING,
                new ErrorContext("ormdantic", null, null),
                "Database URL is required",
                "pass --url URL, export " + urlEnv + "=URL, or add " + urlEnv + "=URL to " + envFile,
                null);
    }

    /**
     * The assignments of a dotenv file: {@code KEY=value} lines, an optional {@code export } prefix, values in single
     * or double quotes taken as they are, {@code #} comments on their own lines and after an unquoted value.
     */
    static Map<String, String> dotenv(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String raw : Files.readAllLines(file)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("export ")) {
                    line = line.substring("export ".length()).strip();
                }
                int equals = line.indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                String key = line.substring(0, equals).strip();
                String value = line.substring(equals + 1).strip();
                if (value.length() >= 2
                        && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                        && value.indexOf(value.charAt(0), 1) > 0) {
                    value = value.substring(1, value.indexOf(value.charAt(0), 1));
                } else {
                    int comment = value.indexOf(" #");
                    if (comment >= 0) {
                        value = value.substring(0, comment).strip();
                    }
                }
                values.put(key, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read: " + e.getMessage(), e);
        }
        return values;
    }
}
