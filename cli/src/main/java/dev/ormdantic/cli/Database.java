package dev.ormdantic.cli;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.internal.connect.ConnectionTarget;
import dev.ormdantic.internal.connect.DatabaseUrls;
import dev.ormdantic.migrations.history.Direction;
import dev.ormdantic.migrations.history.MigrationEvent;
import dev.ormdantic.migrations.history.MigrationListener;
import dev.ormdantic.migrations.history.MigrationProgress;
import dev.ormdantic.migrations.history.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * The database of one command: the URL parsed the way {@link Ormdantic#open(String)} parses it, its password known to
 * the {@link Context} so that no line shows it, and plain JDBC connections for the {@link Migrator}.
 */
final class Database {

    private final String url;
    private final ConnectionTarget target;
    private final Context context;

    private Database(String url, ConnectionTarget target, Context context) {
        this.url = url;
        this.target = target;
        this.context = context;
    }

    /**
     * Resolves the URL, parses it and prints {@code Connection: <url with ***> (source: ...)} to the error stream.
     *
     * @param options where the URL comes from
     * @param context the run
     * @return the database
     */
    static Database of(DatabaseOptions options, Context context) {
        DatabaseOptions.Resolved resolved = options.resolve(context);
        ConnectionTarget target = DatabaseUrls.parse(resolved.url());
        context.addSecrets(target.secrets());
        context.err()
                .println("Connection: " + context.redact(target.displayUrl()) + " (source: " + resolved.source() + ")");
        return new Database(resolved.url(), target, context);
    }

    DialectId dialect() {
        return target.dialect().id();
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.putAll(target.properties());
        return DriverManager.getConnection(target.jdbcUrl(), properties);
    }

    /**
     * A migrator on this database.
     *
     * @param lockTimeout how long to wait for another migrator's lock
     * @param progress whether to print a line per migration and statement to the error stream
     * @return the migrator
     */
    Migrator migrator(Duration lockTimeout, boolean progress) {
        Migrator.Builder builder = Migrator.builder(this::connect, dialect()).lockTimeout(lockTimeout);
        if (progress) {
            builder.listener(new Progress(context));
        }
        return builder.build();
    }

    /**
     * The database opened as an {@link Ormdantic}, for reflection.
     *
     * @return the open database; the caller closes it
     */
    Ormdantic open() {
        return Ormdantic.open(url);
    }

    /**
     * The database opened as an {@link Ormdantic} that knows the generated tables of a class path.
     *
     * @param loader the application's classes, with their table index
     * @return the open database; the caller closes it
     */
    Ormdantic open(ClassLoader loader) {
        return Ormdantic.builder(url).classLoader(loader).open();
    }

    /**
     * Progress lines on the error stream, so that the result lines on the output stream stay the same for scripts:
     * {@code Applying 0002 (3 statements)}, {@code 0002 [2/3] ALTER TABLE ...}, {@code Waiting for the migration
     * lock}.
     */
    private record Progress(Context context) implements MigrationListener {

        @Override
        public void beforeMigration(MigrationEvent event) {
            context.err()
                    .println((event.direction() == Direction.UP ? "Applying " : "Rolling back ") + event.revision()
                            + " (" + event.statementCount() + " statements"
                            + (event.resumeFrom() > 0 ? ", resuming after " + event.resumeFrom() : "") + ")");
        }

        @Override
        public void progress(MigrationProgress progress) {
            switch (progress.kind()) {
                case LOCK_WAITING -> context.err().println("Waiting for the migration lock");
                case STATEMENT_STARTED -> {
                    String statement = progress.statement() == null ? "" : progress.statement();
                    context.err()
                            .println(progress.revision() + " [" + progress.step() + "/" + progress.steps() + "] "
                                    + context.redact(
                                            statement.lines().findFirst().orElse("")));
                }
                case LOCK_ACQUIRED, STATEMENT_COMPLETED -> {}
            }
        }
    }
}
