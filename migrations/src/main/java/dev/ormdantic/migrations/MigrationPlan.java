package dev.ormdantic.migrations;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.UnsupportedFeatureException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A diff rendered for one dialect: the statements that apply it ({@link #up()}), the statements that undo it
 * ({@link #down()}, generated from the reverse diff), a free dry run, and lint.
 *
 * <p>A plan with a destructive change (a dropped table, column or schema, a narrowed type) is refused: {@link #up()}
 * and {@link #down()} throw {@link ErrorCode#MIGRATION_DESTRUCTIVE} unless the plan was
 * {@linkplain #allowDestructive(String) allowed} with a reason. {@link #dryRun()} always shows the SQL.
 *
 * <pre>{@code
 * SchemaDiff diff = SchemaDiff.between(lastSnapshot, Snapshots.fromClasspath(loader));
 * MigrationPlan plan = MigrationPlan.of(diff, DialectId.POSTGRESQL);
 * plan.dryRun().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MigrationPlan {

    private final SchemaDiff diff;
    private final DialectId dialect;
    private final List<MigrationOperation> up;
    private final List<MigrationOperation> down;
    private final @Nullable String allowance;

    private MigrationPlan(
            SchemaDiff diff,
            DialectId dialect,
            List<MigrationOperation> up,
            List<MigrationOperation> down,
            @Nullable String allowance) {
        this.diff = diff;
        this.dialect = dialect;
        this.up = List.copyOf(up);
        this.down = List.copyOf(down);
        this.allowance = allowance;
    }

    /**
     * The plan of a diff for a dialect.
     *
     * @param diff the diff
     * @param dialect the dialect
     * @return the plan
     * @throws MigrationException with {@link ErrorCode#MIGRATION_UNSUPPORTED} when the dialect cannot express a change
     */
    public static MigrationPlan of(SchemaDiff diff, DialectId dialect) {
        Dialect target = Dialects.of(dialect);
        try {
            List<MigrationOperation> up = new PlanBuilder(diff, target).build();
            List<MigrationOperation> down = new PlanBuilder(diff.reverse(), target).build();
            return new MigrationPlan(diff, dialect, up, down, null);
        } catch (UnsupportedFeatureException e) {
            throw new MigrationException(
                    ErrorCode.MIGRATION_UNSUPPORTED,
                    new ErrorContext("plan", null, target.name()),
                    String.valueOf(e.getMessage()),
                    null,
                    e);
        }
    }

    /**
     * The diff this plan renders.
     *
     * @return the diff
     */
    public SchemaDiff diff() {
        return diff;
    }

    /**
     * The dialect of the statements.
     *
     * @return the dialect
     */
    public DialectId dialect() {
        return dialect;
    }

    /**
     * Whether the plan has no statement.
     *
     * @return {@code true} when there is nothing to apply
     */
    public boolean isEmpty() {
        return up.isEmpty();
    }

    /**
     * Whether a change of the plan may delete or rewrite data.
     *
     * @return {@code true} for a destructive plan
     */
    public boolean isDestructive() {
        return diff.hasDestructiveChanges();
    }

    /**
     * This plan with its destructive changes allowed, for the given reason (which a migration file records).
     *
     * @param reason why losing the data is intended, not blank
     * @return the allowed plan
     * @throws IllegalArgumentException when the reason is blank
     */
    public MigrationPlan allowDestructive(String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException(
                    "allowDestructive needs a reason, such as \"column legacy_code is unused\"");
        }
        return new MigrationPlan(diff, dialect, up, down, reason);
    }

    /**
     * The reason destructive changes were allowed, or {@code null} when they were not.
     *
     * @return the reason, or {@code null}
     */
    public @Nullable String destructiveAllowance() {
        return allowance;
    }

    /**
     * Checks that the plan may run: it has no destructive change, or they were allowed.
     *
     * @return this plan
     * @throws MigrationException with {@link ErrorCode#MIGRATION_DESTRUCTIVE} listing the destructive changes
     */
    public MigrationPlan requireSafe() {
        if (isDestructive() && allowance == null) {
            List<String> changes = diff.destructiveChanges().stream()
                    .map(SchemaChange::message)
                    .toList();
            throw new MigrationException(
                    ErrorCode.MIGRATION_DESTRUCTIVE,
                    new ErrorContext("plan", null, Dialects.of(dialect).name()),
                    "the migration contains destructive changes: " + String.join("; ", changes),
                    "review them with dryRun(); if losing that data is intended, call allowDestructive(\"why\")",
                    null);
        }
        return this;
    }

    /**
     * The statements that apply the diff, in order.
     *
     * @return the operations
     * @throws MigrationException with {@link ErrorCode#MIGRATION_DESTRUCTIVE} for a destructive plan not allowed
     */
    public List<MigrationOperation> up() {
        requireSafe();
        return up;
    }

    /**
     * The statements that undo the diff, in order: the plan of the reverse diff (renames renamed back, added columns
     * and tables dropped; what the forward plan dropped comes back empty).
     *
     * @return the operations
     * @throws MigrationException with {@link ErrorCode#MIGRATION_DESTRUCTIVE} for a destructive plan not allowed
     */
    public List<MigrationOperation> down() {
        requireSafe();
        return down;
    }

    /**
     * The SQL {@link #up()} would run, without running or refusing anything.
     *
     * @return the statements
     */
    public List<String> dryRun() {
        return up.stream().map(MigrationOperation::sql).toList();
    }

    /**
     * The SQL {@link #down()} would run, without running or refusing anything.
     *
     * @return the statements
     */
    public List<String> rollbackSql() {
        return down.stream().map(MigrationOperation::sql).toList();
    }

    /**
     * The lint findings of the plan, offline.
     *
     * @return the findings, in change order
     */
    public List<LintFinding> lint() {
        return Lint.check(diff, dialect);
    }

    @Override
    public String toString() {
        return "MigrationPlan[" + dialect + ", " + up.size() + " statements"
                + (Objects.isNull(allowance) ? "" : ", destructive allowed: " + allowance) + "]";
    }
}
