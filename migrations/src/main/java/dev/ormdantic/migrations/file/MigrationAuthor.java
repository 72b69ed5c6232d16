package dev.ormdantic.migrations.file;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.SnapshotJson;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.migrations.LintFinding;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.MigrationPlan;
import dev.ormdantic.migrations.SchemaChange;
import dev.ormdantic.migrations.SchemaDiff;
import dev.ormdantic.migrations.Snapshots;
import dev.ormdantic.migrations.reflect.Inspector;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes the next migration of a {@link MigrationDirectory}: the diff from the schema the directory already leads to,
 * to a target schema (the models' snapshot), rendered as up and down statements for each dialect.
 *
 * <p>No database is needed. Every migration this class writes records the snapshot it starts from and the one it leads
 * to ({@code <stem>.from.json}, {@code <stem>.to.json}, covered by {@code ormdantic.sum}); the next one starts from the
 * newest migration's target snapshot, and the first from an empty schema. {@link #autogenerate} starts from a live
 * database instead.
 *
 * <pre>{@code
 * MigrationAuthor author = MigrationAuthor.builder(MigrationDirectory.at(Path.of("db/migrations"))).build();
 * AuthoredMigration next = author.write(Snapshots.fromClasspath(loader), "add rating");
 * if (next.noChanges()) {
 *     System.out.println("no changes");
 * }
 * }</pre>
 *
 * <p>A diff that drops or narrows data is refused with {@code ORM2702} unless the builder
 * {@linkplain Builder#allowDestructive(String) allows it with a reason}, which the migration records as its
 * {@link Allowance.Kind#DESTRUCTIVE} allowance. A removed and an added column of the same definition, without
 * {@code @RenamedFrom}, fails with {@code ORM2701}. The revision is the next padded number after the newest one
 * ({@code 0007} after {@code 0006}, {@code 0001} in an empty directory), or the clock's time when the newest is a
 * timestamp ({@code 20261207_0315}), unless {@linkplain Builder#revision(String) given}. With a fixed clock, the same
 * directory and target give the same bytes.
 *
 * @since 0.1.0
 */
public final class MigrationAuthor {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern MINUTES = Pattern.compile("[0-9]{8}_[0-9]{4}");
    private static final Pattern SECONDS = Pattern.compile("[0-9]{8}_[0-9]{6}");

    private final MigrationDirectory directory;
    private final Set<DialectId> dialects;
    private final Clock clock;
    private final @Nullable String revision;
    private final @Nullable String destructiveReason;
    private final @Nullable String rollbackReason;
    private final boolean dryRun;

    private MigrationAuthor(Builder builder) {
        this.directory = builder.directory;
        this.dialects = EnumSet.copyOf(builder.dialects);
        this.clock = builder.clock;
        this.revision = builder.revision;
        this.destructiveReason = builder.destructiveReason;
        this.rollbackReason = builder.rollbackReason;
        this.dryRun = builder.dryRun;
    }

    /**
     * Starts an author for a directory: all six dialects, the system clock in UTC, nothing destructive allowed.
     *
     * @param directory the migration directory; it need not exist yet
     * @return the builder
     */
    public static Builder builder(MigrationDirectory directory) {
        return new Builder(directory);
    }

    /**
     * The schema the directory leads to: the target snapshot of its newest migration, or the empty schema for an empty
     * directory. Reading verifies the directory first.
     *
     * @return the snapshot
     * @throws MigrationException {@code ORM2706} when the newest migration records no target snapshot, what
     *     {@link MigrationDirectory#migrations()} throws, or {@code ORM2704} for a snapshot that cannot be read
     */
    public SchemaSnapshot current() {
        return Snapshots.parse(currentText(directory.migrations()));
    }

    /**
     * The revision the next migration gets.
     *
     * @return the revision given to the builder, else the next padded number or the clock's time
     * @throws MigrationException {@code ORM2705} when no revision after the newest one can be chosen
     */
    public String nextRevision() {
        return nextRevision(directory.migrations());
    }

    /**
     * Writes the migration from the schema the directory leads to ({@link #current()}) to the target, and updates
     * {@code ormdantic.sum}; in a dry run, only builds it.
     *
     * @param target the schema to reach, such as {@code Snapshots.fromClasspath(loader)}
     * @param description what the migration does, one line; it names the files
     * @return the migration and the files written, or {@link AuthoredMigration.Status#NO_CHANGES}
     * @throws MigrationException {@code ORM2702} for a destructive diff not allowed, {@code ORM2701} for a probable
     *     rename, {@code ORM2703} for a change a dialect cannot express, {@code ORM2705} / {@code ORM2706} as for
     *     {@link #nextRevision()} / {@link #current()}; nothing is written then
     */
    public AuthoredMigration write(SchemaSnapshot target, String description) {
        List<Migration> existing = directory.migrations();
        String fromText = currentText(existing);
        return author(existing, Snapshots.parse(fromText), fromText, target, description, false);
    }

    /**
     * Writes the migration from a live database's schema to the target: what the database lacks or has in excess,
     * whatever the directory says (the seed's {@code autogenerate}). The live schema is read with
     * {@link Inspector#of(Ormdantic)}, leaving out the history and lock tables; a table, column, key, index, unique,
     * foreign key or check that agrees with the target (compared as {@code init()} and drift compare them) is taken
     * from the target, so the diff holds only what really differs. The migration's metadata says
     * {@code autogenerated}.
     *
     * @param db the database to read
     * @param target the schema to reach
     * @param description what the migration does, one line
     * @return the migration and the files written, or {@link AuthoredMigration.Status#NO_CHANGES}
     * @throws MigrationException as {@link #write}, or a reflection error when the database cannot be read
     */
    public AuthoredMigration autogenerate(Ormdantic db, SchemaSnapshot target, String description) {
        return autogenerate(Inspector.of(db), target, description);
    }

    /**
     * Writes the migration from the schema an inspector reads (its schema and include/exclude patterns apply) to the
     * target, as {@link #autogenerate(Ormdantic, SchemaSnapshot, String)} does.
     *
     * @param inspector the inspector of the live database; it is read afresh
     * @param target the schema to reach
     * @param description what the migration does, one line
     * @return the migration and the files written, or {@link AuthoredMigration.Status#NO_CHANGES}
     * @throws MigrationException as {@link #write}, or a reflection error when the database cannot be read
     */
    public AuthoredMigration autogenerate(Inspector inspector, SchemaSnapshot target, String description) {
        List<Migration> existing = directory.migrations();
        LiveSchema live;
        try {
            live = inspector.read(true).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof OrmdanticException cause) {
                throw cause;
            }
            throw e;
        }
        Dialect dialect = Dialects.byName(inspector.dialect());
        SchemaSnapshot from = LiveSnapshot.of(dialect, live, target);
        return author(existing, from, SnapshotJson.write(from), target, description, true);
    }

    private AuthoredMigration author(
            List<Migration> existing,
            SchemaSnapshot from,
            String fromText,
            SchemaSnapshot target,
            String description,
            boolean autogenerated) {
        SchemaDiff diff = SchemaDiff.between(from, target);
        String newest = existing.isEmpty() ? "" : existing.getLast().revision();
        if (diff.isEmpty()) {
            return new AuthoredMigration(
                    AuthoredMigration.Status.NO_CHANGES, newest, null, List.of(), diff, Map.of(), false);
        }
        boolean destructive = diff.hasDestructiveChanges();
        if (destructive && destructiveReason == null) {
            List<String> changes = diff.destructiveChanges().stream()
                    .map(SchemaChange::message)
                    .toList();
            throw new MigrationException(
                    ErrorCode.MIGRATION_DESTRUCTIVE,
                    new ErrorContext("write migration", null, null),
                    "the next migration of " + directory.path() + " contains destructive changes: "
                            + String.join("; ", changes) + "; nothing was written",
                    "review them; if losing that data is intended, allow it with"
                            + " MigrationAuthor.builder(...).allowDestructive(\"why\"), which the migration records",
                    null);
        }
        boolean destructiveRollback = diff.reverse().hasDestructiveChanges();
        String next = nextRevision(existing);
        Migration.Builder builder = Migration.builder(next, description)
                .createdAt(clock.instant())
                .snapshots(fromText, SnapshotJson.write(target))
                .destructive(destructive)
                .destructiveRollback(destructiveRollback);
        if (!newest.isEmpty()) {
            builder.dependsOn(newest);
        }
        if (destructive) {
            builder.allow(Allowance.destructive(Objects.requireNonNull(destructiveReason)));
        }
        if (destructiveRollback && rollbackReason != null) {
            builder.allow(new Allowance(Allowance.Kind.DESTRUCTIVE_ROLLBACK, rollbackReason));
        }
        if (autogenerated) {
            builder.metadata("autogenerated", "true");
        }
        Map<DialectId, List<LintFinding>> lint = new EnumMap<>(DialectId.class);
        for (DialectId dialect : dialects) {
            MigrationPlan plan = MigrationPlan.of(diff, dialect);
            builder.up(dialect, plan.dryRun()).down(dialect, plan.rollbackSql());
            lint.put(dialect, plan.lint());
        }
        Migration migration;
        try {
            migration = builder.build();
        } catch (IllegalArgumentException e) {
            throw revisionUnavailable(
                    "the next migration cannot be built: " + e.getMessage(),
                    "give a one-line description, and a revision of letters, digits, _ and -",
                    e);
        }
        if (dryRun) {
            return new AuthoredMigration(
                    AuthoredMigration.Status.DRY_RUN, next, migration, List.of(), diff, lint, destructive);
        }
        List<Path> written = new ArrayList<>();
        for (String name : directory.add(migration)) {
            written.add(directory.path().resolve(name));
        }
        written.add(directory.path().resolve(SumFile.NAME));
        return new AuthoredMigration(
                AuthoredMigration.Status.WRITTEN, next, migration, written, diff, lint, destructive);
    }

    private String currentText(List<Migration> existing) {
        if (existing.isEmpty()) {
            return SnapshotJson.write(SchemaSnapshot.empty());
        }
        Migration newest = existing.getLast();
        String to = newest.toSnapshot();
        if (to == null) {
            throw new MigrationException(
                    ErrorCode.MIGRATION_SNAPSHOT_MISSING,
                    new ErrorContext("write migration", null, null),
                    "migration " + newest.stem() + " of " + directory.path()
                            + " records no target snapshot, so the schema the directory leads to is unknown",
                    "write the next migration with autogenerate from a database migrated to " + newest.revision()
                            + ", or restore " + newest.stem() + ".to.json",
                    null);
        }
        return to;
    }

    private String nextRevision(List<Migration> existing) {
        String newest = existing.isEmpty() ? "" : existing.getLast().revision();
        String given = revision;
        if (given != null) {
            if (!Migration.validRevision(given) || given.compareTo(newest) <= 0) {
                throw revisionUnavailable(
                        "revision '" + given + "' "
                                + (Migration.validRevision(given)
                                        ? "does not sort after the newest revision " + newest
                                        : "is not letters, digits, _ and - without __"),
                        "give a revision that sorts after " + (newest.isEmpty() ? "nothing" : newest),
                        null);
            }
            return given;
        }
        if (newest.isEmpty()) {
            return "0001";
        }
        String next;
        if (NUMBER.matcher(newest).matches()) {
            String number = new BigInteger(newest).add(BigInteger.ONE).toString();
            next = "0".repeat(Math.max(0, newest.length() - number.length())) + number;
        } else if (MINUTES.matcher(newest).matches() || SECONDS.matcher(newest).matches()) {
            String pattern = MINUTES.matcher(newest).matches() ? "yyyyMMdd_HHmm" : "yyyyMMdd_HHmmss";
            next = DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(clock.instant());
        } else {
            throw revisionUnavailable(
                    "the newest revision " + newest + " is neither a padded number nor a timestamp, so the next"
                            + " one cannot be chosen",
                    "give the revision: MigrationAuthor.builder(...).revision(\"...\")",
                    null);
        }
        if (next.compareTo(newest) <= 0) {
            throw revisionUnavailable(
                    "the next revision " + next + " does not sort after the newest revision " + newest,
                    "give a revision that sorts after " + newest + ": MigrationAuthor.builder(...).revision(\"...\")",
                    null);
        }
        return next;
    }

    private static MigrationException revisionUnavailable(String problem, String fix, @Nullable Throwable cause) {
        return new MigrationException(
                ErrorCode.MIGRATION_REVISION_UNAVAILABLE,
                new ErrorContext("write migration", null, null),
                problem,
                fix,
                cause);
    }

    /** Configures a {@link MigrationAuthor}. */
    public static final class Builder {
        private final MigrationDirectory directory;
        private Set<DialectId> dialects = EnumSet.allOf(DialectId.class);
        private Clock clock = Clock.systemUTC();
        private @Nullable String revision;
        private @Nullable String destructiveReason;
        private @Nullable String rollbackReason;
        private boolean dryRun;

        private Builder(MigrationDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
        }

        /**
         * The dialects to write statements for (default: all six).
         *
         * @param values the dialects; at least one
         * @return this builder
         */
        public Builder dialects(Collection<DialectId> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a migration needs statements for at least one dialect");
            }
            this.dialects = EnumSet.copyOf(values);
            return this;
        }

        /**
         * The dialects to write statements for (default: all six).
         *
         * @param first a dialect
         * @param more more dialects
         * @return this builder
         */
        public Builder dialects(DialectId first, DialectId... more) {
            return dialects(EnumSet.of(first, more));
        }

        /**
         * The clock for the migration's {@code created_at} and for timestamp revisions (default: the system clock in
         * UTC). A fixed clock makes the files byte for byte reproducible.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The next migration's revision, instead of the generated one; it must sort after the newest revision.
         *
         * @param value the revision
         * @return this builder
         */
        public Builder revision(String value) {
            this.revision = Objects.requireNonNull(value, "revision");
            return this;
        }

        /**
         * Allows a diff that drops or narrows data; the migration records the reason as its
         * {@link Allowance.Kind#DESTRUCTIVE} allowance, so the migrator applies it without a flag.
         *
         * @param reason why losing the data is intended, for the reviewer; not blank
         * @return this builder
         */
        public Builder allowDestructive(String reason) {
            if (reason.isBlank()) {
                throw new IllegalArgumentException(
                        "allowDestructive needs a reason, such as \"column legacy_code is unused\"");
            }
            this.destructiveReason = reason;
            return this;
        }

        /**
         * Records a {@link Allowance.Kind#DESTRUCTIVE_ROLLBACK} allowance when the migration's down statements drop
         * data (they drop what it adds), so that it can be rolled back without a flag.
         *
         * @param reason why losing what was added is acceptable on rollback; not blank
         * @return this builder
         */
        public Builder allowDestructiveRollback(String reason) {
            if (reason.isBlank()) {
                throw new IllegalArgumentException(
                        "allowDestructiveRollback needs a reason, such as \"the table is new; nothing to keep\"");
            }
            this.rollbackReason = reason;
            return this;
        }

        /**
         * Whether to build the migration without writing anything (default: write).
         *
         * @param value {@code true} for a dry run
         * @return this builder
         */
        public Builder dryRun(boolean value) {
            this.dryRun = value;
            return this;
        }

        /**
         * Builds the author.
         *
         * @return the author
         */
        public MigrationAuthor build() {
            return new MigrationAuthor(this);
        }
    }
}
