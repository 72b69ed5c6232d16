package dev.ormdantic.migrations.file;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.migrations.LintFinding;
import dev.ormdantic.migrations.SchemaDiff;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link MigrationAuthor} did: the migration it wrote (or, in a dry run, would write), or that there was nothing
 * to write because the directory already leads to the target schema.
 *
 * @param status written, no changes, or a dry run
 * @param revision the revision written or that would be written; for {@link Status#NO_CHANGES}, the directory's
 *     newest revision (the empty string for an empty directory)
 * @param migration the migration, or {@code null} when there are no changes
 * @param written the files written, manifest first, then {@code ormdantic.sum}; empty for a dry run or no changes
 * @param diff the diff from the schema the directory (or the live database) leads to, to the target
 * @param lint the lint findings per dialect written, in dialect order (a dialect without findings maps to an empty
 *     list)
 * @param destructive whether the up statements drop or rewrite data (then the migration records the
 *     {@link Allowance.Kind#DESTRUCTIVE} allowance it was written with)
 * @since 0.1.0
 */
public record AuthoredMigration(
        Status status,
        String revision,
        @Nullable Migration migration,
        List<Path> written,
        SchemaDiff diff,
        Map<DialectId, List<LintFinding>> lint,
        boolean destructive) {

    /** What happened. */
    public enum Status {
        /** The migration's files and the updated {@code ormdantic.sum} were written. */
        WRITTEN,
        /** The directory already leads to the target schema: nothing was written. */
        NO_CHANGES,
        /** A dry run: the migration was built, nothing was written. */
        DRY_RUN
    }

    /**
     * Copies the lists and maps.
     *
     * @param status what happened
     * @param revision the revision
     * @param migration the migration, or {@code null} when there are no changes
     * @param written the files written
     * @param diff the diff
     * @param lint the lint findings per dialect
     * @param destructive whether the up statements drop or rewrite data
     */
    public AuthoredMigration {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(diff, "diff");
        written = List.copyOf(written);
        EnumMap<DialectId, List<LintFinding>> ordered = new EnumMap<>(DialectId.class);
        lint.forEach((dialect, findings) -> ordered.put(dialect, List.copyOf(findings)));
        lint = Collections.unmodifiableMap(ordered);
        if ((migration == null) != (status == Status.NO_CHANGES)) {
            throw new IllegalArgumentException("a migration is present exactly when there are changes");
        }
    }

    /**
     * Whether the directory already led to the target schema, so nothing was written.
     *
     * @return {@code true} for {@link Status#NO_CHANGES}
     */
    public boolean noChanges() {
        return status == Status.NO_CHANGES;
    }

    /**
     * The migration written or planned.
     *
     * @return the migration, or empty when there are no changes
     */
    public Optional<Migration> optionalMigration() {
        return Optional.ofNullable(migration);
    }

    /**
     * The up and down statements per dialect.
     *
     * @return the scripts in dialect order; empty when there are no changes
     */
    public Map<DialectId, Script> statements() {
        return migration == null ? Map.of() : migration.scripts();
    }

    /**
     * The up and down statements for one dialect.
     *
     * @param dialect the dialect
     * @return its script, or empty when there are no changes or the dialect was not written
     */
    public Optional<Script> script(DialectId dialect) {
        return Optional.ofNullable(statements().get(dialect));
    }

    /**
     * The lint findings for one dialect.
     *
     * @param dialect the dialect
     * @return the findings, empty when there are none or the dialect was not written
     */
    public List<LintFinding> findings(DialectId dialect) {
        return lint.getOrDefault(dialect, List.of());
    }

    /**
     * Every lint finding of every dialect, in dialect order.
     *
     * @return the findings
     */
    public List<LintFinding> allFindings() {
        return lint.values().stream().flatMap(List::stream).toList();
    }
}
