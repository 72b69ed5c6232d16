package dev.ormdantic.studio;

import com.sun.net.httpserver.HttpServer;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.migrations.history.Migrator;
import dev.ormdantic.query.TableRef;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The schema studio: a local page, served by the JDK's HTTP server on {@code 127.0.0.1} at a free port, that shows
 * the ER diagram of the model snapshot, the same diagram for the live database with drift marked, the pending
 * migration for each dialect with its lint findings, the migration history, and a data browser.
 *
 * <pre>{@code
 * try (Studio studio = Studio.builder(Snapshots.fromClasspath(loader))
 *         .database(db)                        // live diagram, drift, pending migrations
 *         .history(migrator)                   // the migration history
 *         .browse(FlavorTable.TABLE)           // the data browser
 *         .start()) {
 *     System.out.println("Open " + studio.uri());
 *     ...
 * }
 * }</pre>
 *
 * <p>Security: the server listens on the loopback address only, every request must carry the per-run random token
 * that is part of {@link #uri()} (others get {@code 403}), a request naming another host in its {@code Host} header is
 * refused (DNS rebinding), the page loads nothing from any other host (a {@code Content-Security-Policy} of
 * {@code 'self'} enforces it), and the data browser is read-only unless {@link Builder#allowWrites(boolean)} is set;
 * destructive actions then need the table's name typed as a confirmation. Requests are handled on virtual threads.
 *
 * @since 0.1.0
 */
public final class Studio implements AutoCloseable {

    /** The shortest poll interval of the live diagram. */
    public static final Duration MIN_POLL = Duration.ofMillis(200);

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI uri;
    private final StudioApi api;

    private Studio(HttpServer server, ExecutorService executor, URI uri, StudioApi api) {
        this.server = server;
        this.executor = executor;
        this.uri = uri;
        this.api = api;
    }

    /**
     * Reads a poll interval as the command line and the Maven goal take it: a number with {@code ms}, {@code s},
     * {@code m} or {@code h} ({@code 500ms}, {@code 2s}), or an ISO-8601 duration such as {@code PT2S}.
     *
     * @param text the interval
     * @return the duration, or empty when the text is none of those forms
     */
    public static Optional<Duration> parseInterval(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("pt")) {
                return Optional.of(Duration.parse(value));
            }
            if (value.endsWith("ms")) {
                return Optional.of(Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2))));
            }
            if (value.endsWith("s")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1))));
            }
            if (value.endsWith("m")) {
                return Optional.of(Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1))));
            }
            if (value.endsWith("h")) {
                return Optional.of(Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1))));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // not an interval
        }
        return Optional.empty();
    }

    /**
     * Starts describing a studio over a model snapshot.
     *
     * @param models the model snapshot, such as {@code Snapshots.fromClasspath(loader)}
     * @return the builder
     */
    public static Builder builder(SchemaSnapshot models) {
        return new Builder(models);
    }

    /**
     * The page's address, with the token: {@code http://127.0.0.1:<port>/?token=<token>}. Anyone who has it can read
     * what the page shows; do not log it where others can read it.
     *
     * @return the address
     */
    public URI uri() {
        return uri;
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Whether the data browser may change data.
     *
     * @return true when started with {@link Builder#allowWrites(boolean)}
     */
    public boolean writable() {
        return api.writable();
    }

    /** Stops the server (waiting at most a second for requests in flight) and its threads. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "Studio[http://127.0.0.1:" + port() + "/, " + (writable() ? "writable" : "read-only") + "]";
    }

    /** Describes a studio; {@link #start()} starts it. */
    public static final class Builder {

        private final SchemaSnapshot models;
        private @Nullable Ormdantic db;
        private String schema = "";
        private @Nullable Migrator migrator;
        private final List<TableRef<?, ?>> browsable = new ArrayList<>();
        private boolean writes;
        private Duration poll = Duration.ofSeconds(2);
        private int port;

        private Builder(SchemaSnapshot models) {
            this.models = Objects.requireNonNull(models, "models");
        }

        /**
         * The live database: enables the live diagram with drift, the pending migrations and the data browser.
         *
         * @param database an open database
         * @return this builder
         */
        public Builder database(Ormdantic database) {
            this.db = Objects.requireNonNull(database, "database");
            return this;
        }

        /**
         * The schema to read and compare (a PostgreSQL schema, a MySQL database); the connection's own by default.
         *
         * @param name the schema name, or the empty string for the connection's own
         * @return this builder
         */
        public Builder schema(String name) {
            this.schema = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The migrator whose history and status the history panel shows.
         *
         * @param history the migrator
         * @return this builder
         */
        public Builder history(Migrator history) {
            this.migrator = Objects.requireNonNull(history, "history");
            return this;
        }

        /**
         * Tables the data browser offers (paged, filtered with the JSON filter language of {@code Filters.fromJson}).
         * Needs {@link #database(Ormdantic)}.
         *
         * @param tables generated tables, such as {@code FlavorTable.TABLE}
         * @return this builder
         */
        public Builder browse(TableRef<?, ?>... tables) {
            for (TableRef<?, ?> table : tables) {
                browsable.add(Objects.requireNonNull(table, "table"));
            }
            return this;
        }

        /**
         * Lets the data browser delete rows (behind a typed confirmation: the user types the table's name). Off by
         * default: the studio is read-only.
         *
         * @param allow whether writes are allowed
         * @return this builder
         */
        public Builder allowWrites(boolean allow) {
            this.writes = allow;
            return this;
        }

        /**
         * How often the page reads the live database again for the drift view (2 seconds by default).
         *
         * @param interval the interval, at least {@link #MIN_POLL} and at most an hour
         * @return this builder
         */
        public Builder pollInterval(Duration interval) {
            this.poll = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /**
         * The port to listen on; 0 (the default) picks a free one.
         *
         * @param number the port, 0 to 65535
         * @return this builder
         */
        public Builder port(int number) {
            this.port = number;
            return this;
        }

        /**
         * Lays out the model diagram and starts the server.
         *
         * @return the running studio; close it to stop the server
         * @throws OrmdanticException {@code ORM2964} when the settings are inconsistent or the port cannot be bound
         */
        public Studio start() {
            if (poll.compareTo(MIN_POLL) < 0 || poll.compareTo(Duration.ofHours(1)) > 0) {
                throw startFailed(
                        "the poll interval " + poll + " is out of range", "use between " + MIN_POLL + " and 1 hour");
            }
            if (db == null && (!browsable.isEmpty() || writes)) {
                throw startFailed(
                        "a data browser (browse(...)) or writes need a database", "add .database(db) to the builder");
            }
            if (port < 0 || port > 65_535) {
                throw startFailed("port " + port + " is out of range", "use 0 (any free port) to 65535");
            }
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            StudioApi api = new StudioApi(models, db, schema, migrator, browsable, writes, poll, token);
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            } catch (IOException e) {
                throw new OrmdanticException(
                        ErrorCode.STUDIO_START_FAILED,
                        new ErrorContext("studio", null, null),
                        "the studio could not listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")",
                        "choose another port, or 0 for any free one",
                        e);
            }
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(executor);
            server.createContext("/", api::handle);
            server.start();
            int bound = server.getAddress().getPort();
            api.bind(bound);
            URI uri = URI.create("http://127.0.0.1:" + bound + "/?token=" + token);
            return new Studio(server, executor, uri, api);
        }

        private static OrmdanticException startFailed(String problem, String fix) {
            return new OrmdanticException(
                    ErrorCode.STUDIO_START_FAILED,
                    new ErrorContext("studio", null, null),
                    "the studio cannot start: " + problem,
                    fix,
                    null);
        }
    }
}
