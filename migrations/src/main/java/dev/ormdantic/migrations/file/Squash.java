package dev.ormdantic.migrations.file;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.MigrationPlan;
import dev.ormdantic.migrations.SchemaDiff;
import dev.ormdantic.migrations.Snapshots;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Squashes contiguous migrations into one: each one's {@code to} snapshot must be the next one's {@code from} snapshot
 * (compared as text, where both are recorded), and all must have statements for the same dialects. The squashed
 * migration goes from the first's {@code from} snapshot to the last's {@code to}; it depends on what they depend on
 * outside the squashed set; it keeps their allowances; its metadata {@code squashed_revisions} lists them.
 *
 * <p><b>Net when the snapshots explain the statements.</b> When every migration records both snapshots and its
 * statements for each dialect are exactly what {@link MigrationPlan} gives for the diff of its snapshots, the squashed
 * statements are planned anew from the diff of the first {@code from} snapshot to the last {@code to}: a table added
 * by one migration and dropped by a later one disappears, and a column added then renamed is added under its last
 * name. Otherwise (a migration written or edited by hand, one without snapshots, or snapshots the diff cannot read)
 * the statements are concatenated: the up statements in order, the down statements from the last migration to the
 * first (none for a dialect when one of them has none), and {@link Squashed#reason()} says why.
 *
 * @since 0.1.0
 */
public final class Squash {

    private Squash() {}

    /**
     * A squashed migration and how it was made.
     *
     * @param migration the squashed migration
     * @param net whether its statements were planned anew from the first and last snapshots
     * @param reason why the statements were concatenated instead, naming the migration; the empty string when net
     * @since 0.1.0
     */
    public record Squashed(Migration migration, boolean net, String reason) {}

    /**
     * Squashes migrations, net when their snapshots explain their statements ({@link #of}), created now.
     *
     * @param revision the squashed migration's revision
     * @param migrations the migrations, in order; at least one
     * @return the squashed migration, with metadata {@code squashed_revisions} (comma-separated)
     * @throws MigrationException {@code ORM2752} naming both revisions when two neighbours are not contiguous
     */
    public static Migration squash(String revision, List<Migration> migrations) {
        return of(revision, migrations, Clock.systemUTC()).migration();
    }

    /**
     * Squashes migrations: net when every one records both snapshots and its statements are what they plan,
     * concatenated (with the reason) otherwise.
     *
     * @param revision the squashed migration's revision
     * @param migrations the migrations, in order; at least one
     * @param clock the clock of the squashed migration's {@code created_at}
     * @return the squashed migration and whether it is net
     * @throws MigrationException {@code ORM2752} naming both revisions when two neighbours are not contiguous
     */
    public static Squashed of(String revision, List<Migration> migrations, Clock clock) {
        if (migrations.isEmpty()) {
            throw new IllegalArgumentException("squash needs at least one migration");
        }
        Set<DialectId> dialects = migrations.getFirst().scripts().keySet();
        for (int i = 1; i < migrations.size(); i++) {
            Migration previous = migrations.get(i - 1);
            Migration next = migrations.get(i);
            if (previous.toSnapshot() != null
                    && next.fromSnapshot() != null
                    && !Objects.equals(previous.toSnapshot(), next.fromSnapshot())) {
                throw notContiguous(
                        "migration " + previous.revision() + " does not feed " + next.revision() + ": the target"
                                + " snapshot of " + previous.revision() + " is not the source snapshot of "
                                + next.revision());
            }
            if (!next.scripts().keySet().equals(dialects)) {
                throw notContiguous("migrations " + previous.revision() + " and " + next.revision()
                        + " have statements for different dialects: " + dialects + " and "
                        + next.scripts().keySet());
            }
        }
        Set<String> squashed =
                migrations.stream().map(Migration::revision).collect(Collectors.toCollection(LinkedHashSet::new));
        Migration.Builder builder = Migration.builder(
                        revision,
                        migrations.stream().map(Migration::description).collect(Collectors.joining("; ")))
                .createdAt(clock.instant())
                .snapshots(
                        migrations.getFirst().fromSnapshot(),
                        migrations.getLast().toSnapshot())
                .metadata("squashed_revisions", String.join(",", squashed));
        Set<String> external = new LinkedHashSet<>();
        for (Migration migration : migrations) {
            for (String dependency : migration.dependsOn()) {
                if (!squashed.contains(dependency)) {
                    external.add(dependency);
                }
            }
        }
        builder.dependsOn(external.toArray(String[]::new));
        Set<Allowance> allowances = new LinkedHashSet<>();
        migrations.forEach(migration -> allowances.addAll(migration.allowances()));
        allowances.forEach(builder::allow);
        String reason = unexplained(migrations);
        if (reason.isEmpty()) {
            SchemaSnapshot from =
                    Snapshots.parse(Objects.requireNonNull(migrations.getFirst().fromSnapshot()));
            SchemaSnapshot to =
                    Snapshots.parse(Objects.requireNonNull(migrations.getLast().toSnapshot()));
            try {
                SchemaDiff diff = SchemaDiff.between(from, to);
                Map<DialectId, MigrationPlan> plans = new EnumMap<>(DialectId.class);
                for (DialectId dialect : dialects) {
                    plans.put(dialect, MigrationPlan.of(diff, dialect));
                }
                plans.forEach(
                        (dialect, plan) -> builder.up(dialect, plan.dryRun()).down(dialect, plan.rollbackSql()));
                builder.destructive(diff.hasDestructiveChanges())
                        .destructiveRollback(diff.reverse().hasDestructiveChanges());
                return new Squashed(builder.build(), true, "");
            } catch (MigrationException e) {
                reason = "the net diff from the first snapshot to the last cannot be planned: " + e.getMessage();
            }
        }
        builder.destructive(migrations.stream().anyMatch(Migration::destructive))
                .destructiveRollback(migrations.stream().anyMatch(Migration::destructiveRollback));
        for (DialectId dialect : dialects) {
            List<String> up = new ArrayList<>();
            List<String> down = new ArrayList<>();
            boolean reversible = true;
            for (Migration migration : migrations) {
                Script script = migration.script(dialect).orElseThrow();
                up.addAll(script.up());
                reversible &= script.reversible();
            }
            if (reversible) {
                for (Migration migration : migrations.reversed()) {
                    down.addAll(migration.script(dialect).orElseThrow().down());
                }
            }
            builder.up(dialect, up).down(dialect, down);
        }
        return new Squashed(builder.build(), false, reason);
    }

    /** Why the migrations' statements cannot be re-planned, or the empty string when their snapshots explain them. */
    private static String unexplained(List<Migration> migrations) {
        for (Migration migration : migrations) {
            String from = migration.fromSnapshot();
            String to = migration.toSnapshot();
            if (from == null || to == null) {
                return "migration " + migration.revision() + " records no " + (from == null ? "source" : "target")
                        + " snapshot, so its statements were concatenated";
            }
            SchemaDiff diff;
            try {
                diff = SchemaDiff.between(Snapshots.parse(from), Snapshots.parse(to));
            } catch (MigrationException e) {
                return "the snapshots of migration " + migration.revision() + " cannot be diffed (" + e.getMessage()
                        + "), so its statements were concatenated";
            }
            for (Map.Entry<DialectId, Script> entry : migration.scripts().entrySet()) {
                Script planned;
                try {
                    MigrationPlan plan = MigrationPlan.of(diff, entry.getKey());
                    planned = new Script(plan.dryRun(), plan.rollbackSql());
                } catch (MigrationException e) {
                    return "the snapshots of migration " + migration.revision() + " cannot be planned for "
                            + entry.getKey().displayName() + " (" + e.getMessage()
                            + "), so its statements were concatenated";
                }
                if (!planned.equals(entry.getValue())) {
                    return "the " + entry.getKey().displayName() + " statements of migration "
                            + migration.revision() + " are not what its snapshots plan (written or edited by hand),"
                            + " so the statements were concatenated";
                }
            }
        }
        return "";
    }

    private static MigrationException notContiguous(String problem) {
        return new MigrationException(
                ErrorCode.MIGRATION_NOT_CONTIGUOUS,
                new ErrorContext("squash", null, null),
                problem,
                "squash only migrations that follow each other, in their order",
                null);
    }
}
