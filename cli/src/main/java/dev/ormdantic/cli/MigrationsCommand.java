package dev.ormdantic.cli;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.LintFinding;
import dev.ormdantic.migrations.MigrationPlan;
import dev.ormdantic.migrations.SchemaDiff;
import dev.ormdantic.migrations.Snapshots;
import dev.ormdantic.migrations.file.Allowance;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.migrations.file.MigrationFiles;
import dev.ormdantic.migrations.file.Script;
import dev.ormdantic.migrations.history.HistoryEntry;
import dev.ormdantic.migrations.history.HistoryStatus;
import dev.ormdantic.migrations.history.MigrationStatus;
import dev.ormdantic.migrations.history.Migrator;
import dev.ormdantic.migrations.history.Repair;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ormdantic migrations}: the history of a database, migration files, and applying them. */
@Command(
        name = "migrations",
        mixinStandardHelpOptions = true,
        description =
                "Apply, roll back and inspect migrations; write, check, squash, preview and lint migration files.",
        subcommands = {
            MigrationsCommand.Status.class,
            MigrationsCommand.History.class,
            MigrationsCommand.Current.class,
            MigrationsCommand.Apply.class,
            MigrationsCommand.ApplyDir.class,
            MigrationsCommand.Rollback.class,
            MigrationsCommand.RepairRows.class,
            MigrationsCommand.Check.class,
            AuthorCommands.Create.class,
            AuthorCommands.Autogenerate.class,
            MigrationsCommand.SquashFiles.class,
            MigrationsCommand.Preview.class,
            MigrationsCommand.Lint.class
        })
final class MigrationsCommand extends GroupCommand {

    MigrationsCommand(Context context) {
        super(context);
    }

    /** A verb that talks to a database through a {@link Migrator}. */
    abstract static class DatabaseVerb implements Callable<Integer> {

        final Context context;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(
                names = "--lock-timeout",
                paramLabel = "SECONDS",
                defaultValue = "30",
                description = "How long to wait for another migrator's lock. Default: ${DEFAULT-VALUE}.")
        int lockTimeoutSeconds = 30;

        @Option(
                names = {"-q", "--quiet"},
                description = "No progress lines on the error stream.")
        boolean quiet;

        DatabaseVerb(Context context) {
            this.context = context;
        }

        Migrator migrator() {
            return Database.of(database, context).migrator(Duration.ofSeconds(lockTimeoutSeconds), !quiet);
        }

        PrintWriter out() {
            return context.out();
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Whether the history is dirty, the current revision, how many are applied; with --dir, "
                    + "the pending ones.")
    static final class Status extends DatabaseVerb {

        @Option(
                names = "--dir",
                paramLabel = "DIR",
                description = "A migration directory: also list its pending revisions.")
        @Nullable
        Path dir;

        Status(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<Migration> files = dir == null ? List.of() : MigrationRef.directory(context, dir);
            MigrationStatus status = migrator().status();
            out().println("Migration status");
            out().println("Dirty: " + (status.dirty() ? "yes" : "no"));
            out().println("Current revision: " + (status.current() == null ? "none" : status.current()));
            out().println("Applied revisions: " + status.applied());
            if (dir != null) {
                Set<String> applied = new HashSet<>();
                status.history().stream().filter(HistoryEntry::applied).forEach(row -> applied.add(row.revision()));
                List<String> pending = files.stream()
                        .map(Migration::revision)
                        .filter(revision -> !applied.contains(revision))
                        .toList();
                out().println("Pending revisions: " + pending.size());
                pending.forEach(revision -> out().println("- " + revision));
            }
            return 0;
        }
    }

    @Command(
            name = "history",
            mixinStandardHelpOptions = true,
            description = "Every row of the history table, tab separated.")
    static final class History extends DatabaseVerb {

        History(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<HistoryEntry> rows = migrator().history();
            if (rows.isEmpty()) {
                out().println("No migration history rows found.");
                return 0;
            }
            out().println("Revision\tStatus\tDirty\tChecksum\tApplied at");
            for (HistoryEntry row : rows) {
                out().println(row.revision() + "\t" + row.status().value() + "\t" + (row.dirty() ? "yes" : "no") + "\t"
                        + row.checksum() + "\t" + row.appliedAt());
            }
            return 0;
        }
    }

    @Command(name = "current", mixinStandardHelpOptions = true, description = "The last applied revision.")
    static final class Current extends DatabaseVerb {

        Current(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            Optional<String> current = migrator().current();
            out().println("Current revision: " + current.orElse("none"));
            return 0;
        }
    }

