package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dependency floors are enforced by the build (reliability plan T12): the root POM's {@code bannedDependencies}
 * rule fails any module that resolves a version below a floor. Proved the only way that cannot pass when the rule is
 * gone or a range is wrong: Maven itself runs the build's first phase ({@code validate}, where the enforcer runs),
 * offline, on two throw-away modules under {@code target/} whose parent is the root POM. One depends on a version
 * just below every floor and must fail, naming each of them; the other depends on every floor itself and must pass,
 * so no range bans the version it guards. The artifacts are POM-only stand-ins in a local repository of their own,
 * chained in front of the real one, so nothing is downloaded.
 */
@Tag("reliability")
class DependencyFloorsTest {

    /** A floor, and a version below it that the rule must refuse ({@code floor} null: every version is banned). */
    private record Floor(
            String group, String artifact, @Nullable String floor, String below) {}

    /**
     * The floors the project declares: docs/install.md's supported ranges ({@code .ci/floors}), the newer of the
     * security floor (shared reference §2.2) and the virtual-thread floor of each driver's page (docs/drivers).
     */
    private static final List<Floor> FLOORS = List.of(
            new Floor("com.zaxxer", "HikariCP", "6.3.3", "6.3.2"),
            new Floor("com.fasterxml.jackson.core", "jackson-databind", "2.19.2", "2.19.1"),
            new Floor("com.fasterxml.jackson.core", "jackson-core", "2.19.2", "2.19.1"),
            new Floor("jakarta.validation", "jakarta.validation-api", "3.0.2", "3.0.1"),
            // 3.41.2.1 is the last version with CVE-2023-32697
            new Floor("org.xerial", "sqlite-jdbc", "3.49.1.0", "3.41.2.1"),
            new Floor("org.hibernate.validator", "hibernate-validator", "8.0.3.Final", "8.0.2.Final"),
            new Floor("org.glassfish.expressly", "expressly", "5.0.0", "5.0.0-M2"),
            // 42.7.11 lacks the fix of CVE-2026-54291
            new Floor("org.postgresql", "postgresql", "42.7.12", "42.7.11"),
            new Floor("com.mysql", "mysql-connector-j", "9.0.0", "8.4.0"),
            new Floor("mysql", "mysql-connector-java", null, "8.0.33"),
            new Floor("org.mariadb.jdbc", "mariadb-java-client", "3.3.0", "3.2.0"),
            // a version suffix must not lift a version over its floor, nor drop the floor under it
            new Floor("com.microsoft.sqlserver", "mssql-jdbc", "13.2.1.jre11", "13.2.0.jre11"),
            new Floor("com.oracle.database.jdbc", "ojdbc11", "21.1.0.0", "19.28.0.0"),
            new Floor("com.oracle.database.jdbc", "ojdbc8", "21.1.0.0", "19.28.0.0"),
            new Floor("com.oracle.ojdbc", "ojdbc8", null, "19.3.0.0"),
            new Floor("com.h2database", "h2", "2.1.210", "2.0.206"),
            new Floor("org.liquibase", "liquibase-core", "4.8.0", "4.7.1"));

    /** The properties of integration-tests' {@code floors} profile and the artifacts each one sets. */
    private static final Map<String, List<String>> FLOOR_PROPERTIES = Map.of(
            "hikaricp", List.of("HikariCP"),
            "jackson", List.of("jackson-databind", "jackson-core"),
            "jakarta-validation", List.of("jakarta.validation-api"),
            "sqlite-jdbc", List.of("sqlite-jdbc"),
            "hibernate-validator", List.of("hibernate-validator"),
            "expressly", List.of("expressly"));

    private static final Pattern PROPERTY = Pattern.compile("<([a-z-]+)\\.version>([^<]+)</");

    @Test
    void theTableHereHoldsEveryFloorThatCiFloorsRuns() throws IOException {
        String pom = Files.readString(root().resolve("integration-tests/pom.xml"), StandardCharsets.UTF_8);
        String profile = pom.substring(pom.indexOf("<id>floors</id>"));
        profile = profile.substring(0, profile.indexOf("</profile>"));
        Matcher property = PROPERTY.matcher(profile);
        Map<String, String> floors = new TreeMap<>();
        while (property.find()) {
            floors.put(property.group(1), property.group(2));
        }
        assertEquals(FLOOR_PROPERTIES.keySet(), floors.keySet(), "a floor of .ci/floors this test does not know");
        FLOOR_PROPERTIES.forEach((name, artifacts) -> {
            for (String artifact : artifacts) {
                assertEquals(
                        List.of(floors.get(name)),
                        FLOORS.stream()
                                .filter(f -> f.artifact().equals(artifact))
                                .map(Floor::floor)
                                .toList(),
                        artifact);
            }
        });
    }

