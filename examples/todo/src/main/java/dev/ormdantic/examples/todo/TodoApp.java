package dev.ormdantic.examples.todo;

import com.sun.net.httpserver.HttpServer;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.event.OrmdanticListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The todo service: applies the migrations, opens the database and serves the JSON API on 127.0.0.1 with the JDK's
 * HTTP server, one virtual thread per request.
 *
 * <pre>{@code
 * java -cp ... dev.ormdantic.examples.todo.TodoApp --url jdbc:sqlite:todo.db --port 8080
 * }</pre>
 */
public final class TodoApp implements AutoCloseable {

    /** The database when neither {@code --url} nor {@code DATABASE_URL} names one. */
    public static final String DEFAULT_URL = "jdbc:sqlite:todo.db";

    /** The port when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8080;

    private final Ormdantic db;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<String> applied;

    private TodoApp(Ormdantic db, HttpServer server, ExecutorService executor, List<String> applied) {
        this.db = db;
        this.server = server;
        this.executor = executor;
        this.applied = applied;
    }

    /**
     * Starts the service.
     *
     * @param jdbcUrl the database: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST:PORT/DB?user=...}
     * @param port the port on 127.0.0.1; 0 for a free one
     * @return the running service
     */
    public static TodoApp start(String jdbcUrl, int port) {
        return start(jdbcUrl, port, null);
    }

    /**
     * Starts the service, with a listener that hears every statement, flush and transaction (tests count statements
     * with it; an application would log or measure).
     *
     * @param jdbcUrl the database: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST:PORT/DB?user=...}
     * @param port the port on 127.0.0.1; 0 for a free one
     * @param listener the listener, or {@code null} for none
     * @return the running service
     * @throws IllegalArgumentException when the URL is not a SQLite or PostgreSQL JDBC URL
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static TodoApp start(String jdbcUrl, int port, @Nullable OrmdanticListener listener) {
        List<String> applied = TodoMigrations.apply(jdbcUrl);
        Ormdantic.Builder builder = Ormdantic.builder(jdbcUrl);
        if (listener != null) {
            builder = builder.listener(listener);
        }
        Ormdantic db = builder.open();
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.setExecutor(executor);
            server.createContext("/", new TodoService(db));
            server.start();
            return new TodoApp(db, server, executor, applied);
        } catch (IOException e) {
            executor.close();
            db.close();
            throw new UncheckedIOException("port " + port + " on 127.0.0.1 cannot be bound: " + e.getMessage(), e);
        }
    }

    /**
     * The revisions this start applied; empty when the database was already up to date.
     *
     * @return the revisions, in order
     */
    public List<String> appliedMigrations() {
        return applied;
    }

    /**
     * The port the service listens on.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The service's base address, {@code http://127.0.0.1:PORT/}.
     *
     * @return the address
     */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Stops serving (requests under way get a second to finish) and closes the database. */
    @Override
    public void close() {
        server.stop(1);
        executor.close();
        db.close();
    }

    /**
     * Runs the service until the process is stopped.
     *
     * <p>{@code --url URL} (else the {@code DATABASE_URL} environment variable, else {@value #DEFAULT_URL}) and
     * {@code --port N} (default {@value #DEFAULT_PORT}; 0 picks a free port). Prints the migrations it applied and the
     * address it serves.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        Map<String, String> options = options(args);
        String env = System.getenv("DATABASE_URL");
        String url = options.getOrDefault("--url", env == null || env.isBlank() ? DEFAULT_URL : env);
        int port = Integer.parseInt(options.getOrDefault("--port", String.valueOf(DEFAULT_PORT)));
        TodoApp app = start(url, port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        System.out.println(
                app.applied.isEmpty()
                        ? "Migrations: up to date"
                        : "Migrations applied: " + String.join(", ", app.applied));
        System.out.println("Todo service on " + app.uri() + " (" + app.db.dialect() + ")");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if ((!name.equals("--url") && !name.equals("--port")) || i + 1 == args.length) {
                throw new IllegalArgumentException("usage: TodoApp [--url JDBC_URL] [--port N], not " + name);
            }
            options.put(name, args[++i]);
        }
        return options;
    }
}
