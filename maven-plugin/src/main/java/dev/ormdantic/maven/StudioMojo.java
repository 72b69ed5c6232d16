package dev.ormdantic.maven;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.internal.exec.TableIndex;
import dev.ormdantic.studio.Studio;
import dev.ormdantic.support.GeneratedTable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * Starts the schema studio ({@link Studio}) on the project's compiled models and the database: the ER diagram of the
 * models, the live database's with drift marked, the pending migration per dialect with its lint findings, the
 * migration history, and a data browser over the project's generated tables. Logs the studio's address (with its
 * per-run token) and serves until the build is interrupted (Ctrl-C), when the server is closed.
 */
@Mojo(name = "studio", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class StudioMojo extends DatabaseMojo {

    /** The port on {@code 127.0.0.1}; 0 picks a free one. */
    @Parameter(property = "ormdantic.studio.port", defaultValue = "0")
    private int port;

    /** Lets the data browser delete rows, behind a typed confirmation. Off by default: the studio is read-only. */
    @Parameter(property = "ormdantic.studio.write", defaultValue = "false")
    private boolean write;

    /**
     * How often the page reads the database again: {@code 500ms}, {@code 2s}, {@code 1m}, or ISO-8601
     * ({@code PT2S}); from 200 ms to an hour.
     */
    @Parameter(property = "ormdantic.studio.poll", defaultValue = "2s")
    private String poll = "2s";

    /** Another schema than the connection's own (a PostgreSQL schema, a MySQL database). */
    @Parameter(property = "ormdantic.studio.schema")
    private @Nullable String schema;

    /** Blocks until the studio is to stop; a test replaces it. */
    private StopSignal stopSignal = StudioMojo::untilShutdown;

    /** Creates the goal; Maven sets its parameters. */
    public StudioMojo() {}

    /** What the goal waits for while the studio serves. */
    @FunctionalInterface
    interface StopSignal {

        /**
         * Returns when the studio is to stop.
         *
         * @param studio the running studio
         * @throws InterruptedException when the wait is interrupted, which stops the studio too
         */
        void await(Studio studio) throws InterruptedException;
    }

    /**
     * Replaces the wait, for tests.
     *
     * @param signal returns when the studio is to stop
     */
    void stopSignal(StopSignal signal) {
        this.stopSignal = signal;
    }

    @Override
    protected String goal() {
        return "studio";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Duration interval = interval();
        SchemaSnapshot models = compiledSnapshot();
        DatabaseTarget database = database();
        ClassLoader loader = projectLoader();
        try (Ormdantic db = database.open(loader)) {
            List<GeneratedTable<?, ?>> tables = TableIndex.load(loader, List.of());
            Studio.Builder builder = Studio.builder(models)
                    .database(db)
                    .history(migrator(database).build())
                    .browse(tables.toArray(GeneratedTable<?, ?>[]::new))
                    .allowWrites(write)
                    .pollInterval(interval)
                    .port(port);
            if (schema != null && !schema.isBlank()) {
                builder.schema(schema);
            }
            try (Studio studio = builder.start()) {
                getLog().info("Schema studio" + (write ? " (writes allowed)" : " (read-only)") + ": "
                        + models.tables().size() + " models, " + tables.size() + " tables to browse");
                getLog().info("Open " + studio.uri());
                getLog().info("Press Ctrl-C to stop it");
                stopSignal.await(studio);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            getLog().info("Studio stopped");
        }
    }

    /**
     * The poll interval of the configuration.
     *
     * @return the interval
     * @throws MojoFailureException with {@link ErrorCode#MAVEN_PARAMETER_INVALID} when it is not an interval
     */
    Duration interval() throws MojoFailureException {
        Optional<Duration> interval = Studio.parseInterval(poll);
        if (interval.isPresent()) {
            return interval.get();
        }
        throw PluginFailures.failure(
                ErrorCode.MAVEN_PARAMETER_INVALID,
                goal(),
                "poll '" + poll + "' is not an interval",
                "use a number with ms, s, m or h (500ms, 2s, 1m), or an ISO-8601 duration such as PT2S");
    }

    /**
     * Waits until the JVM shuts down (Ctrl-C ends a Maven build that way): a shutdown hook closes the studio and ends
     * the wait.
     */
    private static void untilShutdown(Studio studio) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            studio.close();
                            stopped.countDown();
                        },
                        "ormdantic-studio-stop"));
        stopped.await();
    }
}
