package dev.ormdantic.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.DialectId;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a goal's database, credentials and locations come from, and what it says when they are missing. */
class DatabaseMojoTest {

    @TempDir
    Path project;

    /** A goal that only resolves its settings. */
    static final class Probe extends DatabaseMojo {
        final Map<String, String> env = new HashMap<>();

        @Override
        Map<String, String> environment() {
            return env;
        }

        @Override
        protected String goal() {
            return "probe";
        }

        @Override
        protected void run() {}
    }

    private Probe probe() throws ReflectiveOperationException {
        Probe probe = new Probe();
        MavenProject maven = new MavenProject();
        maven.setFile(project.resolve("pom.xml").toFile());
        set(probe, "project", maven);
        set(probe, "locations", List.of("filesystem:src/main/resources/db/migrations"));
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("app-db");
        server.setUsername("deploy");
        server.setPassword("{encrypted}");
        settings.addServer(server);
        set(probe, "settings", settings);
        set(probe, "decrypter", (SettingsDecrypter) request -> decrypted(request.getServers()));
        return probe;
    }

    @Test
    void theConfiguredUrlWinsOverTheEnvironment() throws Exception {
        Probe probe = probe();
        set(probe, "url", "sqlite:configured.db");
        probe.env.put("ORMDANTIC_URL", "sqlite:env.db");
        DatabaseTarget target = probe.database();
        assertEquals("sqlite:configured.db (from <url>)", target.describe());
        assertEquals(DialectId.SQLITE, target.dialect());
    }

    @Test
    void ormdanticUrlComesBeforeDatabaseUrl() throws Exception {
        Probe probe = probe();
        probe.env.put("DATABASE_URL", "sqlite:database.db");
        assertEquals("sqlite:database.db (from DATABASE_URL)", probe.database().describe());
        probe.env.put("ORMDANTIC_URL", "postgresql://db.example.com:5432/app");
        DatabaseTarget target = probe.database();
        assertEquals(DialectId.POSTGRESQL, target.dialect());
        assertTrue(target.describe().endsWith("(from ORMDANTIC_URL)"), target.describe());
    }

    @Test
    void noUrlFailsWithTheThreeWaysToGiveOne() throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> probe().database());
        assertEquals(
                "[ORM2930] ormdantic:probe needs a database URL; set <url> in the plugin's configuration, pass"
                        + " -Dormdantic.url=..., or export ORMDANTIC_URL (or DATABASE_URL)",
                e.getMessage());
    }

    @Test
    void aServerGivesTheDecryptedCredentialsUnlessConfigured() throws Exception {
        Probe probe = probe();
        set(probe, "url", "postgresql://db.example.com:5432/app");
        set(probe, "serverId", "app-db");
        probe.env.put("ORMDANTIC_USER", "from-env");
        assertEquals("deploy", probe.database().user());
        set(probe, "user", "configured");
        assertEquals("configured", probe.database().user());
    }

    @Test
    void theEnvironmentGivesTheUserWithoutAServer() throws Exception {
        Probe probe = probe();
        set(probe, "url", "postgresql://db.example.com:5432/app");
        probe.env.put("ORMDANTIC_USER", "from-env");
        assertEquals("from-env", probe.database().user());
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() throws Exception {
        Probe probe = probe();
        set(probe, "url", "postgresql://app:s3cret-Pa55@db.example.com:5432/app");
        String shown = probe.database().describe();
        assertFalse(shown.contains("s3cret-Pa55"), shown);
        assertTrue(shown.contains("db.example.com:5432/app"), shown);
    }

    @Test
    void anUnknownServerIdFails() throws Exception {
        Probe probe = probe();
        set(probe, "url", "postgresql://db.example.com:5432/app");
        set(probe, "serverId", "prod-db");
        MojoFailureException e = assertThrows(MojoFailureException.class, probe::database);
        assertTrue(
                String.valueOf(e.getMessage())
                        .startsWith("[ORM2939] settings.xml has no <server> with the id 'prod-db' (serverId)"),
                e.getMessage());
    }

    @Test
    void locationsResolveAgainstTheProjectAndRefuseAClassPath() throws Exception {
        Probe probe = probe();
        assertEquals(List.of(project.resolve("src/main/resources/db/migrations")), probe.locationPaths());
        set(probe, "locations", List.of("db/one", "filesystem:db/two"));
        assertEquals(List.of(project.resolve("db/one"), project.resolve("db/two")), probe.locationPaths());
        set(probe, "locations", List.of("classpath:db/migration"));
        MojoFailureException e = assertThrows(MojoFailureException.class, probe::locationPaths);
        assertTrue(
                String.valueOf(e.getMessage())
                        .startsWith("[ORM2931] location 'classpath:db/migration' is not a directory"),
                e.getMessage());
    }

    @Test
    void anUnknownDialectIsNamed() throws Exception {
        Probe probe = probe();
        set(probe, "dialects", List.of("postgresql,sqlite"));
        assertEquals(
                java.util.EnumSet.of(DialectId.POSTGRESQL, DialectId.SQLITE),
                probe.dialects(java.util.EnumSet.noneOf(DialectId.class)));
        set(probe, "dialects", List.of("postgres"));
        MojoFailureException e = assertThrows(
                MojoFailureException.class, () -> probe.dialects(java.util.EnumSet.noneOf(DialectId.class)));
        assertTrue(
                String.valueOf(e.getMessage()).startsWith("[ORM2935] dialect 'postgres' is not one the plugin knows"));
    }

    private static SettingsDecryptionResult decrypted(List<Server> servers) {
        Server server = servers.getFirst().clone();
        server.setPassword(server.getPassword().replace("{encrypted}", "decrypted"));
        return new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return server;
            }

            @Override
            public List<Server> getServers() {
                return List.of(server);
            }

            @Override
            public @Nullable Proxy getProxy() {
                return null;
            }

            @Override
            public List<Proxy> getProxies() {
                return List.of();
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return List.of();
            }
        };
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
