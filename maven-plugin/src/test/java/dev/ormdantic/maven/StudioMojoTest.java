package dev.ormdantic.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.SnapshotJson;
import dev.ormdantic.migrations.Snapshots;
import java.lang.reflect.Field;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ormdantic:studio}: its parameters, and a start and stop with the wait replaced by a short one. */
class StudioMojoTest {

    @TempDir
    Path project;

    private StudioMojo mojo() throws Exception {
        Path classes = project.resolve("target/classes");
        Path snapshot = classes.resolve(Snapshots.RESOURCE);
        Files.createDirectories(snapshot.getParent());
        Files.writeString(snapshot, SnapshotJson.write(SchemaSnapshot.empty()));
        MavenProject maven = new MavenProject();
        maven.setFile(project.resolve("pom.xml").toFile());
        Build build = new Build();
        build.setOutputDirectory(classes.toString());
        maven.setBuild(build);
        StudioMojo mojo = new StudioMojo();
        set(mojo, "project", maven);
        set(mojo, "locations", List.of("filesystem:src/main/resources/db/migrations"));
        set(mojo, "settings", new Settings());
        set(mojo, "url", "sqlite:" + project.resolve("app.db"));
        return mojo;
    }

    @Test
    void pollTakesUnitsAndIsoDurations() throws Exception {
        StudioMojo mojo = mojo();
        assertEquals(Duration.ofSeconds(2), mojo.interval());
        set(mojo, "poll", "500ms");
        assertEquals(Duration.ofMillis(500), mojo.interval());
        set(mojo, "poll", "1m");
        assertEquals(Duration.ofMinutes(1), mojo.interval());
        set(mojo, "poll", "PT3S");
        assertEquals(Duration.ofSeconds(3), mojo.interval());
        set(mojo, "poll", "soon");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::interval);
        assertEquals(
                "[ORM2940] poll 'soon' is not an interval; use a number with ms, s, m or h (500ms, 2s, 1m), or an"
                        + " ISO-8601 duration such as PT2S",
                e.getMessage());
    }

    @Test
    void aPollOutOfRangeIsRefusedByTheStudio() throws Exception {
        StudioMojo mojo = mojo();
        set(mojo, "poll", "100ms");
        mojo.stopSignal(studio -> {
            throw new AssertionError("started with a poll of 100 ms");
        });
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                String.valueOf(e.getMessage())
                        .startsWith("[ORM2964] the studio cannot start: the poll interval PT0.1S"),
                e.getMessage());
    }

    @Test
    void aBusyPortFailsWithTheStudiosCode() throws Exception {
        StudioMojo mojo = mojo();
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            set(mojo, "port", busy.getLocalPort());
            mojo.stopSignal(studio -> {
                throw new AssertionError("started on a busy port");
            });
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
            assertTrue(
                    String.valueOf(e.getMessage())
                            .startsWith("[ORM2964] the studio could not listen on 127.0.0.1:" + busy.getLocalPort()),
                    e.getMessage());
        }
    }

    @Test
    void servesThePageWithTheTokenUntilTheStopSignalThenCloses() throws Exception {
        StudioMojo mojo = mojo();
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<URI> seen = new ArrayList<>();
        mojo.stopSignal(studio -> {
            URI page = studio.uri();
            seen.add(page);
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> ok = http.send(
                        HttpRequest.newBuilder(page)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                statuses.add(ok.statusCode());
                bodies.add(ok.body());
                HttpResponse<String> refused = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + studio.port() + "/"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                statuses.add(refused.statusCode());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        mojo.execute();
        assertEquals(List.of(200, 403), statuses);
        assertTrue(bodies.getFirst().contains("<title>Ormdantic Studio</title>"), bodies.getFirst());
        assertEquals(1, seen.size());
        assertTrue(seen.getFirst().toString().matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{32}"));
        // the goal returned: the server is closed
        assertThrows(ConnectException.class, () -> {
            try (Socket socket =
                    new Socket(InetAddress.getLoopbackAddress(), seen.getFirst().getPort())) {
                socket.getPort();
            }
        });
    }

    private static void set(Object target, String name, @Nullable Object value) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // the field is declared higher up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
