package dev.ormdantic.maven;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.history.HistoryEntry;
import dev.ormdantic.migrations.history.MigrationStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Shows the database's migration state (as Flyway's {@code info}): whether its history is dirty, the current
 * revision, and per revision of the history and the locations whether it is applied, pending, failed, rolled back,
 * or applied from a file that has changed since. Reads only; the history table is not created.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class StatusMojo extends DatabaseMojo {

    /** Creates the goal; Maven sets its parameters. */
    public StatusMojo() {}

    @Override
    protected String goal() {
        return "status";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        MigrationSet migrations = migrations();
        DatabaseTarget database = database();
        DialectId dialect = database.dialect();
        MigrationStatus status = migrator(database).build().status();
        Map<String, HistoryEntry> rows = new LinkedHashMap<>();
        status.history().forEach(row -> rows.put(row.revision(), row));
        getLog().info("Migration status");
        getLog().info("Dirty: " + (status.dirty() ? "yes" : "no"));
        getLog().info("Current revision: " + (status.current() == null ? "none" : status.current()));
        getLog().info("Applied revisions: " + status.applied());
        int pending = 0;
        Map<String, String> states = new LinkedHashMap<>();
        for (Migration migration : migrations.migrations()) {
            HistoryEntry row = rows.remove(migration.revision());
            String state;
            if (row == null) {
                state = "pending";
                pending++;
            } else {
                state = state(row);
                String checksum = migration.checksum(dialect).orElse("");
                if (row.applied() && !checksum.equals(row.checksum())) {
                    state = "applied, file changed since";
                }
            }
            states.put(migration.revision(), state + "\t" + migration.description());
        }
        for (HistoryEntry row : rows.values()) {
            states.put(row.revision(), state(row) + ", not in the locations\t" + row.description());
        }
        getLog().info("Pending revisions: " + pending);
        getLog().info("Revision\tState\tDescription");
        states.forEach((revision, line) -> getLog().info(revision + "\t" + line));
    }

    private static String state(HistoryEntry row) {
        return row.status().value() + (row.dirty() ? ", dirty" : "");
    }
}
