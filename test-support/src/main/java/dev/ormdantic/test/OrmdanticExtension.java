package dev.ormdantic.test;

import dev.ormdantic.BlockingOrmdantic;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.query.TableRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives each test a database of its own and drops it after the test:
 *
 * <ul>
 *   <li>SQLite: a new file in a new temporary directory, deleted afterwards;
 *   <li>PostgreSQL: a new schema ({@code CREATE SCHEMA ormdantic_test_...}) in the URL's database, which the test's
 *       connections use as their current schema; {@code DROP SCHEMA ... CASCADE} afterwards;
 *   <li>MySQL and MariaDB: a new database ({@code CREATE DATABASE ormdantic_test_...}) on the URL's server;
 *       {@code DROP DATABASE} afterwards.
 * </ul>
 *
 * <p>The names are random, so tests may run in parallel, in one JVM or several, against one server. The tables are
 * created before each test ({@code init()}) unless told otherwise; a test method takes an {@link Ormdantic} or a
 * {@link BlockingOrmdantic} parameter. The server's own connection (for {@code CREATE} and {@code DROP}) is opened
 * once per URL and closed when the test run ends. SQL Server and Oracle are refused with a message saying so.
 *
 * <p>Registered by {@link OrmdanticTest}, or as a field to choose the tables and options:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OrmdanticExtension DB = OrmdanticExtension.create()
 *         .tables(FlavorTable.TABLE)
 *         .configure(builder -> builder.queryTimeout(Duration.ofSeconds(5)));
 * }</pre>
 *
 * <p>The URL: {@link #url(String)}, else {@link OrmdanticTest#url()}, else the {@value #URL_PROPERTY} system property,
 * else the {@value #URL_VARIABLE} environment variable, else SQLite.
 *
 * @since 0.1.0
 */
public final class OrmdanticExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** The system property that names the server the tests' databases are made on. */
    public static final String URL_PROPERTY = "ormdantic.test.url";

    /** The environment variable that names the server, when the system property does not. */
    public static final String URL_VARIABLE = "ORMDANTIC_TEST_URL";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(OrmdanticExtension.class);

    private final @Nullable String url;
    private final @Nullable Boolean init;
    private final List<TableRef<?, ?>> tables;
    private final List<Consumer<? super Ormdantic.Builder>> settings;

    /** The extension as {@link OrmdanticTest} registers it: every table, the URL from the annotation or around. */
    public OrmdanticExtension() {
        this(null, null, List.of(), List.of());
    }

    private OrmdanticExtension(
            @Nullable String url,
            @Nullable Boolean init,
            List<TableRef<?, ?>> tables,
            List<Consumer<? super Ormdantic.Builder>> settings) {
        this.url = url;
        this.init = init;
        this.tables = List.copyOf(tables);
        this.settings = List.copyOf(settings);
    }

    /**
     * An extension to register with {@code @RegisterExtension}, to be configured further.
     *
     * @return the extension, managing every generated table on the class path
     */
    public static OrmdanticExtension create() {
        return new OrmdanticExtension();
    }

    /**
     * The server the tests' databases are made on.
     *
     * @param url an Ormdantic URL or a JDBC URL of SQLite, PostgreSQL, MySQL or MariaDB
     * @return a copy of this extension with the URL
     */
    public OrmdanticExtension url(String url) {
        return new OrmdanticExtension(Objects.requireNonNull(url, "url"), init, tables, settings);
    }

    /**
     * Manages only these tables (see {@code Ormdantic.Builder.tables}).
     *
     * @param tables the tables, such as {@code FlavorTable.TABLE}
     * @return a copy of this extension with the tables
     */
    public OrmdanticExtension tables(TableRef<?, ?>... tables) {
        return new OrmdanticExtension(url, init, Arrays.asList(tables), settings);
    }

    /**
     * Whether to create the tables before each test.
     *
     * @param init {@code false} to leave the database empty
     * @return a copy of this extension with the setting
     */
    public OrmdanticExtension init(boolean init) {
        return new OrmdanticExtension(url, init, tables, settings);
    }

    /**
     * Adjusts the builder each test's database is opened with, after the tables are set.
     *
     * @param settings what to set, such as {@code builder -> builder.queryTimeout(Duration.ofSeconds(5))}
     * @return a copy of this extension with the settings added
     */
    public OrmdanticExtension configure(Consumer<? super Ormdantic.Builder> settings) {
        List<Consumer<? super Ormdantic.Builder>> all = new ArrayList<>(this.settings);
        all.add(Objects.requireNonNull(settings, "settings"));
        return new OrmdanticExtension(url, init, tables, all);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Optional<OrmdanticTest> annotation =
                context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, OrmdanticTest.class));
        String server = url != null
                ? url
                : annotation.map(OrmdanticTest::url).filter(u -> !u.isBlank()).orElse(null);
        if (server == null) {
            server = configuredUrl();
        }
        if (server != null && TestUrls.isTestcontainers(server)) {
            // Testcontainers keeps one container per exact URL: a test's URL of its own would start a container
            // of its own, in which the schema made for it does not exist.
            throw new ExtensionConfigurationException(
                    "a Testcontainers URL (" + server.strip().split("\\?", 2)[0]
                            + "...) cannot be the extension's server: each test's database needs a URL of its own, and"
                            + " Testcontainers starts a new container for every URL; start the container once (for example"
                            + " a PostgreSQLContainer in a static field) and give the extension its getJdbcUrl() with the"
                            + " user and password, or open the jdbc:tc: URL in the test with Ormdantic.builder(url)");
        }
        boolean create =
                init != null ? init : annotation.map(OrmdanticTest::init).orElse(true);
        ServerAdmin admin = server == null || TestUrls.isSqlite(server)
                ? null
                : context.getRoot().getStore(NAMESPACE).computeIfAbsent(server, ServerAdmin::open, ServerAdmin.class);
        FreshDatabase fresh = FreshDatabase.create(admin);
        try {
            Ormdantic.Builder builder = Ormdantic.builder(fresh.url());
            if (!tables.isEmpty()) {
                builder.tables(tables);
            }
            settings.forEach(setting -> setting.accept(builder));
            fresh.opened(builder.open());
            if (create) {
                fresh.db().blocking().init();
            }
        } catch (RuntimeException | Error e) {
            fresh.close();
            throw e;
        }
        context.getStore(NAMESPACE).put(FreshDatabase.class, fresh);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FreshDatabase fresh = context.getStore(NAMESPACE).remove(FreshDatabase.class, FreshDatabase.class);
        if (fresh != null) {
            fresh.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Ormdantic.class || type == BlockingOrmdantic.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        FreshDatabase fresh = context.getStore(NAMESPACE).get(FreshDatabase.class, FreshDatabase.class);
        if (fresh == null) {
            throw new org.junit.jupiter.api.extension.ParameterResolutionException(
                    "an Ormdantic parameter is given to test methods only (not to constructors or @BeforeAll"
                            + " methods): each test has a database of its own");
        }
        return parameter.getParameter().getType() == Ormdantic.class
                ? fresh.db()
                : fresh.db().blocking();
    }

    private static @Nullable String configuredUrl() {
        String property = System.getProperty(URL_PROPERTY);
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        String variable = System.getenv(URL_VARIABLE);
        return variable != null && !variable.isBlank() ? variable.strip() : null;
    }
}
