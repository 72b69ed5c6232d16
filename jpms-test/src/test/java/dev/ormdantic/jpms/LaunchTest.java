package dev.ormdantic.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launches {@link App} in a fresh JVM twice, on the module path as the named module {@code dev.ormdantic.jpms} and on
 * the class path, and checks that both find the two tables and read back what they wrote. Only the launched JVM
 * tells: this test itself runs on the class path, where a named module's rules do not apply.
 */
class LaunchTest {

    private static final String EXPECTED = """
            tables: [flavor, topping]
            found: Flavor[id=vanilla, name=Vanilla, rating=5, nutrition=Nutrition[kcal=207, vegan=false], \
            tags=[classic]]
            rated 4+: 1
            count: 2 flavors, 1 toppings
            async: 2 flavors
            transaction: 2 flavors; rolled back: yes, 1 toppings
            """;

    @TempDir
    Path directory;

    @Test
    void asANamedModuleOnTheModulePath() throws Exception {
        String output = launch(List.of(
                "--module-path",
                modulePath(),
                "--enable-native-access=org.xerial.sqlitejdbc",
                "--module",
                "dev.ormdantic.jpms/dev.ormdantic.jpms.App",
                "sqlite:" + directory.resolve("module.sqlite3")));

        assertEquals("module: dev.ormdantic.jpms\n" + EXPECTED, output);
    }

    @Test
    void onTheClassPath() throws Exception {
        String output = launch(List.of(
                "-cp",
                testClassPath(),
                "--enable-native-access=ALL-UNNAMED",
                "dev.ormdantic.jpms.App",
                "sqlite:" + directory.resolve("classpath.sqlite3")));

        assertEquals("module: null\n" + EXPECTED, output);
    }

    /** This test's class path: the application's classes, the runtime and its dependencies, the test libraries. */
    private static String testClassPath() {
        return System.getProperty("java.class.path");
    }

    /**
     * The class path as a module path, without the annotation processor (it is on the class path only to be built
     * first; as a module it would be bound as a {@code javax.annotation.processing.Processor} provider through the
     * JDK's compiler, and its JavaPoet is not here). The launcher resolves what {@code dev.ormdantic.jpms} requires,
     * binds services through {@code uses} (SQLite's JDBC driver, the SLF4J binding) and leaves the test libraries
     * unresolved.
     */
    private static String modulePath() {
        return Arrays.stream(testClassPath().split(File.pathSeparator))
                .filter(entry -> ModuleFinder.of(Path.of(entry)).findAll().stream()
                        .noneMatch(module -> module.descriptor().name().equals("dev.ormdantic.processor")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private String launch(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Path log = directory.resolve("stderr.txt");
        Process process = new ProcessBuilder(command)
                .redirectError(log.toFile())
                .directory(directory.toFile())
                .start();
        String output;
        try (var stdout = process.getInputStream()) {
            output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the application did not end within 60 s: " + command);
        }
        assertEquals(
                0,
                process.exitValue(),
                () -> String.join(" ", command) + "\nprinted:\n" + output + "\nand on stderr:\n" + readQuietly(log));
        return output.replace(System.lineSeparator(), "\n");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }
}
