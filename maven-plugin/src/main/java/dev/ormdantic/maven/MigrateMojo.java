package dev.ormdantic.maven;

import dev.ormdantic.migrations.history.Migrator;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the pending migrations of every location to the database, in revision order, under the migrator's lock
 * (docs/migrations-applying.md). Refuses a dirty history, an applied migration whose file changed, and destructive
 * statements without an allowance.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@SuppressWarnings("NullAway.Init") // Maven sets the parameters before execute()
public final class MigrateMojo extends DatabaseMojo {

    /** Runs destructive statements that the migration files do not allow (prefer an allowance in the file). */
    @Parameter(property = "ormdantic.allowDestructive", defaultValue = "false")
    private boolean allowDestructive;

    /** Applies a pending migration that sorts before an applied one (as Flyway's {@code outOfOrder}). */
    @Parameter(property = "ormdantic.outOfOrder", defaultValue = "false")
    private boolean outOfOrder;

    /** Creates the goal; Maven sets its parameters. */
    public MigrateMojo() {}

    @Override
    protected String goal() {
        return "migrate";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        MigrationSet migrations = migrations();
        DatabaseTarget database = database();
        Migrator migrator = migrator(database).allowOutOfOrder(outOfOrder).build();
        List<String> applied = migrator.applyAll(migrations.migrations(), allowDestructive);
        if (applied.isEmpty()) {
            getLog().info("No pending migrations in " + migrations.describe() + ".");
            return;
        }
        for (String revision : applied) {
            getLog().info("Applied migration: " + revision);
        }
        getLog().info("Applied " + applied.size() + " migration(s) from " + migrations.describe() + ".");
    }
}
