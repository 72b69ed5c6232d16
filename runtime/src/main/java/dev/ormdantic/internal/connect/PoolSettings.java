package dev.ormdantic.internal.connect;

import com.zaxxer.hikari.HikariConfig;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The application's adjustments of the HikariCP settings of Ormdantic's own pool ({@code Ormdantic.Builder.hikari}).
 * They run after Ormdantic has set its own (the pool's name, size, waits and keepalive, and the driver properties), so
 * they may change any of those but the settings Ormdantic derives from the URL and the builder, which {@link #apply}
 * refuses to see changed ({@link ErrorCode#OPTION_NOT_APPLICABLE}).
 */
public final class PoolSettings {

    private static final String URL_OWNS_IT = "set the database in the URL given to Ormdantic.builder(url), or open"
            + " Ormdantic.builder(dataSource, dialect) on a DataSource of your own";
    private static final String CREDENTIALS_OWN_IT = "set the user and password with credentials(user, password) or in"
            + " the URL, so that the password is known to be secret";

    /** A setting Ormdantic owns, how to read it, and where the user sets it instead. */
    private record Owned(String name, Function<HikariConfig, @Nullable Object> read, String instead) {}

    private static final List<Owned> OWNED = List.of(
            new Owned("jdbcUrl", HikariConfig::getJdbcUrl, URL_OWNS_IT),
            new Owned("dataSource", HikariConfig::getDataSource, URL_OWNS_IT),
            new Owned("dataSourceClassName", HikariConfig::getDataSourceClassName, URL_OWNS_IT),
            new Owned("dataSourceJNDI", HikariConfig::getDataSourceJNDI, URL_OWNS_IT),
            new Owned("driverClassName", HikariConfig::getDriverClassName, URL_OWNS_IT),
            new Owned("username", HikariConfig::getUsername, CREDENTIALS_OWN_IT),
            new Owned("password", HikariConfig::getPassword, CREDENTIALS_OWN_IT),
            new Owned(
                    "the data source property user",
                    config -> config.getDataSourceProperties().getProperty("user"),
                    CREDENTIALS_OWN_IT),
            new Owned(
                    "the data source property password",
                    config -> config.getDataSourceProperties().getProperty("password"),
                    CREDENTIALS_OWN_IT),
            new Owned(
                    "autoCommit",
                    HikariConfig::isAutoCommit,
                    "leave it on: Ormdantic runs single statements in auto-commit mode and begins its transactions"
                            + " itself"),
            new Owned("maximumPoolSize", HikariConfig::getMaximumPoolSize, "set it with poolSize(...) on the builder"),
            new Owned(
                    "connectionTimeout",
                    HikariConfig::getConnectionTimeout,
                    "set it with connectionTimeout(...) on the builder, which also bounds the driver's connect and"
                            + " login"));

    private PoolSettings() {}

    /**
     * Runs the application's adjustments, in the order given, on a configuration Ormdantic has filled in.
     *
     * @param config the pool's configuration
     * @param settings the adjustments
     * @param target the target, for messages and its secrets
     * @throws ConfigurationException {@link ErrorCode#OPTION_OUT_OF_RANGE} when an adjustment throws (HikariCP refuses
     *     a value), {@link ErrorCode#OPTION_NOT_APPLICABLE} when one changed a setting Ormdantic owns
     */
    public static void apply(
            HikariConfig config, List<Consumer<? super HikariConfig>> settings, ConnectionTarget target) {
        if (settings.isEmpty()) {
            return;
        }
        List<@Nullable Object> before = new ArrayList<>();
        for (Owned owned : OWNED) {
            before.add(owned.read().apply(config));
        }
        ErrorContext context =
                new ErrorContext(Operation.OPEN.method(), null, target.dialect().name());
        for (Consumer<? super HikariConfig> setting : settings) {
            try {
                setting.accept(config);
            } catch (RuntimeException e) {
                Redactor redactor = new Redactor(target.secrets());
                throw new ConfigurationException(
                        ErrorCode.OPTION_OUT_OF_RANGE,
                        context,
                        "cannot open " + target.displayUrl() + ": the HikariCP settings of hikari(...) failed ("
                                + redactor.text(e.getMessage()) + ")",
                        "give hikari(...) values HikariCP accepts",
                        redactor.cause(e));
            }
        }
        for (int i = 0; i < OWNED.size(); i++) {
            Owned owned = OWNED.get(i);
            if (!Objects.equals(before.get(i), owned.read().apply(config))) {
                throw new ConfigurationException(
                        ErrorCode.OPTION_NOT_APPLICABLE,
                        context,
                        "cannot open " + target.displayUrl() + ": hikari(...) changed " + owned.name()
                                + ", which Ormdantic sets from the URL and the builder",
                        "leave " + owned.name() + " alone in hikari(...); " + owned.instead(),
                        null);
            }
        }
    }

    /**
     * The secrets to hide: the target's, and the values of the driver properties with secret-looking names that
     * {@code hikari(...)} may have added ({@code sslpassword}, say).
     *
     * @param config the pool's final configuration
     * @param target the target
     * @return the secrets
     */
    public static List<String> secrets(HikariConfig config, ConnectionTarget target) {
        List<String> secrets = new ArrayList<>(target.secrets());
        config.getDataSourceProperties().forEach((key, value) -> {
            if (Redactor.isSecretName(String.valueOf(key)) && value != null) {
                secrets.add(String.valueOf(value));
            }
        });
        return secrets;
    }
}