    @Command(
            name = "apply",
            mixinStandardHelpOptions = true,
            description = "Applies one migration: a manifest file, or --dir DIR --revision R.")
    static final class Apply extends DatabaseVerb {

        @Parameters(arity = "0..1", paramLabel = "MANIFEST", description = "The migration's manifest (*.json).")
        @Nullable
        Path manifest;

        @Option(names = "--dir", paramLabel = "DIR", description = "The migration directory (with --revision).")
        @Nullable
        Path dir;

        @Option(names = "--revision", paramLabel = "REVISION", description = "The revision to apply (with --dir).")
        @Nullable
        String revision;

        @Option(
                names = "--allow-destructive",
                description = "Run statements that drop or delete data although the migration records no allowance.")
        boolean allowDestructive;

        Apply(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            Migration migration = MigrationRef.resolve(context, manifest, dir, revision);
            if (migrator().apply(migration, allowDestructive)) {
                out().println("Applied migration: " + migration.revision());
            } else {
                out().println("Skipped migration: " + migration.revision() + " is already applied.");
            }
            return 0;
        }
    }

    @Command(
            name = "apply-dir",
            mixinStandardHelpOptions = true,
            description = "Applies the pending migrations of a directory, in order, under one lock.")
    static final class ApplyDir extends DatabaseVerb {

        @Parameters(paramLabel = "DIR", description = "The migration directory (holding ormdantic.sum).")
        Path dir = Path.of("");

        @Option(
                names = "--allow-destructive",
                description = "Run statements that drop or delete data although a migration records no allowance.")
        boolean allowDestructive;

        ApplyDir(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<Migration> migrations = MigrationRef.directory(context, dir);
            List<String> applied = migrator().applyAll(migrations, allowDestructive);
            if (applied.isEmpty()) {
                out().println("No pending migrations in " + dir + ".");
            } else {
                out().println("Applied " + applied.size() + " migration(s) from " + dir + ".");
                applied.forEach(revision -> out().println("- " + revision));
            }
            return 0;
        }
    }

    @Command(
            name = "rollback",
            mixinStandardHelpOptions = true,
            description = "Runs the down statements of one migration: a manifest file, --dir DIR --revision R, or "
                    + "--dir DIR alone for the current revision.")
    static final class Rollback extends DatabaseVerb {

        @Parameters(arity = "0..1", paramLabel = "MANIFEST", description = "The migration's manifest (*.json).")
        @Nullable
        Path manifest;

        @Option(names = "--dir", paramLabel = "DIR", description = "The migration directory.")
        @Nullable
        Path dir;

        @Option(
                names = "--revision",
                paramLabel = "REVISION",
                description = "The revision to roll back (with --dir). Default: the current revision.")
        @Nullable
        String revision;

        @Option(
                names = "--allow-destructive",
                description = "Run down statements that drop or delete data although the migration records no "
                        + "allowance.")
        boolean allowDestructive;

        Rollback(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            Migrator migrator = migrator();
            String target = revision;
            if (manifest == null && dir != null && target == null) {
                Optional<String> current = migrator.current();
                if (current.isEmpty()) {
                    out().println("Skipped rollback: no migration is applied.");
                    return 0;
                }
                target = current.get();
            }
            Migration migration = MigrationRef.resolve(context, manifest, dir, target);
            if (migrator.rollback(migration, allowDestructive)) {
                out().println("Rolled back migration: " + migration.revision());
            } else {
                out().println("Skipped rollback: " + migration.revision() + " is not applied.");
            }
            return 0;
        }
    }

    @Command(
            name = "repair",
            mixinStandardHelpOptions = true,
            description = "Clears the dirty flag of history rows (every row, or one revision); optionally sets their "
                    + "status or checksum.")
    static final class RepairRows extends DatabaseVerb {

        @Option(names = "--revision", paramLabel = "REVISION", description = "Only this revision's row.")
        @Nullable
        String revision;

        @Option(names = "--status", paramLabel = "STATUS", description = "Set the status: ${COMPLETION-CANDIDATES}.")
        @Nullable
        HistoryStatus status;

        @Option(names = "--checksum", paramLabel = "CHECKSUM", description = "Record this checksum.")
        @Nullable
        String checksum;

        @Option(names = "--keep-dirty", description = "Leave the dirty flag as it is.")
        boolean keepDirty;

