package dev.ormdantic.maven;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.history.HistoryStatus;
import dev.ormdantic.migrations.history.Migrator;
import dev.ormdantic.migrations.history.Repair;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * Repairs the history after a failed run: clears the dirty flag (of every row, or of {@code revision}), optionally
 * sets a status or a checksum; with {@code repairChecksums}, records the current checksums of the locations'
 * migrations for edits already reflected in the database (as Flyway's {@code repair} realigns checksums).
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@SuppressWarnings("NullAway.Init") // Maven sets the parameters before execute()
public final class RepairMojo extends DatabaseMojo {

    /** The revision whose row to repair; default: every row. */
    @Parameter(property = "ormdantic.revision")
    private @Nullable String revision;

    /** The status to set: {@code applied}, {@code failed} or {@code rolled_back}; default: unchanged. */
    @Parameter(property = "ormdantic.status")
    private @Nullable String status;

    /** The checksum to record; default: unchanged. */
    @Parameter(property = "ormdantic.checksum")
    private @Nullable String checksum;

    /** Keeps the dirty flag (to change only a status or a checksum). */
    @Parameter(property = "ormdantic.keepDirty", defaultValue = "false")
    private boolean keepDirty;

    /** Records the current checksums of the locations' applied migrations (after a reviewed edit). */
    @Parameter(property = "ormdantic.repairChecksums", defaultValue = "false")
    private boolean repairChecksums;

    /** Creates the goal; Maven sets its parameters. */
    public RepairMojo() {}

    @Override
    protected String goal() {
        return "repair";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Repair repair = Repair.all();
        if (revision != null && !revision.isBlank()) {
            repair = repair.revision(revision);
        }
        if (status != null && !status.isBlank()) {
            repair = repair.status(status(status));
        }
        if (checksum != null && !checksum.isBlank()) {
            repair = repair.checksum(checksum);
        }
        if (keepDirty) {
            repair = repair.keepDirty();
        }
        MigrationSet migrations = repairChecksums ? migrations() : null;
        Migrator migrator = migrator(database()).build();
        int rows = migrator.repair(repair);
        getLog().info("Repaired migration rows: " + rows);
        if (migrations != null) {
            int realigned = migrator.repairChecksums(migrations.migrations());
            getLog().info("Repaired checksums: " + realigned);
        }
    }

    private HistoryStatus status(String value) throws MojoFailureException {
        try {
            return HistoryStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PluginFailures.failure(
                    ErrorCode.MAVEN_PARAMETER_INVALID,
                    goal(),
                    "status '" + value + "' is not a history status",
                    "use applied, failed or rolled_back");
        }
    }
}
