package dev.ormdantic.cli;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.migrations.LintFinding;
import dev.ormdantic.migrations.file.AuthoredMigration;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationAuthor;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.migrations.file.MigrationFiles;
import dev.ormdantic.migrations.file.Script;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ormdantic migrations create} (also {@code diff}) and {@code autogenerate}: the next migration file written by
 * {@link MigrationAuthor}, from the directory's newest snapshot or from a live database, to the models' snapshot.
 */
final class AuthorCommands {

    private AuthorCommands() {}

    /** What both verbs share: the directory, the description, the models, and the author's settings. */
    abstract static class AuthorOptions {

        final Context context;

        @Parameters(
                index = "0",
                paramLabel = "DESCRIPTION",
                description = "What the migration does; it names the files.")
        String description = "";

        @Option(
                names = "--dir",
                paramLabel = "DIR",
                defaultValue = "db/migrations",
                description = "The migration directory (created when missing). Default: ${DEFAULT-VALUE}.")
        Path dir = Path.of("db/migrations");

        @Mixin
        SnapshotOptions models = new SnapshotOptions();

        @Option(
                names = "--dialect",
                paramLabel = "DIALECT",
                description = "Write statements for this dialect (repeatable): ${COMPLETION-CANDIDATES}. Default: all.")
        List<DialectId> dialects = new ArrayList<>();

        @Option(
                names = "--revision",
                paramLabel = "REVISION",
                description = "The revision. Default: the next padded number, or the time when the newest is one.")
        @Nullable
        String revision;

        @Option(
                names = "--allow-destructive",
                paramLabel = "REASON",
                description = "Write a migration that drops or narrows data, recording this reason as its allowance.")
        @Nullable
        String allowDestructive;

        @Option(
                names = "--allow-destructive-rollback",
                paramLabel = "REASON",
                description =
                        "Record this reason as the allowance of down statements that drop what the migration adds.")
        @Nullable
        String allowDestructiveRollback;

        @Option(names = "--dry-run", description = "Print the migration's changes and statements; write nothing.")
        boolean dryRun;

        AuthorOptions(Context context) {
            this.context = context;
        }

        MigrationAuthor author() {
            Path path = context.path(dir);
            if (!dryRun) {
                try {
                    Files.createDirectories(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(path + " cannot be created: " + e.getMessage(), e);
                }
            }
            MigrationAuthor.Builder builder =
                    MigrationAuthor.builder(MigrationDirectory.at(path)).dryRun(dryRun);
            if (!dialects.isEmpty()) {
                builder.dialects(dialects);
            }
            if (revision != null) {
                builder.revision(revision);
            }
            if (allowDestructive != null) {
                builder.allowDestructive(allowDestructive);
            }
            if (allowDestructiveRollback != null) {
                builder.allowDestructiveRollback(allowDestructiveRollback);
            }
            return builder.build();
        }

        /**
         * Prints what the author did: {@code No changes: ...}, or {@code Created migration: R (description)} (or
         * {@code Would create ...}), a {@code - change} line per change, lint findings, and the files or statements.
         */
        int report(AuthoredMigration result) {
            PrintWriter out = context.out();
            Migration migration = result.migration();
            if (migration == null) {
                out.println("No changes: the migrations in " + dir + " already lead to the models.");
                return 0;
            }
            boolean wrote = result.status() == AuthoredMigration.Status.WRITTEN;
            out.println((wrote ? "Created migration: " : "Would create migration: ") + migration.revision() + " ("
                    + migration.description() + ")");
            result.diff().summary().forEach(line -> out.println("- " + line));
            for (Map.Entry<DialectId, List<LintFinding>> entry : result.lint().entrySet()) {
                for (LintFinding finding : entry.getValue()) {
                    out.println("lint " + MigrationFiles.dialectName(entry.getKey()) + " " + finding.code() + " "
                            + finding.category().name().toLowerCase(Locale.ROOT) + ": " + finding.message());
                }
            }
            if (wrote) {
                result.written()
                        .forEach(file -> out.println("Wrote " + dir.resolve(String.valueOf(file.getFileName()))));
            } else {
                migration.scripts().forEach((id, script) -> print(out, id, script));
            }
            return 0;
        }

        private static void print(PrintWriter out, DialectId id, Script script) {
            out.println("# dialect: " + MigrationFiles.dialectName(id));
            script.up().forEach(statement -> out.println(statement + ";"));
        }
    }

    @Command(
            name = "create",
            aliases = "diff",
            mixinStandardHelpOptions = true,
            description = "Writes the next migration: the diff from the snapshot the directory's newest migration "
                    + "leads to (or an empty schema) to the models' snapshot (--classpath or --snapshot), as up and "
                    + "down statements per dialect. No database.")
    static final class Create extends AuthorOptions implements Callable<Integer> {

        Create(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            SchemaSnapshot target = models.load(context);
            return report(author().write(target, description));
        }
    }

    @Command(
            name = "autogenerate",
            mixinStandardHelpOptions = true,
            description = "Writes the next migration from what a live database lacks or has in excess, compared "
                    + "with the models' snapshot (--classpath or --snapshot), whatever the directory says.")
    static final class Autogenerate extends AuthorOptions implements Callable<Integer> {

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--schema", paramLabel = "SCHEMA", description = "Another schema than the connection's own.")
        @Nullable
        String schema;

        @Option(names = "--include", paramLabel = "GLOB", description = "Only tables matching (* and ?); repeatable.")
        List<String> include = new ArrayList<>();

        @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out tables matching; repeatable.")
        List<String> exclude = new ArrayList<>();

        Autogenerate(Context context) {
            super(context);
        }

        @Override
        public Integer call() {
            SchemaSnapshot target = models.load(context);
            MigrationAuthor author = author();
            try (Ormdantic db = Database.of(database, context).open()) {
                return report(author.autogenerate(
                        InspectCommand.inspector(db, schema, include, exclude), target, description));
            }
        }
    }
}
