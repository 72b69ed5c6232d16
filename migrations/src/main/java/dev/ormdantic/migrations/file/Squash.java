package dev.ormdantic.migrations.file;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.MigrationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Squashes contiguous migrations into one: each one's {@code to} snapshot must be the next one's {@code from}
 * snapshot (compared as text), and all must have statements for the same dialects. The squashed migration's up
 * statements are the up statements of all, in order; its down statements are their down statements from the last
 * migration to the first (empty for a dialect when one of them has none); it goes from the first's {@code from}
 * snapshot to the last's {@code to}; it depends on what they depend on outside the squashed set; it is destructive
 * when one of them is, and keeps their allowances.
 *
 * <p>The statements are concatenated, not re-planned: a table created by one migration and dropped by a later one is
 * still created and dropped. A net, minimal plan from the first snapshot to the last needs the snapshot diff and
 * planner ({@code SchemaDiff}, {@code MigrationPlan} of the {@code dev.ormdantic.migrations} package), which this
 * package does not depend on; squashing into such a plan will be offered where the two meet.
 *
 * @since 0.1.0
 */
public final class Squash {

    private Squash() {}

    /**
     * Squashes migrations.
     *
     * @param revision the squashed migration's revision
     * @param migrations the migrations, in order; at least one
     * @return the squashed migration, created now, with metadata {@code squashed_revisions} (comma-separated)
     * @throws MigrationException {@code ORM2752} naming both revisions when two neighbours are not contiguous
     */
    public static Migration squash(String revision, List<Migration> migrations) {
        if (migrations.isEmpty()) {
            throw new IllegalArgumentException("squash needs at least one migration");
        }
        Set<DialectId> dialects = migrations.getFirst().scripts().keySet();
        for (int i = 1; i < migrations.size(); i++) {
            Migration previous = migrations.get(i - 1);
            Migration next = migrations.get(i);
            if (previous.toSnapshot() == null || !Objects.equals(previous.toSnapshot(), next.fromSnapshot())) {
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
                .createdAt(Instant.now())
                .snapshots(
                        migrations.getFirst().fromSnapshot(),
                        migrations.getLast().toSnapshot())
                .destructive(migrations.stream().anyMatch(Migration::destructive))
                .destructiveRollback(migrations.stream().anyMatch(Migration::destructiveRollback))
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
        return builder.build();
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
