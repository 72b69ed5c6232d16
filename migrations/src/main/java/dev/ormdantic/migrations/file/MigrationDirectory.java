package dev.ormdantic.migrations.file;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.MigrationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A directory of migration files with its {@code ormdantic.sum}, in revision order. Reading it verifies everything
 * before returning a migration: the sum file's own hash, that every listed file is present and unchanged, that no file
 * is unlisted, that the listed migrations are in revision order, that every statement file matches its manifest's
 * checksum, and that each migration depends only on earlier ones. Each failure is a coded
 * {@link MigrationException} naming the file.
 *
 * <p>Add migrations with {@link #add(Migration)}, which writes their files and the sum; after a deliberate, reviewed
 * edit, {@link #rehash()} writes the sum again.
 *
 * @since 0.1.0
 */
public final class MigrationDirectory {

    private final Path path;

    private MigrationDirectory(Path path) {
        this.path = path;
    }

    /**
     * A migration directory.
     *
     * @param path the directory; it need not exist yet
     * @return the directory
     */
    public static MigrationDirectory at(Path path) {
        return new MigrationDirectory(path);
    }

    /**
     * The directory's path.
     *
     * @return the path
     */
    public Path path() {
        return path;
    }

    /**
     * Reads and verifies every migration, in revision order.
     *
     * @return the migrations; empty for a missing or empty directory
     * @throws MigrationException {@code ORM2740}–{@code ORM2744} naming the file that is invalid, edited, missing,
     *     unlisted or out of order
     */
    public List<Migration> migrations() {
        List<String> present = files();
        if (!present.contains(SumFile.NAME)) {
            if (present.isEmpty()) {
                return List.of();
            }
            throw unhashed(SumFile.NAME + " is missing while the directory holds " + present.getFirst());
        }
        SumFile sum = SumFile.parse(read(SumFile.NAME));
        for (Map.Entry<String, String> listed : sum.files().entrySet()) {
            String name = listed.getKey();
            if (!present.contains(name)) {
                throw new MigrationException(
                        ErrorCode.MIGRATION_FILE_MISSING,
                        context(),
                        "migration file " + name + " is listed in " + SumFile.NAME + " but missing from " + path,
                        "restore it from version control",
                        null);
            }
            String actual = SumFile.hash(bytes(name));
            if (!actual.equals(listed.getValue())) {
                throw new MigrationException(
                        ErrorCode.MIGRATION_FILE_EDITED,
                        context(),
                        "migration file " + name + " was edited: " + SumFile.NAME + " records " + listed.getValue()
                                + ", the file hashes to " + actual,
                        "revert the edit, or write the change as a new migration; after a reviewed edit, rehash the"
                                + " directory",
                        null);
            }
        }
        for (String name : present) {
            if (!name.equals(SumFile.NAME) && !sum.files().containsKey(name)) {
                throw unhashed("migration file " + name + " is not listed in " + SumFile.NAME);
            }
        }
        Map<String, Migration> manifests = new LinkedHashMap<>();
        for (String name : sum.files().keySet()) {
            if (isManifest(name)) {
                manifests.put(name, MigrationFiles.read(path.resolve(name)));
            }
        }
        List<Migration> migrations = new ArrayList<>();
        for (Map.Entry<String, Migration> manifest : manifests.entrySet()) {
            Migration migration = manifest.getValue();
            if (!migrations.isEmpty() && migrations.getLast().revision().compareTo(migration.revision()) >= 0) {
                throw new MigrationException(
                        ErrorCode.MIGRATION_OUT_OF_ORDER,
                        context(),
                        "migration file " + manifest.getKey() + " is out of order: " + SumFile.NAME
                                + " lists revision " + migration.revision() + " after "
                                + migrations.getLast().revision(),
                        "restore the files' names and " + SumFile.NAME + " from version control",
                        null);
            }
            migrations.add(migration);
        }
        Set<String> claimed = new HashSet<>();
        List<Migration> earlier = new ArrayList<>();
        for (Map.Entry<String, Migration> manifest : manifests.entrySet()) {
            checkDependencies(manifest.getValue(), earlier, manifest.getKey());
            claimed.addAll(MigrationFiles.render(manifest.getValue()).keySet());
            earlier.add(manifest.getValue());
        }
        for (String name : sum.files().keySet()) {
            if (!claimed.contains(name)) {
                throw new MigrationException(
                        ErrorCode.MIGRATION_FILE_INVALID,
                        context(),
                        "migration file " + name + " belongs to no migration's manifest",
                        "delete it, or restore its manifest",
                        null);
            }
        }
        return List.copyOf(migrations);
    }

    /**
     * Writes a new migration's files and the updated sum. Its revision must sort after every revision already in the
     * directory.
     *
     * @param migration the migration
     * @return the names of the files written, manifest first
     * @throws MigrationException {@code ORM2744} when the revision does not sort after the newest one, or what
     *     {@link #migrations()} throws for the directory as it is
     */
    public List<String> add(Migration migration) {
        List<Migration> existing = migrations();
        if (!existing.isEmpty() && existing.getLast().revision().compareTo(migration.revision()) >= 0) {
            throw new MigrationException(
                    ErrorCode.MIGRATION_OUT_OF_ORDER,
                    context(),
                    "migration file " + migration.stem() + ".json is added out of order: its revision "
                            + migration.revision() + " does not sort after the newest revision "
                            + existing.getLast().revision(),
                    "give it a revision after " + existing.getLast().revision(),
                    null);
        }
        checkDependencies(migration, existing, migration.stem() + ".json");
        List<String> written = MigrationFiles.write(path, migration);
        rehash();
        return written;
    }

    /**
     * Writes {@code ormdantic.sum} for the migrations now in the directory, ordered by revision. Use it only after
     * reviewing a deliberate edit: it accepts the files as they are.
     *
     * @return the names of the files listed
     * @throws MigrationException {@code ORM2740} for a manifest that cannot be read
     */
    public List<String> rehash() {
        List<Migration> migrations = new ArrayList<>();
        for (String name : files()) {
            if (isManifest(name)) {
                migrations.add(MigrationFiles.read(path.resolve(name)));
            }
        }
        migrations.sort(Comparator.comparing(Migration::revision));
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Migration migration : migrations) {
            for (String name : MigrationFiles.render(migration).keySet()) {
                hashes.put(name, SumFile.hash(bytes(name)));
            }
        }
        try {
            Files.writeString(path.resolve(SumFile.NAME), new SumFile(hashes).render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(hashes.keySet());
    }

    private static void checkDependencies(Migration migration, List<Migration> earlier, String name) {
        Set<String> known = new HashSet<>();
        earlier.forEach(previous -> known.add(previous.revision()));
        Set<String> missing = new TreeSet<>(migration.dependsOn());
        missing.removeAll(known);
        if (!missing.isEmpty()) {
            throw new MigrationException(
                    ErrorCode.MIGRATION_DEPENDENCY_MISSING,
                    new ErrorContext("verify", null, null),
                    "migration file " + name + " depends on " + String.join(", ", missing)
                            + ", which no earlier migration of the directory is",
                    "depend only on earlier revisions",
                    null);
        }
    }

    private static boolean isManifest(String name) {
        return name.endsWith(".json") && name.indexOf('.') == name.length() - ".json".length();
    }

    private List<String> files() {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static ErrorContext context() {
        return new ErrorContext("verify", null, null);
    }

    private static MigrationException unhashed(String problem) {
        return new MigrationException(
                ErrorCode.MIGRATION_FILE_UNHASHED,
                context(),
                problem,
                "add migrations through Ormdantic, or rehash the directory after reviewing the file",
                null);
    }
}
