package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code jdbc:tc:} URL opened through the Testcontainers path: the pool, the dialect, the driver properties and a
 * round trip, with {@link FakeContainerDriver} standing in for Testcontainers' driver (no Docker engine here) in front
 * of the local PostgreSQL.
 */
class ContainerUrlTest {

    private static final String DRIVER = "org.testcontainers.jdbc.ContainerDatabaseDriver";

    @Test
    void testcontainersOwnDriverLoadsWithoutDocker() throws ClassNotFoundException {
        // this module's tests have Testcontainers (for SQL Server and Oracle): the class loads, only connect needs
        // Docker
        Class<?> driver = Class.forName(DRIVER, false, ContainerUrlTest.class.getClassLoader());
        assertTrue(Driver.class.isAssignableFrom(driver));
    }

    @Test
    void aRoundTripThroughTheTestcontainersDriver(@TempDir Path dir) throws IOException, SQLException {
        String skip = Backend.POSTGRESQL.skipReason();
        assumeTrue(skip == null, skip);
        try (TestDatabase database = new TestDatabase(Backend.POSTGRESQL)) {
            FakeContainerDriver.reset(database.jdbcUrl(), database.jdbcProperties());
            ClassLoader loader = withFakeDriver(dir);
            String url = "jdbc:tc:postgresql:16-alpine:///shop?TC_INITSCRIPT=db/init.sql&TC_DAEMON=false";
            try (Ormdantic db = Ormdantic.builder(url)
                    .classLoader(loader)
                    .tables(FlavorTable.TABLE)
                    .poolSize(2)
                    .open()) {
                assertEquals("postgresql", db.dialect());
                db.init().join();
                BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
                Flavor vanilla = new Flavor("vanilla", "Vanilla", 5);
                flavors.insert(vanilla);
                assertEquals(Optional.of(vanilla), flavors.findOne("vanilla"));
                // the server got the session settings Ormdantic gives PostgreSQL connections
                assertEquals(
                        List.of("ormdantic"),
                        db.blocking()
                                .sql("SELECT current_setting('application_name')")
                                .query(row -> Objects.requireNonNull(row.getString(1))));
                assertTrue(FakeContainerDriver.URLS.size() >= 2, "the anchor and the pool's connections");
                for (String connected : FakeContainerDriver.URLS) {
                    assertEquals(url, connected, "the URL and its TC_ parameters go to Testcontainers as given");
                }
                for (Map<String, String> properties : FakeContainerDriver.PROPERTIES) {
                    assertEquals("ormdantic", properties.get("ApplicationName"));
                    assertEquals("false", properties.get("logServerErrorDetail"));
                    assertEquals("30", properties.get("connectTimeout"), "the builder's connection timeout");
                    assertTrue(properties.containsKey("socketTimeout"), properties.toString());
                }
                assertEquals(0, FakeContainerDriver.STOPS.get(), "the container outlives the pool's connections");
                assertTrue(FakeContainerDriver.OPEN.get() >= 1);
                db.dropAll().join();
            }
            assertEquals(0, FakeContainerDriver.OPEN.get(), "close() closes every connection, the anchor last");
            assertEquals(1, FakeContainerDriver.STOPS.get(), "which stops the container once");
        }
    }

    /**
     * A class loader in which {@value #DRIVER} is a subclass of {@link FakeContainerDriver}, ahead of the real one on
     * the class path; every other class comes from the test's class loader.
     */
    private static ClassLoader withFakeDriver(Path dir) throws IOException {
        Path source = dir.resolve("src/org/testcontainers/jdbc/ContainerDatabaseDriver.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package org.testcontainers.jdbc;
                public class ContainerDatabaseDriver extends dev.ormdantic.it.FakeContainerDriver {}
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(
                null,
                null,
                null,
                "-proc:none",
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                source.toString());
        assertEquals(0, status, "the stand-in driver compiles");
        byte[] bytes = Files.readAllBytes(classes.resolve("org/testcontainers/jdbc/ContainerDatabaseDriver.class"));
        return new ClassLoader(ContainerUrlTest.class.getClassLoader()) {
            private @Nullable Class<?> fake;

            @Override
            protected synchronized Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.equals(DRIVER)) {
                    return super.loadClass(name, resolve);
                }
                if (fake == null) {
                    fake = defineClass(name, bytes, 0, bytes.length);
                }
                return fake;
            }
        };
    }
}
