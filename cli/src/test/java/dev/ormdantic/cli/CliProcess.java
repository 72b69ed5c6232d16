package dev.ormdantic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the runnable jar ({@code -Dcli.jar}, set by the build) as a separate process. */
final class CliProcess {

    /** What a run printed and returned. */
    record Result(int exit, String out, String err) {

        List<String> lines() {
            return out.lines().toList();
        }

        Result expect(int code) {
            assertEquals(code, exit, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    private CliProcess() {}

    static Path jar() {
        String jar = System.getProperty("cli.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException(
                    "the runnable jar is missing (-Dcli.jar=" + jar + "); run the package phase");
        }
        return Path.of(jar);
    }

    /**
     * Runs {@code java -jar ormdantic-cli-all.jar args} in a directory, with the environment given (and no
     * {@code DATABASE_URL} unless given).
     */
    static Result run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        return start(command, workDir, env);
    }

    /** Runs the launcher script {@code src/main/bin/ormdantic} with {@code sh}. */
    static Result script(Path workDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("sh");
        command.add(Path.of("src", "main", "bin", "ormdantic").toAbsolutePath().toString());
        command.addAll(List.of(args));
        return start(command, workDir, env);
    }

    private static Result start(List<String> command, Path workDir, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end in 120 s");
        }
        Result result = new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
