package dev.ormdantic.examples.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormdantic.event.FlushEvent;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.StatementEvent;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the todo service over HTTP, as a client would: on SQLite (a temporary file), and on PostgreSQL (a schema of
 * its own, dropped afterwards) on the server {@code ORMDANTIC_TEST_POSTGRES_URL} names, by default the local one the
 * other modules' tests use ({@code postgresql://postgres@127.0.0.1:5432/test}, which {@code .ci/run} starts).
 */
class TodoAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Listener listener = new Listener();
    private @Nullable URI base;

    @Test
    void servesTheApiOnSqlite(@TempDir Path dir) throws Exception {
        exercise("jdbc:sqlite:" + dir.resolve("todo.db"));
    }

    @Test
    void servesTheApiOnPostgresql() throws Exception {
        String configured = System.getenv("ORMDANTIC_TEST_POSTGRES_URL");
        String server = jdbc(
                configured == null || configured.isBlank()
                        ? "postgresql://postgres@127.0.0.1:5432/test"
                        : configured.strip());
        String schema =
                "todo_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "CREATE SCHEMA " + schema);
        try {
            exercise(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } finally {
            execute(server, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private void exercise(String url) throws Exception {
        long taskId;
        long projectId;
        try (TodoApp app = TodoApp.start(url, 0, listener)) {
            assertEquals(List.of("0001"), app.appliedMigrations());
            base = app.uri();

            // users: created, and refused with the violations naming the fields
            Reply ada = send("POST", "users", "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}");
            assertEquals(201, ada.status(), ada.text());
            long adaId = ada.json().get("id").asLong();
            assertEquals("ada@example.com", ada.json().get("email").asText());
            Reply invalidUser = send("POST", "users", "{\"name\": \" \", \"email\": \"not-an-address\"}");
            assertEquals(400, invalidUser.status(), invalidUser.text());
            assertEquals("ORM2104", invalidUser.json().get("code").asText());
            assertEquals(List.of("email", "name"), fields(invalidUser.json()));
            Reply duplicate = send("POST", "users", "{\"name\": \"Ada 2\", \"email\": \"ada@example.com\"}");
            assertEquals(409, duplicate.status(), duplicate.text());

            // a project of Ada's (N-1), and one of nobody's
            Reply project = send("POST", "projects", "{\"ownerId\": " + adaId + ", \"name\": \"Home\"}");
            assertEquals(201, project.status(), project.text());
            projectId = project.json().get("id").asLong();
            assertEquals("Ada", project.json().get("owner").get("name").asText());
            Reply orphan = send("POST", "projects", "{\"ownerId\": 999, \"name\": \"Nowhere\"}");
            assertEquals(400, orphan.status(), orphan.text());
            assertEquals("ownerId 999 names no user", orphan.json().get("error").asText());
            listener.statements.clear();
            Reply all = send("GET", "projects", null);
            assertEquals("Ada", all.json().get(0).get("owner").get("name").asText());
            assertEquals(1, listener.statements.size(), listener.statements::toString);
            assertTrue(listener.statements.getFirst().contains("LEFT JOIN"), listener.statements::toString);

            // tasks (1-N): three good ones, a blank title refused with its field, an unknown project
            long milk = createTask(projectId, "Buy milk", 2);
            long fence = createTask(projectId, "Paint fence", 1);
            long plumber = createTask(projectId, "Call plumber", 3);
            Reply blank = send("POST", "projects/" + projectId + "/tasks", "{\"title\": \"  \", \"priority\": 9}");
            assertEquals(400, blank.status(), blank.text());
            assertEquals(List.of("priority", "title"), fields(blank.json()));
            assertTrue(blank.json().get("error").asText().startsWith("[ORM2104]"), blank.text());
            assertEquals(
                    404,
                    send("POST", "projects/999/tasks", "{\"title\": \"x\"}").status());
            assertEquals(404, send("GET", "tasks/999", null).status());

            // tags (N-N): created on first use, replaced as a set in one session
            assertEquals(
                    List.of("errand", "home"),
                    tags(send("PUT", "tasks/" + milk + "/tags", "{\"tags\": [\"home\", \"errand\"]}")));
            assertEquals(
                    List.of("home", "outdoor"),
                    tags(send("PUT", "tasks/" + fence + "/tags", "{\"tags\": [\"outdoor\", \"home\"]}")));
            assertEquals(
                    List.of("errand", "urgent"),
                    tags(send("PUT", "tasks/" + milk + "/tags", "{\"tags\": [\"urgent\", \"errand\"]}")));
            Reply blankTag = send("PUT", "tasks/" + milk + "/tags", "{\"tags\": [\"\"]}");
            assertEquals(400, blankTag.status(), blankTag.text());
            assertEquals(List.of("name"), fields(blankTag.json()));
            assertEquals(
                    List.of("errand", "urgent"), tags(send("GET", "tasks/" + milk, null)), "the session rolled back");

            // the project with its owner, tasks and their tags: four statements, however many tasks
            listener.statements.clear();
            Reply full = send("GET", "projects/" + projectId, null);
            assertEquals(200, full.status(), full.text());
            assertEquals(
                    "{\"id\":" + projectId + ",\"name\":\"Home\",\"archived\":false,\"ownerId\":" + adaId
                            + ",\"owner\":{\"id\":" + adaId + ",\"name\":\"Ada\"},\"tasks\":["
                            + task(milk, projectId, "Buy milk", false, 2, 1, "\"errand\",\"urgent\"") + ","
                            + task(fence, projectId, "Paint fence", false, 1, 1, "\"home\",\"outdoor\"") + ","
                            + task(plumber, projectId, "Call plumber", false, 3, 1, "") + "]}",
                    JSON.writeValueAsString(full.json()));
            assertEquals(4, listener.statements.size(), listener.statements::toString);
            assertTrue(listener.statements.get(0).contains("LEFT JOIN"), listener.statements.get(0));
            long extra = createTask(projectId, "Fix bike", 4);
            listener.statements.clear();
            assertEquals(
                    4,
                    send("GET", "projects/" + projectId, null)
                            .json()
                            .get("tasks")
                            .size());
            assertEquals(4, listener.statements.size(), listener.statements::toString);

            // optimistic locking: two edits of version 1 at once, one wins, the other is told what changed
            CompletableFuture<Reply> first =
                    sendAsync("PATCH", "tasks/" + plumber, "{\"version\": 1, \"title\": \"Call the plumber\"}");
            CompletableFuture<Reply> second =
                    sendAsync("PATCH", "tasks/" + plumber, "{\"version\": 1, \"title\": \"Phone the plumber\"}");
            List<Reply> both = List.of(first.join(), second.join());
            Reply won = both.stream()
                    .filter(r -> r.status() == 200)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(both));
            Reply lost = both.stream()
                    .filter(r -> r.status() == 409)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(both));
            assertEquals(2, won.json().get("version").asLong());
            String plumberTitle = won.json().get("title").asText();
            assertEquals(
                    plumberTitle,
                    send("GET", "tasks/" + plumber, null).json().get("title").asText());
            assertEquals("ORM2810", lost.json().get("code").asText());
            assertEquals(1, lost.json().get("expected").asLong());
            assertEquals(2, lost.json().get("actual").asLong());
            Reply stale = send("PATCH", "tasks/" + plumber, "{\"version\": 1, \"done\": true}");
            assertEquals(409, stale.status(), stale.text());
            assertEquals(
                    200,
                    send("PATCH", "tasks/" + fence, "{\"version\": 1, \"done\": true}")
                            .status());

            // the filter language as a query parameter, on columns and through the tags
            listener.statements.clear();
            assertEquals(
                    List.of("Buy milk", "Paint fence"), titles(get("tasks?filter=" + encode("{\"priority__le\": 2}"))));
            assertEquals(3, listener.statements.size(), "tasks, links, tags: " + listener.statements);
            assertEquals(
                    List.of("Paint fence"),
                    titles(get("tasks?filter=" + encode("{\"tags\": {\"any\": {\"name\": \"home\"}}}"))));
            assertEquals(
                    List.of("Fix bike", plumberTitle, "Buy milk"), titles(get("tasks?order=-priority,id&limit=3")));
            assertEquals(List.of("Paint fence"), titles(get("tasks?filter=" + encode("{\"done\": true}"))));
            Reply badColumn = send("GET", "tasks?filter=" + encode("{\"titel\": \"x\"}"), null);
            assertEquals(400, badColumn.status(), badColumn.text());
            assertEquals("ORM2501", badColumn.json().get("code").asText());
            assertTrue(badColumn.json().get("error").asText().contains("unknown column 'titel'"), badColumn.text());
            assertTrue(
                    JSON.convertValue(badColumn.json().get("allowed"), List.class)
                            .contains("title"),
                    badColumn.text());
            Reply notJson = send("GET", "tasks?filter=" + encode("{\"title\": "), null);
            assertEquals(400, notJson.status(), notJson.text());
            assertEquals("ORM2505", notJson.json().get("code").asText());

            // requests the service refuses before the library sees them
            assertEquals(405, send("DELETE", "users", null).status());
            assertEquals(404, send("GET", "nothing/here", null).status());
            Reply notAnObject = send("POST", "users", "[1, 2]");
            assertEquals(400, notAnObject.status(), notAnObject.text());
            assertEquals(
                    "the body must be a JSON object",
                    notAnObject.json().get("error").asText());
            assertTrue(send("POST", "users", "{\"name\": ")
                    .json()
                    .get("error")
                    .asText()
                    .startsWith("the body is not valid JSON"));
            Reply noVersion = send("PATCH", "tasks/" + milk, "{\"done\": true}");
            assertEquals(400, noVersion.status(), noVersion.text());
            assertEquals("'version' is required", noVersion.json().get("error").asText());
            assertEquals(404, send("PATCH", "tasks/999", "{\"version\": 1}").status());
            assertEquals(
                    "limit must be 1 to 500, not 0",
                    get("tasks?limit=0").json().get("error").asText());

            // delete: the task and its tag links, in a session
            assertEquals(204, send("DELETE", "tasks/" + extra, null).status());
            assertEquals(404, send("GET", "tasks/" + extra, null).status());

            // archive: the project and its two open tasks in one session and one flush
            listener.flushes.clear();
            Reply archived = send("POST", "projects/" + projectId + "/archive", null);
            assertEquals(200, archived.status(), archived.text());
            assertEquals(2, archived.json().get("tasksClosed").asInt());
            assertEquals(List.of(new FlushEvent(0, 3, 0)), listener.flushes);
            JsonNode after = send("GET", "projects/" + projectId, null).json();
            assertTrue(after.get("archived").asBoolean());
            List<String> states = new ArrayList<>();
            after.get("tasks")
                    .forEach(t -> states.add(
                            t.get("title").asText() + " " + t.get("done").asBoolean() + " v"
                                    + t.get("version").asLong()));
            assertEquals(List.of("Buy milk true v2", "Paint fence true v2", plumberTitle + " true v3"), states);
            taskId = milk;
        }

        // a restart on the same database: nothing to migrate, the data is there
        try (TodoApp again = TodoApp.start(url, 0, listener)) {
            assertEquals(List.of(), again.appliedMigrations());
            base = again.uri();
            Reply kept = send("GET", "tasks/" + taskId, null);
            assertEquals(200, kept.status(), kept.text());
            assertEquals(List.of("errand", "urgent"), tags(kept));
            assertEquals(
                    3,
                    send("GET", "projects/" + projectId, null)
                            .json()
                            .get("tasks")
                            .size());
        }
    }

    private long createTask(long projectId, String title, int priority) throws IOException, InterruptedException {
        Reply created = send(
                "POST",
                "projects/" + projectId + "/tasks",
                "{\"title\": \"" + title + "\", \"priority\": " + priority + "}");
        assertEquals(201, created.status(), created.text());
        assertEquals(1, created.json().get("version").asLong());
        assertEquals(List.of(), tags(created));
        return created.json().get("id").asLong();
    }

    private static String task(
            long id, long project, String title, boolean done, int priority, long version, String tags) {
        return "{\"id\":" + id + ",\"projectId\":" + project + ",\"title\":\"" + title + "\",\"done\":" + done
                + ",\"priority\":" + priority + ",\"version\":" + version + ",\"tags\":[" + tags + "]}";
    }

    private static List<String> fields(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.get("violations").forEach(v -> fields.add(v.get("field").asText()));
        return fields.stream().sorted().toList();
    }

    private static List<String> tags(Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.text());
        List<String> tags = new ArrayList<>();
        reply.json().get("tags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    private static List<String> titles(Reply reply) {
        assertEquals(200, reply.status(), reply.text());
        List<String> titles = new ArrayList<>();
        reply.json().forEach(task -> titles.add(task.get("title").asText()));
        return titles;
    }

    private Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    private Reply send(String method, String path, @Nullable String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private CompletableFuture<Reply> sendAsync(String method, String path, String body) {
        return http.sendAsync(request(method, path, body), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Reply(response.statusCode(), response.body()));
    }

    private HttpRequest request(String method, String path, @Nullable String body) {
        URI uri = base == null ? URI.create("http://127.0.0.1/") : base;
        return HttpRequest.newBuilder(uri.resolve(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A JDBC URL for the test server: the variable's own, or {@code postgresql://user@host:port/db} rewritten. */
    private static String jdbc(String url) {
        if (url.startsWith("jdbc:")) {
            return url;
        }
        URI uri = URI.create(url);
        String user = uri.getUserInfo();
        String query = uri.getRawQuery();
        List<String> params = new ArrayList<>();
        if (user != null) {
            int colon = user.indexOf(':');
            params.add("user=" + (colon < 0 ? user : user.substring(0, colon)));
            if (colon >= 0) {
                params.add("password=" + user.substring(colon + 1));
            }
        }
        if (query != null) {
            params.add(query);
        }
        return "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                + uri.getRawPath() + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    private static void execute(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A reply: the status and the body. */
    private record Reply(int status, String text) {
        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text, e);
            }
        }
    }

    /** Hears the statements the service sends and the flushes of its sessions. */
    private static final class Listener implements OrmdanticListener {
        final List<String> statements = new CopyOnWriteArrayList<>();
        final List<FlushEvent> flushes = new CopyOnWriteArrayList<>();

        @Override
        public void beforeStatement(StatementEvent event) {
            statements.add(event.sql());
        }

        @Override
        public void afterFlush(FlushEvent event) {
            flushes.add(event);
        }
    }
}
