package dev.ormdantic.cli;

import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.Snapshots;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the models' compiled snapshot ({@code META-INF/ormdantic/schema.json}) comes from: the class path of the
 * application ({@code --classpath}, class directories and jars, every snapshot on it merged) or one file
 * ({@code --snapshot}).
 */
final class SnapshotOptions {

    @Option(
            names = {"--classpath", "--cp"},
            paramLabel = "PATH",
            split = "${sys:path.separator}",
            description = "Class directories and jars of the application, separated by '${sys:path.separator}': "
                    + "their META-INF/ormdantic/schema.json files, merged, are the models.")
    List<Path> classpath = new ArrayList<>();

    @Option(
            names = "--snapshot",
            paramLabel = "FILE",
            description = "A schema.json written by the annotation processor (instead of --classpath).")
    @Nullable
    Path snapshot;

    SnapshotOptions() {}

    /** Whether a source was given. */
    boolean given() {
        return snapshot != null || !classpath.isEmpty();
    }

    /**
     * The models' snapshot.
     *
     * @param context the run
     * @return the snapshot
     * @throws ConfigurationException {@code ORM2901} when no snapshot is found
     */
    SchemaSnapshot load(Context context) {
        if (snapshot != null) {
            Path file = context.path(snapshot);
            if (!Files.isRegularFile(file)) {
                throw missing("the snapshot file " + file + " does not exist");
            }
            try {
                return Snapshots.parse(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(file + " cannot be read: " + e.getMessage(), e);
            }
        }
        if (classpath.isEmpty()) {
            throw missing("no --classpath or --snapshot was given");
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            Path path = context.path(entry);
            if (!Files.exists(path)) {
                throw missing("the class path entry " + path + " does not exist");
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(path + " is not a valid path", e);
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
            if (loader.findResource(Snapshots.RESOURCE) == null) {
                throw missing("no " + Snapshots.RESOURCE + " on the class path " + join(classpath));
            }
            return Snapshots.fromClasspath(loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(List<Path> paths) {
        List<String> names = new ArrayList<>();
        paths.forEach(path -> names.add(path.toString()));
        return String.join(File.pathSeparator, names);
    }

    private static ConfigurationException missing(String problem) {
        return new ConfigurationException(
                ErrorCode.CLI_SNAPSHOT_MISSING,
                new ErrorContext("ormdantic", null, null),
                "the models' snapshot is needed and " + problem,
                "compile the models (the annotation processor writes " + Snapshots.RESOURCE
                        + ") and pass --classpath target/classes, or --snapshot path/to/schema.json",
                null);
    }
}
