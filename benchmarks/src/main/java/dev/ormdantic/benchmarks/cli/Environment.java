package dev.ormdantic.benchmarks.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The machine, JVM and library versions a run records next to its numbers. */
final class Environment {

    private Environment() {}

    static Map<String, String> describe(int poolSize) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        env.put("cpu", cpuModel());
        env.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        env.put("max_heap_mib", String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put(
                "jvm_args",
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        env.put("pool_size", String.valueOf(poolSize));
        String sqliteParams = System.getenv("ORMDANTIC_BENCH_SQLITE_PARAMS");
        env.put("sqlite_params", sqliteParams == null ? "" : sqliteParams);
        version(env, "hikaricp", "com.zaxxer.hikari.HikariDataSource");
        version(env, "sqlite_jdbc", "org.sqlite.JDBC");
        version(env, "postgresql_jdbc", "org.postgresql.Driver");
        version(env, "mariadb_jdbc", "org.mariadb.jdbc.Driver");
        version(env, "ormdantic", "dev.ormdantic.Ormdantic");
        return env;
    }

    private static void version(Map<String, String> env, String name, String className) {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            env.put(name, "absent");
            return;
        }
        String version = type.getPackage().getImplementationVersion();
        env.put(name, version == null ? jarName(type) : version);
    }

    private static String jarName(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        String path = source.getLocation().getPath();
        return path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            Optional<String> model = lines.stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst();
            return model.orElse("unknown");
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
