package dev.ormdantic.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormdantic.BlockingOrmdantic;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.StatementEvent;
import dev.ormdantic.micrometer.ObservationListener;
import dev.ormdantic.spring.app.Flavor;
import dev.ormdantic.spring.app.FlavorTable;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the auto-configuration creates, from which settings, and when it backs off; on an SQLite file. */
class OrmdanticAutoConfigurationTest {

    private ApplicationContextRunner runner = new ApplicationContextRunner();

    @BeforeEach
    void sqliteFile() throws IOException {
        Path file = Files.createTempFile("ormdantic-autoconfig", ".db");
        runner = new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, OrmdanticAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + file + "?foreign_keys=true");
    }

    @Test
    void opensTheDatabaseWithoutCreatingTablesUnlessAsked() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Ormdantic.class).hasSingleBean(BlockingOrmdantic.class);
            assertThat(tables(context.getBean(DataSource.class))).doesNotContain("starter_flavor");
        });
        runner.withPropertyValues("ormdantic.init-schema=true")
                .run(context ->
                        assertThat(tables(context.getBean(DataSource.class))).contains("starter_flavor"));
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnDatabase() {
        runner.withUserConfiguration(OwnDatabase.class).run(context -> {
            assertThat(context).hasSingleBean(Ormdantic.class);
            assertThat(context.getBean(Ormdantic.class)).isSameAs(OwnDatabase.opened);
        });
    }

    @Test
    void aDeclaredDialectThatDoesNotMatchTheDatabaseFailsTheContext() {
        runner.withPropertyValues("ormdantic.dialect=POSTGRESQL").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            while (failure != null && !(failure instanceof ConfigurationException)) {
                failure = failure.getCause();
            }
            assertThat(failure).isInstanceOf(ConfigurationException.class);
            ConfigurationException refused = (ConfigurationException) java.util.Objects.requireNonNull(failure);
            assertThat(refused.code()).isEqualTo(ErrorCode.DIALECT_MISMATCH);
            assertThat(refused.getMessage()).contains("as PostgreSQL").contains("DialectId.SQLITE");
        });
    }

    @Test
    void listenerBeansAndCustomizersApply() {
        runner.withUserConfiguration(Listening.class)
                .withPropertyValues(
                        "ormdantic.init-schema=true", "ormdantic.n-plus-one=FAIL", "ormdantic.query-timeout=5s")
                .run(context -> {
                    Ormdantic db = context.getBean(Ormdantic.class);
                    assertThat(db.tableNames()).containsExactly("starter_flavor");
                    db.blockingTable(FlavorTable.TABLE).insert(new Flavor("fig", "Fig", 2));
                    Listening listening = context.getBean(Listening.class);
                    assertThat(listening.customized).isTrue();
                    assertThat(listening.statements).hasSize(2);
                    assertThat(listening.statements.get(0)).startsWith("CREATE TABLE IF NOT EXISTS `starter_flavor`");
                    assertThat(listening.statements.get(1))
                            .isEqualTo("INSERT INTO `starter_flavor` (`id`, `name`, `rating`) VALUES (?, ?, ?)");
                });
    }

    @Test
    void statementsAreObservedWhenTheApplicationHasAnObservationRegistry() {
        runner.withUserConfiguration(Observed.class)
                .withPropertyValues("ormdantic.init-schema=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(ObservationListener.class);
                    TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
                    registry.clear();
                    context.getBean(BlockingOrmdantic.class)
                            .table(FlavorTable.TABLE)
                            .count();
                    TestObservationRegistryAssert.assertThat(registry)
                            .hasObservationWithNameEqualTo(ObservationListener.STATEMENT)
                            .that()
                            .hasLowCardinalityKeyValue("table", "starter_flavor")
                            .hasLowCardinalityKeyValue("dialect", "sqlite");
                });
    }

    @Test
    void withoutMicrometerNoObservationListenerIsCreated() {
        runner.withUserConfiguration(Observed.class)
                .withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(Ormdantic.class);
                    assertThat(context).doesNotHaveBean(ObservationListener.class);
                });
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> names = new CopyOnWriteArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** An application that opens its own database. */
    @Configuration(proxyBeanMethods = false)
    static class OwnDatabase {
        static volatile @Nullable Ormdantic opened;

        @Bean
        Ormdantic ormdantic(DataSource dataSource) {
            Ormdantic db = Ormdantic.builder(dataSource, DialectId.SQLITE).open();
            opened = db;
            return db;
        }
    }

    /** An application with a listener bean and a customizer. */
    @Configuration(proxyBeanMethods = false)
    static class Listening {
        final List<String> statements = new CopyOnWriteArrayList<>();
        volatile boolean customized;

        @Bean
        OrmdanticListener recorder() {
            return new OrmdanticListener() {
                @Override
                public void beforeStatement(StatementEvent event) {
                    statements.add(event.sql());
                }
            };
        }

        @Bean
        OrmdanticBuilderCustomizer onlyFlavors() {
            return builder -> {
                customized = true;
                builder.tables(FlavorTable.TABLE);
            };
        }
    }

    /** An application with Micrometer's observation registry. */
    @Configuration(proxyBeanMethods = false)
    static class Observed {
        @Bean
        TestObservationRegistry observationRegistry() {
            return TestObservationRegistry.create();
        }
    }
}