    @Test
    void theBuildFailsBelowEveryFloorAndPassesOnThem() throws IOException, InterruptedException {
        Path root = root();
        Path work = root.resolve("integration-tests/target/dependency-floors");
        deleteRecursively(work);
        Path repository = work.resolve("repository");
        for (Floor floor : FLOORS) {
            standIn(repository, floor.group(), floor.artifact(), floor.below());
            if (floor.floor() != null) {
                standIn(repository, floor.group(), floor.artifact(), floor.floor());
            }
        }
        module(work, root, "below", FLOORS.stream().map(f -> coordinates(f, f.below())));
        module(work, root, "at", FLOORS.stream().filter(f -> f.floor() != null).map(f -> coordinates(f, f.floor())));
        Files.writeString(work.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.ormdantic.floors</groupId>
                  <artifactId>floors</artifactId>
                  <version>0</version>
                  <packaging>pom</packaging>
                  <modules><module>below</module><module>at</module></modules>
                </project>
                """);

        String output = maven(root, work, repository);

        List<String> banned = output.lines()
                .filter(line -> line.contains("<--- banned"))
                .map(line -> line.replaceFirst("^\\[ERROR]\\s+", "").replaceFirst(" <--- banned.*", ""))
                .sorted()
                .toList();
        List<String> expected = FLOORS.stream()
                .map(f -> f.group() + ":" + f.artifact() + ":pom:" + f.below())
                .sorted()
                .toList();
        assertEquals(expected, banned, output);
        assertTrue(output.contains("A dependency is below its floor"), output);
        // the reactor summary: the module below the floors failed, the one on them passed
        assertTrue(
                Pattern.compile("floors-below \\S+ \\.+ FAILURE")
                        .matcher(output)
                        .find(),
                output);
        assertTrue(
                Pattern.compile("floors-at \\S+ \\.+ SUCCESS").matcher(output).find(), output);
        assertFalse(output.contains("on project floors-at"), output);
    }

    private static String coordinates(Floor floor, @Nullable String version) {
        return """
                    <dependency>
                      <groupId>%s</groupId>
                      <artifactId>%s</artifactId>
                      <version>%s</version>
                      <type>pom</type>
                    </dependency>
                """.formatted(floor.group(), floor.artifact(), version);
    }

    /** A module whose parent is the root POM, depending on the given artifacts. */
    private static void module(Path work, Path root, String name, java.util.stream.Stream<String> dependencies)
            throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>dev.ormdantic</groupId>
                    <artifactId>ormdantic-parent</artifactId>
                    <version>%s</version>
                    <relativePath>%s</relativePath>
                  </parent>
                  <groupId>dev.ormdantic.floors</groupId>
                  <artifactId>floors-%s</artifactId>
                  <packaging>pom</packaging>
                  <dependencies>
                %s  </dependencies>
                </project>
                """.formatted(
                        projectVersion(),
                        dir.relativize(root.resolve("pom.xml")),
                        name,
                        dependencies.collect(Collectors.joining())));
    }

    /** A POM-only artifact in the throw-away repository: enough for Maven to collect the dependency graph. */
    private static void standIn(Path repository, String group, String artifact, String version) throws IOException {
        Path dir = Files.createDirectories(
                repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version));
        Files.writeString(dir.resolve(artifact + "-" + version + ".pom"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <packaging>pom</packaging>
                </project>
                """.formatted(group, artifact, version));
    }

    /**
     * Runs {@code mvnw -o validate --fail-at-end} on the throw-away reactor, with the stand-ins' repository in front
     * of the real local repository (read-only, Maven 3.9's tail), and returns its output.
     */
    private static String maven(Path root, Path work, Path repository) throws IOException, InterruptedException {
        String local = System.getProperty(
                "ormdantic.maven.localRepository", System.getProperty("user.home") + "/.m2/repository");
        Path log = work.resolve("maven.log");
        ProcessBuilder builder = new ProcessBuilder(
                        root.resolve("mvnw").toString(),
                        "-B",
                        "-o",
                        "--fail-at-end",
                        "-f",
                        work.resolve("pom.xml").toString(),
                        "-Dmaven.repo.local=" + repository,
                        "-Dmaven.repo.local.tail=" + local,
                        "validate")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_ARGS");
        Process maven = builder.start();
        if (!maven.waitFor(120, TimeUnit.SECONDS)) {
            maven.destroyForcibly();
            throw new AssertionError("Maven did not finish within 120 s:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assertEquals(1, maven.exitValue(), output);
        return output;
    }

    private static String projectVersion() {
        String version = System.getProperty("ormdantic.project.version");
        assertTrue(version != null && !version.isEmpty(), "surefire sets ormdantic.project.version");
        return version;
    }

    /** The repository's root: the directory of the Maven wrapper, above this module. */
    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve(".ci/floors"))) {
                return dir;
            }
        }
        throw new AssertionError("no mvnw and .ci/floors above " + Path.of("").toAbsolutePath());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
