package dev.ormdantic.cli;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.internal.exec.TableIndex;
import dev.ormdantic.migrations.history.Migrator;
import dev.ormdantic.studio.Studio;
import dev.ormdantic.support.GeneratedTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ormdantic studio}: starts the schema studio ({@link Studio}) on the models' snapshot and a live database,
 * prints its address (with the per-run token) on one line, and serves until the process is interrupted.
 */
@Command(
        name = "studio",
        mixinStandardHelpOptions = true,
        description = "Starts the schema studio on 127.0.0.1: the models' ER diagram, the live database's with drift "
                + "marked, the pending migration per dialect with lint, the migration history, and a data browser "
                + "over the tables of --classpath. Prints its address (with the token) and serves until Ctrl-C.")
final class StudioCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Mixin
    SnapshotOptions models = new SnapshotOptions();

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Another schema than the connection's own.")
    @Nullable
    String schema;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "0",
            description = "The port on 127.0.0.1. Default: 0, any free port.")
    int port;

    @Option(
            names = "--write",
            description = "Let the data browser delete rows (behind a typed confirmation). Default: read-only.")
    boolean write;

    @Option(
            names = "--poll",
            paramLabel = "INTERVAL",
            defaultValue = "2s",
            converter = IntervalConverter.class,
            description = "How often the page reads the database again: 500ms, 2s, 1m or ISO-8601 (PT2S); "
                    + "200ms to 1h. Default: ${DEFAULT-VALUE}.")
    Duration poll = Duration.ofSeconds(2);

    StudioCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        SchemaSnapshot snapshot = models.load(context);
        Database target = Database.of(database, context);
        URLClassLoader loader = applicationLoader();
        try (Ormdantic db = loader == null ? target.open() : target.open(loader)) {
            List<GeneratedTable<?, ?>> tables = loader == null ? List.of() : TableIndex.load(loader, List.of());
            Migrator history = target.migrator(Duration.ofSeconds(30), false);
            Studio.Builder builder = Studio.builder(snapshot)
                    .database(db)
                    .history(history)
                    .browse(tables.toArray(GeneratedTable<?, ?>[]::new))
                    .allowWrites(write)
                    .pollInterval(poll)
                    .port(port);
            if (schema != null) {
                builder.schema(schema);
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Studio studio = builder.start();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                studio.close();
                                context.err().println("Studio stopped");
                                context.err().flush();
                                stopped.countDown();
                            },
                            "ormdantic-studio-stop"));
            context.err()
                    .println("Schema studio" + (write ? " (writes allowed)" : " (read-only)") + ", "
                            + snapshot.tables().size() + " models, " + tables.size()
                            + " tables to browse; Ctrl-C stops it");
            context.out().println(studio.uri());
            context.out().flush();
            context.err().flush();
            stopped.await();
            return 0;
        } finally {
            if (loader != null) {
                try {
                    loader.close();
                } catch (IOException e) {
                    context.err().println("closing the class path: " + e.getMessage());
                }
            }
        }
    }

    /**
     * A loader over {@code --classpath} whose parent is this jar's, so that its generated tables are the library's
     * own types and can be browsed; {@code null} with {@code --snapshot}.
     */
    private @Nullable URLClassLoader applicationLoader() {
        if (models.snapshot != null || models.classpath.isEmpty()) {
            return null;
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : models.classpath) {
            try {
                urls.add(context.path(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), StudioCommand.class.getClassLoader());
    }

    /** {@code 500ms}, {@code 2s}, {@code 1m}, or an ISO-8601 duration such as {@code PT2S}. */
    static final class IntervalConverter implements ITypeConverter<Duration> {

        IntervalConverter() {}

        @Override
        public Duration convert(String value) {
            return Studio.parseInterval(value)
                    .orElseThrow(() -> new IllegalArgumentException("'" + value
                            + "' is not an interval: use a number with ms, s, m or h (500ms, 2s), or PT2S"));
        }
    }
}
