package dev.ormdantic.maven;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationAuthor;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.migrations.file.MigrationFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The migrations of every location, each directory verified against its {@code ormdantic.sum} (edited, missing,
 * unlisted and out-of-order files fail with the library's codes), merged in revision order.
 *
 * @param directories the directories, in configuration order
 * @param migrations the migrations of all of them, in revision order
 * @param owners the directory of each revision
 * @param files how many migration files they hold (manifests, statements, snapshots)
 */
record MigrationSet(
        List<MigrationDirectory> directories,
        List<Migration> migrations,
        Map<String, MigrationDirectory> owners,
        int files) {

    MigrationSet {
        directories = List.copyOf(directories);
        migrations = List.copyOf(migrations);
        owners = Map.copyOf(owners);
    }

    /**
     * Reads and verifies the directories.
     *
     * @param directories the directories
     * @param goal the goal, for messages
     * @return the set
     * @throws MojoFailureException with the library's code when a directory does not verify, or
     *     {@link ErrorCode#MAVEN_REVISION_DUPLICATE} when two directories hold one revision
     */
    static MigrationSet read(List<Path> directories, String goal) throws MojoFailureException {
        List<MigrationDirectory> read = new ArrayList<>();
        List<Migration> all = new ArrayList<>();
        Map<String, Path> owners = new HashMap<>();
        Map<String, MigrationDirectory> directoryOf = new HashMap<>();
        int files = 0;
        for (Path path : directories) {
            MigrationDirectory directory = MigrationDirectory.at(path);
            List<Migration> migrations;
            try {
                migrations = directory.migrations();
            } catch (dev.ormdantic.error.OrmdanticException e) {
                throw PluginFailures.failure(e);
            }
            for (Migration migration : migrations) {
                Path other = owners.putIfAbsent(migration.revision(), path);
                if (other != null) {
                    throw PluginFailures.failure(
                            ErrorCode.MAVEN_REVISION_DUPLICATE,
                            goal,
                            "revision " + migration.revision() + " is in " + other + " and in " + path,
                            "keep each revision in one location");
                }
                directoryOf.put(migration.revision(), directory);
                files += MigrationFiles.render(migration).size();
            }
            all.addAll(migrations);
            read.add(directory);
        }
        all.sort(Comparator.comparing(Migration::revision));
        return new MigrationSet(read, all, directoryOf, files);
    }

    /**
     * The migration of a revision.
     *
     * @param revision the revision
     * @return the migration, or empty
     */
    Optional<Migration> find(String revision) {
        return migrations.stream()
                .filter(migration -> migration.revision().equals(revision))
                .findFirst();
    }

    /**
     * The directory new migrations go to, and whose newest migration's snapshot is the schema the migrations lead to:
     * the directory of the newest revision, or the first location when there is none.
     *
     * @return the directory
     */
    MigrationDirectory newestDirectory() {
        if (migrations.isEmpty()) {
            return directories.getFirst();
        }
        return Objects.requireNonNull(owners.get(migrations.getLast().revision()));
    }

    /**
     * The schema the migrations lead to ({@link MigrationAuthor#current()} of the newest directory): the target
     * snapshot of the newest migration, or the empty schema when there is none.
     *
     * @return the snapshot
     * @throws dev.ormdantic.migrations.MigrationException {@code ORM2706} when the newest migration records no target
     *     snapshot (it was written by hand)
     */
    SchemaSnapshot newestSnapshot() {
        return MigrationAuthor.builder(newestDirectory()).build().current();
    }

    /**
     * The dialects the migrations have statements for.
     *
     * @return the dialects, in dialect order
     */
    Set<DialectId> dialects() {
        Set<DialectId> dialects = EnumSet.noneOf(DialectId.class);
        migrations.forEach(migration -> dialects.addAll(migration.scripts().keySet()));
        return dialects;
    }

    /**
     * The locations, for messages.
     *
     * @return the directories, comma separated
     */
    String describe() {
        return String.join(
                ", ", directories.stream().map(d -> d.path().toString()).toList());
    }
}
