package dev.ormdantic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ormdantic studio}, run as {@code java -jar ormdantic-cli-all.jar studio} against a SQLite file. */
class CliStudioTest {

    @TempDir
    Path work;

    @Test
    void theRunnableJarCarriesTheStudioAndItsPage() throws Exception {
        try (JarFile jar = new JarFile(CliProcess.jar().toFile())) {
            for (String entry : List.of(
                    "dev/ormdantic/studio/Studio.class",
                    "dev/ormdantic/studio/assets/index.html",
                    "dev/ormdantic/studio/assets/app.css",
                    "dev/ormdantic/studio/assets/app.js")) {
                assertNotNull(jar.getEntry(entry), entry);
            }
        }
    }

    @Test
    void printsItsAddressServesThePageWithTheTokenAndStopsOnATerm() throws Exception {
        Path file = work.resolve("studio.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE TABLE cli_flavor (id TEXT PRIMARY KEY, name TEXT NOT NULL, rating INTEGER NOT NULL)");
            statement.execute("INSERT INTO cli_flavor VALUES ('v', 'vanilla', 5)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(CliProcess.jar().toString());
        command.addAll(List.of(
                "studio",
                "--url",
                "sqlite:" + file,
                "--classpath",
                Fixtures.classes().toString(),
                "--poll",
                "500ms"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().remove("DATABASE_URL");
        Path err = work.resolve("err.txt");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null) {
                throw new AssertionError("no address printed; stderr:\n" + read(err));
            }
            assertTrue(line.matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{32}"), line);
            URI page = URI.create(line);
            URI withoutToken = URI.create(line.substring(0, line.indexOf('?')));
            try (HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()) {
                HttpResponse<String> ok = http.send(
                        HttpRequest.newBuilder(page)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ok.statusCode(), ok.body());
                assertTrue(ok.body().contains("<title>Ormdantic Studio</title>"), ok.body());
                HttpResponse<String> refused = http.send(
                        HttpRequest.newBuilder(withoutToken)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(403, refused.statusCode(), refused.body());
            }
            String started = read(err);
            assertTrue(started.contains("Connection: sqlite:" + file), started);
            assertTrue(started.contains("(read-only), 1 models, 1 tables to browse; Ctrl-C stops it"), started);
        } finally {
            process.destroy();
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the studio did not stop on SIGTERM");
        // the JVM reports a SIGTERM as 128 + 15; the shutdown hook closed the server first
        assertEquals(143, process.exitValue());
        assertTrue(read(err).strip().endsWith("Studio stopped"), read(err));
    }

    @Test
    void refusesABadPollAMissingSnapshotAndABusyPort() throws Exception {
        String url = "sqlite:" + work.resolve("refused.db");
        String classes = Fixtures.classes().toString();
        CliProcess.Result words = CliProcess.run(
                        work, Map.of(), "studio", "--url", url, "--classpath", classes, "--poll", "soon")
                .expect(2);
        assertTrue(
                words.err().contains("Invalid value for option '--poll'")
                        && words.err().contains("'soon' is not an interval"),
                words::toString);
        CliProcess.Result tooOften = CliProcess.run(
                        work, Map.of(), "studio", "--url", url, "--classpath", classes, "--poll", "100ms")
                .expect(1);
        assertTrue(
                tooOften.err()
                        .contains("Error: [ORM2964] the studio cannot start: the poll interval PT0.1S is out of range"),
                tooOften::toString);
        CliProcess.Result noModels =
                CliProcess.run(work, Map.of(), "studio", "--url", url).expect(1);
        assertTrue(noModels.err().contains("Error: [ORM2901] the models' snapshot is needed"), noModels::toString);
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliProcess.Result taken = CliProcess.run(
                            work,
                            Map.of(),
                            "studio",
                            "--url",
                            url,
                            "--classpath",
                            classes,
                            "--port",
                            String.valueOf(busy.getLocalPort()))
                    .expect(1);
            assertTrue(
                    taken.err()
                            .contains(
                                    "Error: [ORM2964] the studio could not listen on 127.0.0.1:" + busy.getLocalPort()),
                    taken::toString);
            assertEquals("", taken.out());
        }
    }

    private static String read(Path file) throws java.io.IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
