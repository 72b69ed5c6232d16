package dev.ormdantic.maven;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.history.Migrator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * Rolls back one migration with its down statements: the database's current revision, or {@code revision}. Its row
 * stays in the history with the status {@code rolled_back}.
 */
@Mojo(name = "rollback", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@SuppressWarnings("NullAway.Init") // Maven sets the parameters before execute()
public final class RollbackMojo extends DatabaseMojo {

    /** The revision to roll back; default: the current (newest applied) revision. */
    @Parameter(property = "ormdantic.revision")
    private @Nullable String revision;

    /** Runs destructive down statements that the migration file does not allow (a dropped table loses its rows). */
    @Parameter(property = "ormdantic.allowDestructive", defaultValue = "false")
    private boolean allowDestructive;

    /** Creates the goal; Maven sets its parameters. */
    public RollbackMojo() {}

    @Override
    protected String goal() {
        return "rollback";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        MigrationSet migrations = migrations();
        DatabaseTarget database = database();
        Migrator migrator = migrator(database).build();
        String target = revision;
        if (target == null || target.isBlank()) {
            target = migrator.current().orElse(null);
            if (target == null) {
                getLog().info("Nothing to roll back: no revision is applied.");
                return;
            }
        }
        String chosen = target;
        Migration migration = migrations
                .find(chosen)
                .orElseThrow(() -> PluginFailures.failure(
                        ErrorCode.MAVEN_REVISION_NOT_FOUND,
                        goal(),
                        "revision " + chosen + " is not in " + migrations.describe()
                                + "; its down statements are in its migration files",
                        "restore its files, or name one of "
                                + migrations.migrations().stream()
                                        .map(Migration::revision)
                                        .toList()));
        if (migrator.rollback(migration, allowDestructive)) {
            getLog().info("Rolled back migration: " + chosen);
        } else {
            getLog().info("Skipped rollback: " + chosen + " is not applied.");
        }
    }
}