        RepairRows(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            Repair repair = Repair.all();
            if (revision != null) {
                repair = repair.revision(revision);
            }
            if (status != null) {
                repair = repair.status(status);
            }
            if (checksum != null) {
                repair = repair.checksum(checksum);
            }
            if (keepDirty) {
                repair = repair.keepDirty();
            }
            out().println("Repaired migration rows: " + migrator().repair(repair));
            return 0;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Verifies a migration directory (manifests, checksums, the sum file, order, dependencies); "
                    + "with --classpath or --snapshot, also that the models match the newest migration. No database.")
    static final class Check implements Callable<Integer> {

        private final Context context;

        @Parameters(paramLabel = "DIR", description = "The migration directory.")
        Path dir = Path.of("");

        @Mixin
        SnapshotOptions models = new SnapshotOptions();

        Check(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<Migration> migrations = MigrationRef.directory(context, dir);
            if (models.given()) {
                SchemaSnapshot expected = newestSnapshot(migrations);
                SchemaDiff diff = SchemaDiff.between(expected, models.load(context));
                if (!diff.isEmpty()) {
                    diff.summary().forEach(line -> context.out().println("- " + line));
                    throw new ConfigurationException(
                            ErrorCode.CLI_MODELS_CHANGED,
                            new ErrorContext("ormdantic migrations check", null, null),
                            "the models differ from the snapshot of the newest migration"
                                    + (migrations.isEmpty()
                                            ? ""
                                            : " (" + migrations.getLast().revision() + ")")
                                    + " by " + diff.summary().size() + " change(s), listed above",
                            "write the next migration, or change the models back",
                            null);
                }
            }
            context.out().println("ok (" + countFiles(context.path(dir)) + " files)");
            return 0;
        }

        private static long countFiles(Path directory) {
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(Files::isRegularFile)
                        .filter(file -> !String.valueOf(file.getFileName()).equals("ormdantic.sum"))
                        .count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The snapshot the newest migration leads to, or the empty one. */
    static SchemaSnapshot newestSnapshot(List<Migration> migrations) {
        for (Migration migration : migrations.reversed()) {
            String to = migration.toSnapshot();
            if (to != null) {
                return Snapshots.parse(to);
            }
        }
        return SchemaSnapshot.empty();
    }

    @Command(
            name = "squash",
            mixinStandardHelpOptions = true,
            description = "Folds contiguous migrations into one new migration, written to --output. No database.")
    static final class SquashFiles implements Callable<Integer> {

        private final Context context;

        @Parameters(index = "0", paramLabel = "REVISION", description = "The squashed migration's revision.")
        String revision = "";

        @Parameters(
                index = "1..*",
                arity = "1..*",
                paramLabel = "MANIFEST",
                description = "The manifests of the migrations to squash, in order.")
        List<Path> manifests = new ArrayList<>();

        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "DIR",
                description = "The migration directory the squashed migration is written to.")
        Path output = Path.of("");

        SquashFiles(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<Migration> migrations = new ArrayList<>();
            manifests.forEach(manifest -> migrations.add(MigrationRef.manifest(context, manifest)));
            dev.ormdantic.migrations.file.Squash.Squashed result =
                    dev.ormdantic.migrations.file.Squash.of(revision, migrations, java.time.Clock.systemUTC());
            Migration squashed = result.migration();
            Path directory = context.path(output);
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(directory + " cannot be created: " + e.getMessage(), e);
            }
            List<String> written = MigrationDirectory.at(directory).add(squashed);
            context.out().println("Squashed " + migrations.size() + " migration(s) into " + squashed.revision() + ".");
            context.out()
                    .println(
                            result.net()
                                    ? "Net: planned anew from the first migration's source snapshot to the last one's"
                                            + " target."
                                    : "Concatenated: " + result.reason() + ".");
            written.forEach(file -> context.out().println("Wrote " + output.resolve(file)));
            return 0;
        }
    }

    @Command(
            name = "preview",
            mixinStandardHelpOptions = true,
            description = "Prints the statements of a migration (or its rollback), per dialect. No database.")
    static final class Preview implements Callable<Integer> {

        private final Context context;

        @Parameters(arity = "0..1", paramLabel = "MANIFEST", description = "The migration's manifest (*.json).")
        @Nullable
        Path manifest;

        @Option(names = "--dir", paramLabel = "DIR", description = "The migration directory (with --revision).")
        @Nullable
        Path dir;

        @Option(names = "--revision", paramLabel = "REVISION", description = "The revision (with --dir).")
        @Nullable
        String revision;

        @Option(names = "--rollback", description = "The down statements instead of the up statements.")
        boolean rollback;

