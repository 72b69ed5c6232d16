package dev.ormdantic.maven;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.LintFinding;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.file.AuthoredMigration;
import dev.ormdantic.migrations.file.MigrationAuthor;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.migrations.file.MigrationFiles;
import dev.ormdantic.migrations.file.Script;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * Writes the next migration from the compiled models, without a database: the diff from the schema the migrations
 * lead to (the newest migration's snapshot) to the project's compiled snapshot, as up and down statements for each
 * dialect, with both snapshots, into the directory of the newest migration (the first location when there is none),
 * and updates its {@code ormdantic.sum}. Nothing is written when the models match.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@SuppressWarnings("NullAway.Init") // Maven sets the parameters before execute()
public final class DiffMojo extends OrmdanticMojo {

    /** What the migration does, one line; it names the files ({@code 0002__add_rating.json}). */
    @Parameter(property = "ormdantic.description", required = true)
    private String description;

    /** The revision, instead of the next padded number (or timestamp) after the newest one. */
    @Parameter(property = "ormdantic.revision")
    private @Nullable String revision;

    /**
     * Allows a change that drops or narrows data, for this reason, which the migration records as its
     * {@code destructive} allowance. Without it such a change is refused and nothing is written.
     */
    @Parameter(property = "ormdantic.destructiveReason")
    private @Nullable String destructiveReason;

    /**
     * Records a {@code destructive_rollback} allowance with this reason when the down statements drop what the
     * migration adds, so that {@code rollback} runs them without {@code allowDestructive}.
     */
    @Parameter(property = "ormdantic.rollbackReason")
    private @Nullable String rollbackReason;

    /** Prints the statements instead of writing the files. */
    @Parameter(property = "ormdantic.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Creates the goal; Maven sets its parameters. */
    public DiffMojo() {}

    @Override
    protected String goal() {
        return "diff";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        MigrationSet migrations = migrations();
        Set<DialectId> dialects = dialects(migrations.dialects());
        if (dialects.isEmpty()) {
            dialects = EnumSet.allOf(DialectId.class);
        }
        MigrationDirectory directory = migrations.newestDirectory();
        MigrationAuthor.Builder builder =
                MigrationAuthor.builder(directory).dialects(dialects).dryRun(dryRun);
        if (revision != null && !revision.isBlank()) {
            builder.revision(revision);
        }
        if (destructiveReason != null && !destructiveReason.isBlank()) {
            builder.allowDestructive(destructiveReason);
        }
        if (rollbackReason != null && !rollbackReason.isBlank()) {
            builder.allowDestructiveRollback(rollbackReason);
        }
        AuthoredMigration authored;
        try {
            authored = builder.build().write(compiledSnapshot(), description);
        } catch (MigrationException e) {
            if (e.code() == ErrorCode.MIGRATION_DESTRUCTIVE) {
                throw new MojoFailureException(
                        e.getMessage() + " (with this plugin: -Dormdantic.destructiveReason=\"why\")", e);
            }
            throw e;
        }
        if (authored.noChanges()) {
            getLog().info("No changes: the models match "
                    + (authored.revision().isEmpty() ? "the empty schema" : "revision " + authored.revision())
                    + "; nothing written.");
            return;
        }
        authored.diff().summary().forEach(change -> getLog().info("  " + change));
        for (Map.Entry<DialectId, java.util.List<LintFinding>> findings :
                authored.lint().entrySet()) {
            for (LintFinding finding : findings.getValue()) {
                getLog().warn(finding.code() + " " + authored.revision() + " ("
                        + MigrationFiles.dialectName(findings.getKey()) + "): " + finding.message());
            }
        }
        if (dryRun) {
            for (Map.Entry<DialectId, Script> script : authored.statements().entrySet()) {
                getLog().info("-- " + authored.revision() + " up, " + MigrationFiles.dialectName(script.getKey()));
                script.getValue().up().forEach(statement -> getLog().info(statement));
            }
            getLog().info("Dry run: migration " + authored.revision() + " (" + description + ") not written.");
            return;
        }
        for (Path file : authored.written()) {
            getLog().info("Wrote " + file);
        }
        getLog().info("Wrote migration " + authored.revision() + " (" + description + ") to " + directory.path());
    }
}
