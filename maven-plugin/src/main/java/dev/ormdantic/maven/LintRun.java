package dev.ormdantic.maven;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.migrations.LintFinding;
import dev.ormdantic.migrations.MigrationPlan;
import dev.ormdantic.migrations.SchemaDiff;
import dev.ormdantic.migrations.Snapshots;
import dev.ormdantic.migrations.file.Allowance;
import dev.ormdantic.migrations.file.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Lint of a project's migrations, offline: each migration's change (its {@code from} snapshot to its {@code to}
 * snapshot) for each dialect it has statements for, and the models' pending change (the newest migration's snapshot to
 * the compiled one) for the dialects asked for.
 *
 * <p>An error is a destructive finding that nobody allowed: in a migration without a {@code destructive} allowance,
 * or in the pending change (a migration for it needs one). Every other finding is a warning for review.
 *
 * @param findings every finding, migrations first (in revision order), then the pending change
 */
record LintRun(List<Entry> findings) {

    /** Where the pending change is reported. */
    static final String PENDING = "models";

    LintRun {
        findings = List.copyOf(findings);
    }

    /**
     * One finding.
     *
     * @param where the migration's revision, or {@value #PENDING} for the pending change
     * @param dialect the dialect it was found for
     * @param finding the finding
     * @param error whether it fails the build
     */
    record Entry(String where, DialectId dialect, LintFinding finding, boolean error) {

        /**
         * The finding as a log line.
         *
         * @return such as {@code DS103 0002 (sqlite): ...}
         */
        String line() {
            return finding.code() + " " + where + " (" + dialect.name().toLowerCase(java.util.Locale.ROOT) + ", "
                    + finding.category()
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-') + "): "
                    + finding.message();
        }
    }

    /**
     * Lints the migrations and the pending change.
     *
     * @param migrations the migrations
     * @param newest the schema the migrations lead to, or {@code null} when it is unknown (the pending change is then
     *     not linted)
     * @param compiled the compiled models' snapshot
     * @param pendingDialects the dialects to lint the pending change for
     * @return the findings
     */
    static LintRun of(
            MigrationSet migrations,
            @Nullable SchemaSnapshot newest,
            SchemaSnapshot compiled,
            Set<DialectId> pendingDialects) {
        List<Entry> entries = new ArrayList<>();
        for (Migration migration : migrations.migrations()) {
            String to = migration.toSnapshot();
            if (to == null) {
                continue; // written by hand: no snapshots to diff, nothing lint can read
            }
            String from = migration.fromSnapshot();
            SchemaDiff diff = SchemaDiff.between(
                    from == null ? SchemaSnapshot.empty() : Snapshots.parse(from), Snapshots.parse(to));
            boolean allowed = migration.allows(Allowance.Kind.DESTRUCTIVE);
            for (DialectId dialect : migration.scripts().keySet()) {
                for (LintFinding finding : MigrationPlan.of(diff, dialect).lint()) {
                    entries.add(new Entry(migration.revision(), dialect, finding, destructive(finding) && !allowed));
                }
            }
        }
        SchemaDiff pending = newest == null ? null : SchemaDiff.between(newest, compiled);
        if (pending != null && !pending.isEmpty()) {
            for (DialectId dialect : pendingDialects) {
                for (LintFinding finding : MigrationPlan.of(pending, dialect).lint()) {
                    entries.add(new Entry(PENDING, dialect, finding, destructive(finding)));
                }
            }
        }
        return new LintRun(entries);
    }

    /**
     * The findings that fail the build.
     *
     * @param failOnWarning whether every finding does
     * @return the failing findings
     */
    List<Entry> failures(boolean failOnWarning) {
        return findings.stream().filter(e -> failOnWarning || e.error()).toList();
    }

    private static boolean destructive(LintFinding finding) {
        return finding.category() == LintFinding.Category.DESTRUCTIVE;
    }
}