        @Option(
                names = "--dialect",
                paramLabel = "DIALECT",
                description = "Only this dialect: ${COMPLETION-CANDIDATES}. Default: every dialect of the migration.")
        @Nullable
        DialectId dialect;

        Preview(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Migration migration = MigrationRef.resolve(context, manifest, dir, revision);
            PrintWriter out = context.out();
            out.println("# revision: " + migration.revision());
            out.println("# description: " + migration.description());
            if (rollback ? migration.destructiveRollback() : migration.destructive()) {
                boolean allowed =
                        migration.allows(rollback ? Allowance.Kind.DESTRUCTIVE_ROLLBACK : Allowance.Kind.DESTRUCTIVE);
                out.println("# warning: these statements drop or delete data"
                        + (allowed ? " (allowed by the migration)" : " (refused without --allow-destructive)"));
            }
            if (dialect != null && migration.script(dialect).isEmpty()) {
                throw MigrationRef.notFound(
                        "migration " + migration.revision() + " has no statements for " + dialect,
                        "its dialects: "
                                + String.join(
                                        ", ",
                                        migration.scripts().keySet().stream()
                                                .map(MigrationFiles::dialectName)
                                                .toList()));
            }
            migration.scripts().forEach((id, script) -> {
                if (dialect == null || dialect == id) {
                    print(out, id, script);
                }
            });
            return 0;
        }

        private void print(PrintWriter out, DialectId id, Script script) {
            out.println("# dialect: " + MigrationFiles.dialectName(id));
            List<String> statements = rollback ? script.down() : script.up();
            if (statements.isEmpty()) {
                out.println("# no " + (rollback ? "down" : "up") + " statements");
            }
            statements.forEach(statement -> out.println(statement + ";"));
        }
    }

    @Command(
            name = "lint",
            mixinStandardHelpOptions = true,
            description = "Lints the plan of every migration that records its snapshots and, with --classpath or "
                    + "--snapshot, the change still to be written; fails on destructive changes no allowance "
                    + "accepts. No database.")
    static final class Lint implements Callable<Integer> {

        private final Context context;

        @Parameters(paramLabel = "DIR", description = "The migration directory.")
        Path dir = Path.of("");

        @Option(
                names = "--dialect",
                required = true,
                paramLabel = "DIALECT",
                description = "The dialect to plan for: ${COMPLETION-CANDIDATES}.")
        DialectId dialect = DialectId.POSTGRESQL;

        @Mixin
        SnapshotOptions models = new SnapshotOptions();

        Lint(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<Migration> migrations = MigrationRef.directory(context, dir);
            int findings = 0;
            List<String> refused = new ArrayList<>();
            for (Migration migration : migrations) {
                String to = migration.toSnapshot();
                if (to == null) {
                    continue;
                }
                String from = migration.fromSnapshot();
                SchemaDiff diff = SchemaDiff.between(
                        from == null ? SchemaSnapshot.empty() : Snapshots.parse(from), Snapshots.parse(to));
                boolean allowed = migration.allows(Allowance.Kind.DESTRUCTIVE);
                findings += report(migration.revision(), diff, allowed, refused);
            }
            if (models.given()) {
                SchemaDiff pending = SchemaDiff.between(newestSnapshot(migrations), models.load(context));
                findings += report("(models)", pending, false, refused);
            }
            if (!refused.isEmpty()) {
                throw new ConfigurationException(
                        ErrorCode.CLI_LINT_FAILED,
                        new ErrorContext("ormdantic migrations lint", null, null),
                        refused.size() + " destructive change(s) without an allowance: " + String.join(", ", refused),
                        "review them; a migration that means to lose the data records an allowance with the reason",
                        null);
            }
            context.out()
                    .println(
                            findings == 0
                                    ? "ok (no findings)"
                                    : "ok (" + findings + " finding(s), none destructive without an allowance)");
            return 0;
        }

        private int report(String label, SchemaDiff diff, boolean allowed, List<String> refused) {
            List<LintFinding> found = MigrationPlan.of(diff, dialect).lint();
            for (LintFinding finding : found) {
                boolean destructive = finding.category() == LintFinding.Category.DESTRUCTIVE;
                context.out()
                        .println(label + " " + finding.code() + " "
                                + finding.category().name().toLowerCase(java.util.Locale.ROOT) + ": "
                                + finding.message() + (destructive && allowed ? " (allowed)" : ""));
                if (destructive && !allowed) {
                    refused.add(label + " " + finding.code());
                }
            }
            return found.size();
        }
    }
}
