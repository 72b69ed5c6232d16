package dev.ormdantic.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.migrations.LintFinding;
import dev.ormdantic.migrations.MigrationPlan;
import dev.ormdantic.migrations.SchemaDiff;
import dev.ormdantic.migrations.history.HistoryEntry;
import dev.ormdantic.migrations.history.MigrationStatus;
import dev.ormdantic.migrations.history.Migrator;
import dev.ormdantic.migrations.reflect.DriftReport;
import dev.ormdantic.migrations.reflect.Inspector;
import dev.ormdantic.query.TableRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/** The studio's request handling: the token and host checks, the page, its assets and the JSON endpoints. */
final class StudioApi {

    static final int MAX_BODY = 100_000;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final SchemaSnapshot models;
    private final String schema;
    private final @Nullable Inspector inspector;
    private final @Nullable Migrator migrator;
    private final DataBrowser browser;
    private final boolean writes;
    private final Duration poll;
    private final byte[] token;
    private final String tokenText;
    private final String modelSvg;
    private final int modelTables;
    private final int modelEdges;
    private volatile int port;

    StudioApi(
            SchemaSnapshot models,
            @Nullable Ormdantic db,
            String schema,
            @Nullable Migrator migrator,
            List<TableRef<?, ?>> browsable,
            boolean writes,
            Duration poll,
            String token) {
        this.models = models;
        this.schema = schema;
        this.inspector = db == null ? null : Inspector.of(db).schema(schema);
        this.migrator = migrator;
        this.browser = new DataBrowser(db, browsable, writes);
        this.writes = writes;
        this.poll = poll;
        this.tokenText = token;
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        ErDiagram model = ErDiagram.of(models);
        this.modelSvg = model.svg();
        this.modelTables = model.tables().size();
        this.modelEdges = model.edges().size();
    }

    void bind(int boundPort) {
        this.port = boundPort;
    }

