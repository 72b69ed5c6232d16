package dev.ormdantic.maven;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.history.MigrationEvent;
import dev.ormdantic.migrations.history.MigrationListener;
import dev.ormdantic.migrations.history.MigrationProgress;
import dev.ormdantic.migrations.history.MigrationResult;
import dev.ormdantic.migrations.history.Migrator;
import java.time.Duration;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.jspecify.annotations.Nullable;

/**
 * A goal that works on a database: the connection settings, named as Flyway's Maven plugin names them, with the
 * credentials also from a settings.xml {@code <server>} or the environment.
 *
 * <p>Precedence, for each of the URL, the user and the password: the goal's configuration (or
 * {@code -Dormdantic.url}, {@code -Dormdantic.user}, {@code -Dormdantic.password}), then the {@code <server>} named by
 * {@code serverId} (user and password), then the environment ({@code ORMDANTIC_URL}, else {@code DATABASE_URL};
 * {@code ORMDANTIC_USER}; {@code ORMDANTIC_PASSWORD}). A user and password in the URL itself are used when none is
 * given apart from it. The password is never logged: the URL is shown with it masked.
 */
@SuppressWarnings("NullAway.Init") // Maven sets the parameters before execute()
public abstract class DatabaseMojo extends OrmdanticMojo {

    /** The database URL: {@code sqlite:app.db}, {@code postgresql://host:5432/app}, or a {@code jdbc:} URL. */
    @Parameter(property = "ormdantic.url")
    private @Nullable String url;

    /** The user to connect as, when it is not in the URL. */
    @Parameter(property = "ormdantic.user")
    private @Nullable String user;

    /** The password, when it is not in the URL; prefer {@code serverId} or {@code ORMDANTIC_PASSWORD}. */
    @Parameter(property = "ormdantic.password")
    private @Nullable String password;

    /** The id of a settings.xml {@code <server>} whose username and password to connect with (encrypted or not). */
    @Parameter(property = "ormdantic.serverId")
    private @Nullable String serverId;

    /** How long to wait for another migrator's lock, in seconds. */
    @Parameter(property = "ormdantic.lockTimeout", defaultValue = "30")
    private int lockTimeout;

    /** Maven's settings, for {@code serverId}. */
    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    /** Decrypts a server's password encrypted with {@code mvn --encrypt-password}. */
    @Inject
    private SettingsDecrypter decrypter;

    /** Creates the goal; Maven sets its parameters. */
    protected DatabaseMojo() {}

    /**
     * The environment variables; a test may replace them.
     *
     * @return the environment
     */
    Map<String, String> environment() {
        return System.getenv();
    }

    /**
     * The database, from the configuration, the settings and the environment.
     *
     * @return the database
     * @throws MojoFailureException with {@link ErrorCode#MAVEN_URL_MISSING} when no URL is given, or
     *     {@link ErrorCode#MAVEN_SERVER_NOT_FOUND} for an unknown {@code serverId}
     */
    protected final DatabaseTarget database() throws MojoFailureException {
        Map<String, String> env = environment();
        String chosenUrl = url;
        String source = "<url>";
        if (blank(chosenUrl)) {
            chosenUrl = env.get("ORMDANTIC_URL");
            source = "ORMDANTIC_URL";
        }
        if (blank(chosenUrl)) {
            chosenUrl = env.get("DATABASE_URL");
            source = "DATABASE_URL";
        }
        if (chosenUrl == null || chosenUrl.isBlank()) {
            throw PluginFailures.failure(
                    ErrorCode.MAVEN_URL_MISSING,
                    goal(),
                    "ormdantic:" + goal() + " needs a database URL",
                    "set <url> in the plugin's configuration, pass -Dormdantic.url=..., or export ORMDANTIC_URL (or"
                            + " DATABASE_URL)");
        }
        String chosenUser = user;
        String chosenPassword = password;
        if (serverId != null && !serverId.isBlank()) {
            Server server = server(serverId);
            if (blank(chosenUser)) {
                chosenUser = server.getUsername();
            }
            if (chosenPassword == null) {
                chosenPassword = server.getPassword();
            }
        }
        if (blank(chosenUser)) {
            chosenUser = env.get("ORMDANTIC_USER");
        }
        if (chosenPassword == null) {
            chosenPassword = env.get("ORMDANTIC_PASSWORD");
        }
        DatabaseTarget target =
                DatabaseTarget.of(chosenUrl, blank(chosenUser) ? null : chosenUser, chosenPassword, source);
        getLog().info("Connection: " + target.describe());
        return target;
    }

    /**
     * A migrator for the database with the lock timeout, whose listener logs each migration and statement.
     *
     * @param database the database
     * @return the migrator's builder
     * @throws MojoExecutionException when the project's class path cannot be resolved
     */
    protected final Migrator.Builder migrator(DatabaseTarget database) throws MojoExecutionException {
        return Migrator.builder(database.connections(projectLoader()), database.dialect())
                .lockTimeout(Duration.ofSeconds(Math.max(0, lockTimeout)))
                .listener(new LogListener());
    }

    private Server server(String id) throws MojoFailureException {
        Server server = settings.getServer(id);
        if (server == null) {
            throw PluginFailures.failure(
                    ErrorCode.MAVEN_SERVER_NOT_FOUND,
                    goal(),
                    "settings.xml has no <server> with the id '" + id + "' (serverId)",
                    "add <server><id>" + id + "</id><username>...</username><password>...</password></server> to"
                            + " settings.xml, or correct serverId");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            getLog().warn("server " + id + ": " + problem.getMessage());
        }
        return result.getServer() == null ? server : result.getServer();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** Logs a line per migration and per statement, as {@link MigrationListener#printing} does. */
    private final class LogListener implements MigrationListener {

        @Override
        public void beforeMigration(MigrationEvent event) {
            getLog().info((event.direction() == dev.ormdantic.migrations.history.Direction.UP
                            ? "Applying "
                            : "Rolling back ")
                    + event.revision() + " (" + event.statementCount() + " statements"
                    + (event.resumeFrom() > 0 ? ", resuming after " + event.resumeFrom() : "") + ")");
        }

        @Override
        public void afterMigration(MigrationResult result) {
            if (!result.completed()) {
                getLog().error("Failed " + result.event().revision() + " after "
                        + result.duration().toMillis() + " ms");
            }
        }

        @Override
        public void progress(MigrationProgress progress) {
            switch (progress.kind()) {
                case LOCK_WAITING -> getLog().info("Waiting for the migration lock");
                case STATEMENT_STARTED -> {
                    String statement = progress.statement() == null ? "" : progress.statement();
                    getLog().debug(progress.revision() + " [" + progress.step() + "/" + progress.steps() + "] "
                            + statement.lines().findFirst().orElse(""));
                }
                case LOCK_ACQUIRED, STATEMENT_COMPLETED -> {}
            }
        }
    }
}
