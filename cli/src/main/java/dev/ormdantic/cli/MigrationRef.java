package dev.ormdantic.cli;

import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.migrations.file.MigrationFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds migrations: a manifest file ({@code 0002__add_rating.json}), or a revision of a directory. A manifest in a
 * directory with an {@code ormdantic.sum} is read through the directory, so that every file is verified first.
 */
final class MigrationRef {

    private MigrationRef() {}

    /**
     * The migration a manifest file holds.
     *
     * @param context the run
     * @param manifest the manifest, as typed
     * @return the migration, verified against its directory's sum when there is one
     */
    static Migration manifest(Context context, Path manifest) {
        Path file = context.path(manifest);
        if (!Files.isRegularFile(file)) {
            throw notFound("the migration manifest " + file + " does not exist", "name a *.json manifest");
        }
        Path parent = file.getParent();
        if (parent != null && Files.isRegularFile(parent.resolve("ormdantic.sum"))) {
            String name = String.valueOf(file.getFileName());
            for (Migration migration : MigrationDirectory.at(parent).migrations()) {
                if ((migration.stem() + ".json").equals(name)) {
                    return migration;
                }
            }
            throw notFound(
                    file + " is not the manifest of a migration of " + parent,
                    "name a manifest (<revision>__<description>.json), not a statement or snapshot file");
        }
        return MigrationFiles.read(file);
    }

    /**
     * The migrations of a directory, verified.
     *
     * @param context the run
     * @param directory the directory, as typed
     * @return its migrations in revision order
     */
    static List<Migration> directory(Context context, Path directory) {
        Path path = context.path(directory);
        if (!Files.isDirectory(path)) {
            throw notFound(
                    "the migration directory " + path + " does not exist",
                    "name the directory that holds ormdantic.sum");
        }
        return MigrationDirectory.at(path).migrations();
    }

    /**
     * One revision of a directory.
     *
     * @param context the run
     * @param directory the directory, as typed
     * @param revision the revision
     * @return the migration
     */
    static Migration revision(Context context, Path directory, String revision) {
        List<Migration> migrations = directory(context, directory);
        for (Migration migration : migrations) {
            if (migration.revision().equals(revision)) {
                return migration;
            }
        }
        throw notFound(
                "the directory " + context.path(directory) + " has no revision " + revision,
                "its revisions: "
                        + String.join(
                                ", ",
                                migrations.stream().map(Migration::revision).toList()));
    }

    /**
     * A manifest, or a revision of a directory.
     *
     * @param context the run
     * @param manifest the manifest, or {@code null}
     * @param directory the directory, or {@code null}
     * @param revision the revision, or {@code null}
     * @return the migration
     */
    static Migration resolve(
            Context context, @Nullable Path manifest, @Nullable Path directory, @Nullable String revision) {
        if (manifest != null) {
            return manifest(context, manifest);
        }
        if (directory != null && revision != null) {
            return revision(context, directory, revision);
        }
        throw notFound("no migration was named", "pass a manifest file, or --dir DIR --revision REVISION");
    }

    static ConfigurationException notFound(String problem, String fix) {
        return new ConfigurationException(
                ErrorCode.CLI_MIGRATION_NOT_FOUND, new ErrorContext("ormdantic", null, null), problem, fix, null);
    }
}