    boolean writable() {
        return writes;
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            respond(exchange);
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        try {
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 403, "text/plain", "forbidden: this studio answers only to 127.0.0.1\n");
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String given = exchange.getRequestHeaders().getFirst("X-Studio-Token");
            if (given == null) {
                given = query.get("token");
            }
            if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
                send(exchange, 403, "text/plain", "forbidden: open the address with the token the studio printed\n");
                return;
            }
            route(exchange, exchange.getRequestURI().getPath(), query);
        } catch (OrmdanticException e) {
            error(exchange, e);
        } catch (CompletionException e) {
            if (e.getCause() instanceof OrmdanticException cause) {
                error(exchange, cause);
            } else {
                send(exchange, 500, "application/json", json(Map.of("message", String.valueOf(e.getCause()))));
            }
        } catch (RuntimeException e) {
            send(exchange, 500, "application/json", json(Map.of("message", e.toString())));
        }
    }

    private boolean hostAllowed(@Nullable String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("127.0.0.1:" + port) || lower.equals("localhost:" + port);
    }

    private void route(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("POST")) {
            if (path.equals("/api/delete")) {
                Map<String, Object> body = body(exchange);
                send(exchange, 200, "application/json", json(browser.delete(body)));
                return;
            }
            send(exchange, 404, "text/plain", "not found\n");
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(exchange, 405, "text/plain", "method not allowed\n");
            return;
        }
        switch (path) {
            case "/", "/index.html" -> send(exchange, 200, "text/html; charset=utf-8", page());
            case "/assets/app.css" -> send(exchange, 200, "text/css; charset=utf-8", asset("app.css"));
            case "/assets/app.js" -> send(exchange, 200, "text/javascript; charset=utf-8", asset("app.js"));
            case "/api/model" -> send(exchange, 200, "application/json", json(model()));
            case "/api/live" -> send(exchange, 200, "application/json", json(live()));
            case "/api/migrations" -> send(exchange, 200, "application/json", json(migrations()));
            case "/api/history" -> send(exchange, 200, "application/json", json(history()));
            case "/api/tables" -> send(exchange, 200, "application/json", json(browser.tables()));
            case "/api/rows" -> send(exchange, 200, "application/json", json(browser.rows(query)));
            default -> send(exchange, 404, "text/plain", "not found\n");
        }
    }

    private String page() {
        return asset("index.html")
                .replace("{{token}}", tokenText)
                .replace("{{poll}}", Long.toString(poll.toMillis()))
                .replace("{{writes}}", Boolean.toString(writes));
    }

    private static String asset(String name) {
        try (InputStream in = StudioApi.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the studio's asset " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the studio's asset " + name + " could not be read", e);
        }
    }

    private Map<String, Object> model() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("svg", modelSvg);
        out.put("tables", modelTables);
        out.put("edges", modelEdges);
        return out;
    }

    private Map<String, Object> live() {
        Map<String, Object> out = new LinkedHashMap<>();
        Inspector reader = inspector;
        if (reader == null) {
            out.put("available", false);
            out.put("reason", "started without a database: add .database(db) to the builder");
            return out;
        }
        LiveSchema live = reader.read(true).join();
        DriftReport drift = reader.compare(models, live);
        LiveView view = LiveView.of(models, schema, live, drift);
        out.put("available", true);
        out.put("dialect", drift.dialect());
        out.put("readAt", Instant.now().toString());
        out.put("svg", view.diagram().svg());
        out.put("added", view.count(ErDiagram.Mark.ADDED));
        out.put("removed", view.count(ErDiagram.Mark.REMOVED));
        out.put("changed", view.count(ErDiagram.Mark.CHANGED));
        List<Map<String, Object>> differences = new ArrayList<>();
        for (DriftReport.TableDrift table : drift.tables()) {
            for (var difference : table.differences()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("table", table.table());
                row.put("kind", difference.kind().name());
                row.put("mark", LiveView.mark(difference.kind()).name().toLowerCase(Locale.ROOT));
                row.put("object", difference.object());
                row.put("message", difference.message());
                row.put("blocking", difference.blocking());
                differences.add(row);
            }
        }
        out.put("differences", differences);
        return out;
    }

    private Map<String, Object> migrations() {
        Map<String, Object> out = new LinkedHashMap<>();
        Inspector reader = inspector;
        if (reader == null) {
            out.put("available", false);
            out.put("reason", "started without a database: add .database(db) to the builder");
            return out;
        }
        LiveSchema live = reader.read(true).join();
        DriftReport drift = reader.compare(models, live);
        SchemaSnapshot from = LiveView.asSnapshot(models, schema, live, drift);
        out.put("available", true);
        SchemaDiff diff;
        try {
            diff = SchemaDiff.between(from, LiveView.scope(models, schema));
        } catch (OrmdanticException e) {
            out.put("error", Map.of("code", e.code().id(), "message", e.getMessage()));
            out.put("dialects", List.of());
            return out;
        }
        out.put("summary", diff.summary());
        out.put("warnings", diff.warnings());
        List<Map<String, Object>> dialects = new ArrayList<>();
        for (DialectId dialect : DialectId.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("dialect", dialect.name().toLowerCase(Locale.ROOT));
            entry.put("name", dialect.displayName());
            try {
                MigrationPlan plan = MigrationPlan.of(diff, dialect);
                entry.put("statements", plan.dryRun());
                List<Map<String, Object>> lint = new ArrayList<>();
                for (LintFinding finding : plan.lint()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("code", finding.code());
                    row.put("category", finding.category().name().toLowerCase(Locale.ROOT));
                    row.put("message", finding.message());
                    row.put("table", finding.table());
                    lint.add(row);
                }
                entry.put("lint", lint);
            } catch (OrmdanticException e) {
                entry.put("statements", List.of());
                entry.put("lint", List.of());
                entry.put("error", Map.of("code", e.code().id(), "message", e.getMessage()));
            }
            dialects.add(entry);
        }
        out.put("dialects", dialects);
        return out;
    }

    private Map<String, Object> history() {
        Map<String, Object> out = new LinkedHashMap<>();
        Migrator history = migrator;
        if (history == null) {
            out.put("available", false);
            out.put("reason", "started without a migrator: add .history(migrator) to the builder");
            return out;
        }
        MigrationStatus status = history.status();
        out.put("available", true);
        out.put("dirty", status.dirty());
        out.put("current", status.current());
        out.put("applied", status.applied());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HistoryEntry entry : status.history()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("revision", entry.revision());
            row.put("description", entry.description());
            row.put("status", entry.status().name().toLowerCase(Locale.ROOT));
            row.put("dirty", entry.dirty());
            row.put("appliedAt", entry.appliedAt().toString());
            row.put("executionTimeMs", entry.executionTimeMs());
            row.put("steps", entry.stepsCompleted() + "/" + entry.stepsTotal());
            row.put("checksum", entry.checksum());
            rows.add(row);
        }
        out.put("rows", rows);
        return out;
    }

    private Map<String, Object> body(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw badRequest("the body must be application/json");
        }
        if (exchange.getRequestHeaders().getFirst("X-Studio-Token") == null) {
            throw badRequest("a write must carry the token in the X-Studio-Token header");
        }
        byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw badRequest("the body is over " + MAX_BODY + " bytes");
        }
        Object parsed;
        try {
            parsed = JSON.readValue(bytes, Object.class);
        } catch (IOException e) {
            throw badRequest("the body is not JSON (" + e.getClass().getSimpleName() + ")");
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw badRequest("the body must be a JSON object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    static OrmdanticException badRequest(String problem) {
        return new OrmdanticException(
                ErrorCode.STUDIO_BAD_REQUEST,
                new ErrorContext("studio", null, null),
                "studio request refused: " + problem,
                "send the request the page sends",
                null);
    }

    private static void error(HttpExchange exchange, OrmdanticException e) throws IOException {
        int status = switch (e.code()) {
            case STUDIO_READ_ONLY -> 403;
            case STUDIO_TABLE_NOT_BROWSABLE -> 404;
            default -> 400;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code().id());
        body.put("message", e.getMessage());
        send(exchange, status, "application/json", json(body));
    }

    static Map<String, String> query(@Nullable String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        int start = 0;
        while (start <= raw.length()) {
            int end = raw.indexOf('&', start);
            if (end < 0) {
                end = raw.length();
            }
            String pair = raw.substring(start, end);
            start = end + 1;
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(
                        URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw badRequest("the query string is not URL-encoded");
            }
        }
        return out;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
