package dev.ormdantic.cli;

import dev.ormdantic.internal.error.Redactor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every command of one run shares: where it prints, the environment, the working directory, and the secrets
 * (passwords of the database URL) that no line may show.
 */
final class Context {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Path workDir;
    private final List<String> secrets = new ArrayList<>();

    Context(PrintWriter out, PrintWriter err, Map<String, String> env, Path workDir) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.workDir = workDir;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    @Nullable
    String env(String name) {
        return env.get(name);
    }

    Path workDir() {
        return workDir;
    }

    /** A path as the user typed it, relative to the working directory. */
    Path path(Path given) {
        return workDir.resolve(given).normalize();
    }

    void addSecrets(List<String> more) {
        secrets.addAll(more);
    }

    /**
     * The text with every known secret and every password form of a URL masked as {@code ***}.
     *
     * @param text what is about to be printed
     * @return the text, safe to print
     */
    String redact(@Nullable String text) {
        return new Redactor(List.copyOf(secrets)).text(text == null ? "" : text);
    }
}
