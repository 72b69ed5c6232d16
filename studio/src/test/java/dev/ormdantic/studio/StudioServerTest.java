package dev.ormdantic.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.Snapshots;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.history.Migrator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The studio's server over HTTP, without a browser: the token, the page, drift, plans, history and the browser. */
class StudioServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private String url = "";

    @BeforeEach
    void database() throws Exception {
        url = "jdbc:sqlite:" + dir.resolve("studio.sqlite3");
        try (Connection connection = DriverManager.getConnection(url)) {
            Fixtures.create(connection, Fixtures.snapshot(3));
        }
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
        http.close();
    }

    private Ormdantic open() {
        Ormdantic db = Ormdantic.builder("sqlite:" + dir.resolve("studio.sqlite3"))
                .tables(PetTable.TABLE)
                .open();
        closing.add(db);
        db.blocking().init();
        return db;
    }

    private static SchemaSnapshot models() {
        return Snapshots.fromModels(List.of(PetTable.TABLE)).merge(Fixtures.snapshot(3));
    }

    private Studio start(Studio.Builder builder) {
        Studio studio = builder.start();
        closing.add(studio);
        return studio;
    }

    private static String token(Studio studio) {
        String query = studio.uri().getQuery();
        assertTrue(query.startsWith("token="), query);
        return query.substring("token=".length());
    }

    private HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode api(Studio studio, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get("http://127.0.0.1:" + studio.port() + path
                + (path.contains("?") ? "&" : "?") + "token=" + token(studio));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(Studio studio, String path, String body, boolean header)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + studio.port() + path + (header ? "" : "?token=" + token(studio))))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (header) {
            request.header("X-Studio-Token", token(studio));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyRequestNeedsThisRunsToken() throws Exception {
        Studio studio = start(Studio.builder(models()));
        Studio other = start(Studio.builder(models()));
        assertNotEquals(token(studio), token(other), "each run has its own token");
        assertTrue(Pattern.matches("[A-Za-z0-9_-]{32}", token(studio)), token(studio));
        assertEquals("127.0.0.1", studio.uri().getHost());
        String base = "http://127.0.0.1:" + studio.port();
        for (String path : List.of("/", "/assets/app.js", "/api/model", "/api/live", "/nowhere")) {
            HttpResponse<String> none = get(base + path);
            assertEquals(403, none.statusCode(), path);
            assertFalse(none.body().contains("<svg"), path);
            assertEquals(403, get(base + path + "?token=" + token(other)).statusCode(), path);
            assertEquals(403, get(base + path + "?token=").statusCode(), path);
        }
        HttpResponse<String> page = get(studio.uri().toString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/assets/app.js?token=" + token(studio) + "\""), page.body());
        HttpResponse<String> header = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/model"))
                        .header("X-Studio-Token", token(studio))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, header.statusCode());
        assertEquals(4, JSON.readTree(header.body()).get("tables").asInt());
        assertEquals(404, get(base + "/nowhere?token=" + token(studio)).statusCode());
    }

    @Test
    void aRequestForAnotherHostIsRefusedEvenWithTheToken() throws Exception {
        Studio studio = start(Studio.builder(models()));
        assertTrue(rawGet(studio, "127.0.0.1:" + studio.port(), token(studio)).startsWith("HTTP/1.1 200"));
        String rebinding = rawGet(studio, "studio.example.com:" + studio.port(), token(studio));
        assertTrue(rebinding.startsWith("HTTP/1.1 403"), rebinding);
        assertTrue(rebinding.contains("answers only to 127.0.0.1"), rebinding);
    }

    private static String rawGet(Studio studio, String host, String token) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), studio.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/model?token=" + token + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePageLoadsOnlyItsOwnSmallAssets() throws Exception {
        Studio studio = start(Studio.builder(models()));
        HttpResponse<String> page = get(studio.uri().toString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.startsWith("default-src 'none'; script-src 'self'; style-src 'self';"), csp);
        int bytes = page.body().getBytes(StandardCharsets.UTF_8).length;
        Pattern remote = Pattern.compile("(https?:)?//[a-z0-9]", Pattern.CASE_INSENSITIVE);
        assertFalse(remote.matcher(page.body()).find(), "the page names no other host");
        for (String asset : List.of("app.js", "app.css")) {
            HttpResponse<String> response =
                    get("http://127.0.0.1:" + studio.port() + "/assets/" + asset + "?token=" + token(studio));
            assertEquals(200, response.statusCode());
            assertFalse(remote.matcher(response.body()).find(), asset + " names no other host");
            bytes += response.body().getBytes(StandardCharsets.UTF_8).length;
        }
        assertTrue(bytes < 30_000, "HTML+CSS+JS is " + bytes + " bytes; docs/studio.md states the size");
    }

    @Test
    void driftAndThePendingMigrationFollowAnOutOfBandChange() throws Exception {
        Studio studio = start(Studio.builder(models()).database(open()));
        JsonNode before = api(studio, "/api/live");
        assertEquals(0, before.get("differences").size(), before.toString());
        assertEquals(0, before.get("added").asInt());
        JsonNode nothing = api(studio, "/api/migrations");
        assertEquals(0, nothing.get("summary").size(), "no phantom changes: " + nothing);
        assertEquals(6, nothing.get("dialects").size());

        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE t01 ADD COLUMN nickname TEXT");
            statement.execute("DROP TABLE t02");
        }
        JsonNode after = api(studio, "/api/live");
        assertEquals(1, after.get("added").asInt(), after.toString());
        assertEquals(1, after.get("removed").asInt(), after.toString());
        List<String> messages = new ArrayList<>();
        after.get("differences")
                .forEach(d -> messages.add(d.get("mark").asText() + " "
                        + d.get("table").asText() + ": " + d.get("message").asText()));
        assertEquals(
                List.of(
                        "added t01: column 'nickname' (TEXT NULL) is not in the model",
                        "removed t02: table is missing (the model has it)"),
                messages);
        String svg = after.get("svg").asText();
        assertTrue(svg.contains("<g class=\"table mark-changed\" data-table=\"t01\""), svg);
        assertTrue(svg.contains("<g class=\"col mark-added\" data-column=\"nickname\">"), svg);
        assertTrue(svg.contains("<g class=\"table mark-removed\" data-table=\"t02\""), svg);

        JsonNode plan = api(studio, "/api/migrations");
        assertEquals(
                List.of("Removed column t01.nickname", "Added table t02"),
                JSON.convertValue(plan.get("summary"), List.class));
        JsonNode postgres = plan.get("dialects").get(1);
        assertEquals("postgresql", postgres.get("dialect").asText());
        String statements = postgres.get("statements").toString();
        assertTrue(statements.contains("ALTER TABLE \\\"t01\\\" DROP COLUMN \\\"nickname\\\""), statements);
        assertTrue(statements.contains("CREATE TABLE IF NOT EXISTS \\\"t02\\\""), statements);
        List<String> codes = new ArrayList<>();
        postgres.get("lint")
                .forEach(f -> codes.add(
                        f.get("code").asText() + " " + f.get("category").asText()));
        assertEquals(List.of("DS103 destructive"), codes);
        JsonNode sqlite = plan.get("dialects").get(0);
        List<String> sqliteCodes = new ArrayList<>();
        sqlite.get("lint").forEach(f -> sqliteCodes.add(f.get("code").asText()));
        assertTrue(sqliteCodes.contains("DS103") && sqliteCodes.contains("LT101"), sqliteCodes.toString());
    }

    @Test
    void theHistoryShowsDirtyAndFailedRows() throws Exception {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dir.resolve("history.sqlite3"));
        Migrator migrator = Migrator.builder(source, DialectId.SQLITE).build();
        migrator.apply(migration("0001", "create h1", List.of("CREATE TABLE h1 (id INTEGER NOT NULL PRIMARY KEY)")));
        MigrationException failed = assertThrows(
                MigrationException.class,
                () -> migrator.apply(migration(
                        "0002",
                        "broken",
                        List.of(
                                "CREATE TABLE h2 (id INTEGER NOT NULL PRIMARY KEY)",
                                "INSERT INTO nowhere VALUES (1)"))));
        assertEquals(ErrorCode.MIGRATION_FAILED, failed.code());
        Studio studio = start(Studio.builder(models()).history(migrator));
        JsonNode history = api(studio, "/api/history");
        assertTrue(history.get("dirty").asBoolean(), history.toString());
        assertEquals(2, history.get("rows").size(), history.toString());
        JsonNode first = history.get("rows").get(0);
        JsonNode second = history.get("rows").get(1);
        assertEquals(
                "0001 applied false",
                first.get("revision").asText() + " " + first.get("status").asText() + " "
                        + first.get("dirty").asBoolean());
        assertEquals(
                "0002 failed true",
                second.get("revision").asText() + " " + second.get("status").asText() + " "
                        + second.get("dirty").asBoolean());
        JsonNode none = api(start(Studio.builder(models())), "/api/history");
        assertFalse(none.get("available").asBoolean());
    }

    private static Migration migration(String revision, String description, List<String> up) {
        Migration.Builder builder =
                Migration.builder(revision, description).createdAt(Instant.parse("2026-12-07T00:00:00Z"));
        for (DialectId dialect : DialectId.values()) {
            builder.up(dialect, up);
        }
        return builder.build();
    }

    @Test
    void theDataBrowserPagesAndFiltersAndIsReadOnlyByDefault() throws Exception {
        Ormdantic db = open();
        for (int i = 1; i <= 7; i++) {
            db.blocking().table(PetTable.TABLE).insert(new Pet("p" + i, "pet " + i, i));
        }
        Studio studio = start(Studio.builder(models()).database(db).browse(PetTable.TABLE));
        JsonNode tables = api(studio, "/api/tables");
        assertFalse(tables.get("writable").asBoolean());
        assertEquals("pet", tables.get("tables").get(0).get("name").asText());
        String filter = URLEncoder.encode("{\"age\": {\"gte\": 3}}", StandardCharsets.UTF_8);
        JsonNode page = api(studio, "/api/rows?table=pet&size=2&page=1&filter=" + filter);
        assertEquals(5, page.get("total").asLong());
        assertEquals(
                "[[\"p5\",\"pet 5\",5],[\"p6\",\"pet 6\",6]]", page.get("rows").toString());
        assertEquals("[\"id\",\"name\",\"age\"]", page.get("columns").toString());

        String base = "http://127.0.0.1:" + studio.port() + "/api/rows?token=" + token(studio);
        HttpResponse<String> unknownColumn =
                get(base + "&table=pet&filter=" + URLEncoder.encode("{\"colour\": \"red\"}", StandardCharsets.UTF_8));
        assertEquals(400, unknownColumn.statusCode());
        assertEquals("ORM2501", JSON.readTree(unknownColumn.body()).get("code").asText(), unknownColumn.body());
        HttpResponse<String> unknownTable = get(base + "&table=t01");
        assertEquals(404, unknownTable.statusCode());
        assertTrue(unknownTable.body().contains("\"code\":\"ORM2962\""), unknownTable.body());
        assertTrue(unknownTable.body().contains("it browses [pet]"), unknownTable.body());
        HttpResponse<String> badSize = get(base + "&table=pet&size=0");
        assertEquals(400, badSize.statusCode());
        assertTrue(
                badSize.body().contains("parameter 'size' is '0'; use a whole number from 1 to 500"), badSize.body());

        HttpResponse<String> refused =
                post(studio, "/api/delete", "{\"table\": \"pet\", \"filter\": \"\", \"confirm\": \"pet\"}", true);
        assertEquals(403, refused.statusCode());
        assertEquals("ORM2960", JSON.readTree(refused.body()).get("code").asText());
        assertEquals(7L, db.blocking().table(PetTable.TABLE).count());
    }

    @Test
    void deletingNeedsWritesAndTheTableNameTyped() throws Exception {
        Ormdantic db = open();
        for (int i = 1; i <= 4; i++) {
            db.blocking().table(PetTable.TABLE).insert(new Pet("p" + i, "pet " + i, i));
        }
        Studio studio = start(
                Studio.builder(models()).database(db).browse(PetTable.TABLE).allowWrites(true));
        assertTrue(studio.writable());
        String filter = "{\\\"age\\\": {\\\"lt\\\": 3}}";
        HttpResponse<String> mistyped = post(
                studio,
                "/api/delete",
                "{\"table\": \"pet\", \"filter\": \"" + filter + "\", \"confirm\": \"pets\"}",
                true);
        assertEquals(400, mistyped.statusCode());
        assertEquals(
                "[ORM2961] deleting rows of table 'pet' needs the table's name typed as the confirmation, and 'pets'"
                        + " was typed; nothing was deleted; type pet exactly",
                JSON.readTree(mistyped.body()).get("message").asText());
        assertEquals(4L, db.blocking().table(PetTable.TABLE).count());
        HttpResponse<String> noHeader = post(
                studio,
                "/api/delete",
                "{\"table\": \"pet\", \"filter\": \"" + filter + "\", \"confirm\": \"pet\"}",
                false);
        assertEquals(400, noHeader.statusCode());
        assertTrue(noHeader.body().contains("ORM2963"), noHeader.body());
        HttpResponse<String> deleted = post(
                studio,
                "/api/delete",
                "{\"table\": \"pet\", \"filter\": \"" + filter + "\", \"confirm\": \"pet\"}",
                true);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(2, JSON.readTree(deleted.body()).get("deleted").asLong());
        assertEquals(2L, db.blocking().table(PetTable.TABLE).count());
    }

    @Test
    void inconsistentSettingsAreRefusedAtStart() {
        OrmdanticException noDatabase = assertThrows(
                OrmdanticException.class,
                () -> Studio.builder(models()).browse(PetTable.TABLE).start());
        assertEquals(ErrorCode.STUDIO_START_FAILED, noDatabase.code());
        assertEquals(
                "[ORM2964] the studio cannot start: a data browser (browse(...)) or writes need a database; add"
                        + " .database(db) to the builder",
                noDatabase.getMessage());
        OrmdanticException fast = assertThrows(
                OrmdanticException.class,
                () -> Studio.builder(models())
                        .pollInterval(Duration.ofMillis(10))
                        .start());
        assertTrue(fast.getMessage().contains("the poll interval PT0.01S is out of range"), fast.getMessage());
    }
}
