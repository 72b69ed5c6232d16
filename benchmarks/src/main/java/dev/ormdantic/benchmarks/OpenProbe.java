package dev.ormdantic.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Times open-to-first-query in a fresh JVM, so class loading and bootstrap count as they do when an application
 * starts: the harness starts this class once per sample with the contender's factory class and the target, and reads
 * the one line it prints.
 */
public final class OpenProbe {

    private static final String PREFIX = "OPEN_TO_FIRST_QUERY_MS=";

    private OpenProbe() {}

    /**
     * Opens one contender, runs its first count and prints the time.
     *
     * @param args factory enum class, constant name, backend, JDBC URL, ORM URL, pool size, read rows
     * @throws Exception when the contender fails; the harness then reports the in-process time only
     */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Class<?> type = Class.forName(args[0]);
        ContenderFactory factory = null;
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(args[1])) {
                factory = (ContenderFactory) constant;
            }
        }
        if (factory == null) {
            throw new IllegalArgumentException("no contender " + args[1]);
        }
        Target target = new Target(Backend.named(args[2]), args[3], args[4], Integer.parseInt(args[5]));
        Profile profile = new Profile("probe", Integer.parseInt(args[6]), 0, 1, 1, 0, 1);
        try (Contender contender = factory.open(target)) {
            Object count = contender
                    .prepare(BenchCase.COUNT_ALL, new Workload(profile))
                    .run();
            double ms = (System.nanoTime() - start) / 1e6;
            if (!(count instanceof Number n) || n.longValue() != profile.readRows()) {
                throw new InvalidResultException("first count returned " + count);
            }
            System.out.println(PREFIX + String.format(Locale.ROOT, "%.3f", ms));
        }
        System.exit(0);
    }

    /**
     * Runs the probe in a child JVM with this JVM's class path.
     *
     * @param factory the contender, an enum constant
     * @param target where to connect
     * @param readRows the rows the first count must see
     * @return the milliseconds, or {@code NaN} when the probe failed
     * @throws InterruptedException when interrupted while waiting
     */
    static double measure(ContenderFactory factory, Target target, int readRows) throws InterruptedException {
        if (!(factory instanceof Enum<?> constant)) {
            return Double.NaN;
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                OpenProbe.class.getName(),
                constant.getDeclaringClass().getName(),
                constant.name(),
                target.backend().id(),
                target.jdbcUrl(),
                target.ormUrl(),
                String.valueOf(target.poolSize()),
                String.valueOf(readRows)));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Double.NaN;
            }
            for (String line : output.split("\n", -1)) {
                if (line.startsWith(PREFIX)) {
                    return Double.parseDouble(line.substring(PREFIX.length()).trim());
                }
            }
            return Double.NaN;
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
    }
}
