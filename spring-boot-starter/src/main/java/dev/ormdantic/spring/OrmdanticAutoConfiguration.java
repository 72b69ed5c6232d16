package dev.ormdantic.spring;

import dev.ormdantic.BlockingOrmdantic;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.micrometer.ObservationListener;
import io.micrometer.observation.ObservationRegistry;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Opens an {@link Ormdantic} on the application's {@code DataSource} (the one Spring Boot configured from
 * {@code spring.datasource.*}, or the application's own single {@code DataSource} bean), wrapped in a
 * {@link TransactionAwareDataSourceProxy} so that Ormdantic's blocking calls inside a Spring-managed transaction
 * ({@code @Transactional}, {@code TransactionTemplate}) run on that transaction's connection and commit or roll back
 * with it. Also a {@link BlockingOrmdantic} bean, and, when Micrometer's {@code ObservationRegistry} bean and the
 * {@code ormdantic-micrometer} module are present, an {@link ObservationListener} that reports every statement and
 * transaction.
 *
 * <p>Backs off when the application defines its own {@code Ormdantic} bean. Settings: {@link OrmdanticProperties};
 * anything else through {@link OrmdanticBuilderCustomizer} beans. Every {@link OrmdanticListener} bean is registered.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({Ormdantic.class, TransactionAwareDataSourceProxy.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(OrmdanticProperties.class)
public class OrmdanticAutoConfiguration {

    /** Creates the auto-configuration; Spring does. */
    public OrmdanticAutoConfiguration() {}

    /**
     * The application's database, opened on its {@code DataSource}; closed with the context (which leaves the
     * {@code DataSource} open for Spring to close).
     *
     * @param dataSource the application's data source
     * @param properties the {@code ormdantic.*} settings
     * @param listeners the listener beans, registered in their order
     * @param customizers the builder customizers, run in their order
     * @param migrations the start-up migrations when {@code ormdantic.migrations.enabled} is {@code true}: asked for
     *     first, so that they are applied before the database is opened
     * @return the open database, its tables created first when {@code ormdantic.init-schema} is {@code true}
     */
    @Bean
    @ConditionalOnMissingBean
    public Ormdantic ormdantic(
            DataSource dataSource,
            OrmdanticProperties properties,
            ObjectProvider<OrmdanticListener> listeners,
            ObjectProvider<OrmdanticBuilderCustomizer> customizers,
            ObjectProvider<OrmdanticMigrations> migrations) {
        migrations.getIfAvailable();
        DataSource joining = dataSource instanceof TransactionAwareDataSourceProxy
                ? dataSource
                : new TransactionAwareDataSourceProxy(dataSource);
        Ormdantic.Builder builder = properties.dialect() == null
                ? Ormdantic.builder(joining)
                : Ormdantic.builder(joining, properties.dialect());
        if (properties.queryTimeout() != null) {
            builder.queryTimeout(properties.queryTimeout());
        }
        if (properties.nPlusOne() != null) {
            builder.nPlusOne(properties.nPlusOne());
        }
        listeners.orderedStream().forEach(builder::listener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        Ormdantic db = builder.open();
        if (properties.initSchema()) {
            try {
                db.blocking().init();
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
        return db;
    }

    /**
     * Applies the pending migrations of {@code ormdantic.migrations.locations} at start-up, when
     * {@code ormdantic.migrations.enabled} is {@code true}, on the application's {@code DataSource} itself (not the
     * transaction-aware proxy: migrations run outside the application's transactions). An application that defines
     * its own {@code Ormdantic} bean makes it {@code @DependsOn("ormdanticMigrations")} to keep that order.
     *
     * @param dataSource the application's data source
     * @param properties the {@code ormdantic.*} settings
     * @param resourceLoader how {@code classpath:} locations are found
     * @return the migrations, already applied
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "ormdantic.migrations", name = "enabled", havingValue = "true")
    public OrmdanticMigrations ormdanticMigrations(
            DataSource dataSource, OrmdanticProperties properties, ResourceLoader resourceLoader) {
        DataSource target = dataSource;
        if (dataSource instanceof TransactionAwareDataSourceProxy proxy) {
            DataSource inner = proxy.getTargetDataSource();
            if (inner != null) {
                target = inner;
            }
        }
        return new OrmdanticMigrations(
                target,
                properties.dialect(),
                properties.migrations(),
                ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
    }

    /**
     * The blocking view of the application's database, for code that calls it on its own thread (a Spring MVC
     * handler, a {@code @Transactional} service method).
     *
     * @param ormdantic the database
     * @return its blocking view
     */
    @Bean
    @ConditionalOnMissingBean
    public BlockingOrmdantic blockingOrmdantic(Ormdantic ormdantic) {
        return ormdantic.blocking();
    }

    /**
     * Micrometer observations of Ormdantic's statements and transactions, when the application has an
     * {@code ObservationRegistry} (Spring Boot's actuator configures one) and {@code ormdantic-micrometer}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ObservationListener.class, ObservationRegistry.class})
    public static class Observations {

        /** Creates the configuration; Spring does. */
        public Observations() {}

        /**
         * The listener that reports every statement and transaction to the registry.
         *
         * @param registry the application's observation registry
         * @return the listener, which {@link #ormdantic} registers with the other listener beans
         */
        @Bean
        @ConditionalOnBean(ObservationRegistry.class)
        @ConditionalOnMissingBean
        public ObservationListener ormdanticObservationListener(ObservationRegistry registry) {
            return new ObservationListener(registry);
        }
    }
}
