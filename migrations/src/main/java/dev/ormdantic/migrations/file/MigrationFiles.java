package dev.ormdantic.migrations.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.MigrationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Migration} as files and reads it back: {@code <stem>.json} (the manifest),
 * {@code <stem>.up.<dialect>.sql} and {@code <stem>.down.<dialect>.sql} per dialect (the down file only when there are
 * down statements), and {@code <stem>.from.json} / {@code <stem>.to.json} holding the snapshot documents as they are.
 * Writing what was read gives the same bytes.
 *
 * <p>The manifest holds, in this order: {@code format} (1), {@code revision}, {@code description},
 * {@code created_at} (ISO-8601 UTC, seconds), {@code depends_on}, {@code destructive}, {@code destructive_rollback},
 * {@code allowances} ({@code kind} and {@code reason}), {@code checksum_version}, {@code dialects} (per dialect the
 * {@code up} and {@code down} file names and the {@code checksum} of its statements), {@code snapshots}
 * ({@code from} and {@code to} file names) and {@code metadata}. Reading is strict: an unknown key, a missing one, a
 * file name that is not the expected one, or statements whose checksum is not the recorded one fail with a coded
 * {@link MigrationException} that names the file.
 *
 * @since 0.1.0
 */
public final class MigrationFiles {

    /** The format version of the manifest, also the version of the statement checksum. */
    public static final int FORMAT = 1;

    private static final Set<String> KEYS = Set.of(
            "format",
            "revision",
            "description",
            "created_at",
            "depends_on",
            "destructive",
            "destructive_rollback",
            "allowances",
            "checksum_version",
            "dialects",
            "snapshots",
            "metadata");

    private MigrationFiles() {}

    /**
     * The names and contents of a migration's files, manifest first, then per dialect its up and down files, then the
     * snapshots.
     *
     * @param migration the migration
     * @return file name to text, in that order
     */
    public static Map<String, String> render(Migration migration) {
        String stem = migration.stem();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(stem + ".json", Manifests.write(manifest(migration)));
        migration.scripts().forEach((dialect, script) -> {
            String header = "Migration " + migration.revision() + " (" + migration.description() + "), ";
            files.put(
                    upFile(stem, dialect),
                    Statements.render(header + "up, " + dialect.displayName() + ".", script.up()));
            if (script.reversible()) {
                files.put(
                        downFile(stem, dialect),
                        Statements.render(header + "down, " + dialect.displayName() + ".", script.down()));
            }
        });
        String from = migration.fromSnapshot();
        if (from != null) {
            files.put(stem + ".from.json", from);
        }
        String to = migration.toSnapshot();
        if (to != null) {
            files.put(stem + ".to.json", to);
        }
        return files;
    }

    /**
     * Writes a migration's files into a directory, replacing files of the same names.
     *
     * @param directory the directory, created when missing
     * @param migration the migration
     * @return the names of the files written, manifest first
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<String> write(Path directory, Migration migration) {
        Map<String, String> files = render(migration);
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(files.keySet());
    }

    /**
     * Reads a migration from its manifest and the files it names, checking every field and every checksum.
     *
     * @param manifest the manifest file, {@code <stem>.json}
     * @return the migration
     * @throws MigrationException {@code ORM2740} for a file that is not in the format, {@code ORM2741} for statements
     *     that do not match their recorded checksum, {@code ORM2742} for a named file that is missing; each names the
     *     file
     */
    public static Migration read(Path manifest) {
        Path directory = Objects.requireNonNull(manifest.toAbsolutePath().getParent(), "a file has a directory");
        String name = manifest.getFileName().toString();
        JsonNode root;
        try {
            root = Manifests.MAPPER.readTree(text(manifest, name));
        } catch (JacksonException e) {
            throw invalid(name, "is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw invalid(name, "is not a JSON object", null);
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String key = field.getKey();
            if (!KEYS.contains(key)) {
                throw invalid(name, "has the unknown key '" + key + "'", null);
            }
        }
        int format = integer(root, "format", name);
        if (format != FORMAT) {
            throw invalid(name, "has format " + format + "; this version reads format " + FORMAT, null);
        }
        int checksumVersion = integer(root, "checksum_version", name);
        if (checksumVersion != Statements.CHECKSUM_VERSION) {
            throw invalid(
                    name,
                    "has checksum_version " + checksumVersion + "; this version computes version "
                            + Statements.CHECKSUM_VERSION,
                    null);
        }
        Migration.Builder builder = Migration.builder(revision(root, name), string(root, "description", name));
        try {
            builder.createdAt(Instant.parse(string(root, "created_at", name)));
        } catch (DateTimeParseException e) {
            throw invalid(name, "has a created_at that is not an ISO-8601 instant", e);
        }
        for (JsonNode dependency : array(root, "depends_on", name)) {
            builder.dependsOn(textOf(dependency, "depends_on", name));
        }
        builder.destructive(bool(root, "destructive", name));
        builder.destructiveRollback(bool(root, "destructive_rollback", name));
        for (JsonNode allowance : array(root, "allowances", name)) {
            builder.allow(allowance(allowance, name));
        }
        Map<DialectId, String> checksums = new EnumMap<>(DialectId.class);
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        for (Map.Entry<String, JsonNode> entry : fields(object(root, "dialects", name))) {
            DialectId dialect = dialect(entry.getKey(), name);
            JsonNode files = entry.getValue();
            String up = expectedName(files, "up", upFile(stem, dialect), name);
            builder.up(dialect, statements(directory, up));
            if (files.has("down")) {
                String down = expectedName(files, "down", downFile(stem, dialect), name);
                builder.down(dialect, statements(directory, down));
            }
            checksums.put(dialect, string(files, "checksum", name));
        }
        JsonNode snapshots = object(root, "snapshots", name);
        String from = snapshots.has("from") ? expectedName(snapshots, "from", stem + ".from.json", name) : null;
        String to = snapshots.has("to") ? expectedName(snapshots, "to", stem + ".to.json", name) : null;
        builder.snapshots(
                from == null ? null : text(directory.resolve(from), from),
                to == null ? null : text(directory.resolve(to), to));
        for (Map.Entry<String, JsonNode> entry : fields(object(root, "metadata", name))) {
            builder.metadata(entry.getKey(), textOf(entry.getValue(), "metadata", name));
        }
        Migration migration;
        try {
            migration = builder.build();
        } catch (IllegalArgumentException e) {
            throw invalid(name, "holds an invalid value: " + e.getMessage(), e);
        }
        if (!migration.stem().equals(stem)) {
            throw invalid(
                    name,
                    "does not match its file name: revision and description give " + migration.stem() + ".json",
                    null);
        }
        checksums.forEach((dialect, recorded) -> {
            String actual = migration.checksum(dialect).orElseThrow();
            if (!actual.equals(recorded)) {
                Script script = migration.scripts().get(dialect);
                String files = upFile(stem, dialect)
                        + (script != null && script.reversible() ? " or " + downFile(stem, dialect) : "");
                throw new MigrationException(
                        ErrorCode.MIGRATION_FILE_EDITED,
                        new ErrorContext("read", null, dialect.name().toLowerCase(Locale.ROOT)),
                        "migration file " + files + " was edited: " + name + " records checksum " + recorded
                                + ", the statements give " + actual,
                        "revert the edit, or write the change as a new migration",
                        null);
            }
        });
        return migration;
    }

    /**
     * The name of a dialect in file names and manifests.
     *
     * @param dialect the dialect
     * @return the lower-case name, such as {@code postgresql}
     */
    public static String dialectName(DialectId dialect) {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    private static String upFile(String stem, DialectId dialect) {
        return stem + ".up." + dialectName(dialect) + ".sql";
    }

    private static String downFile(String stem, DialectId dialect) {
        return stem + ".down." + dialectName(dialect) + ".sql";
    }

    private static ObjectNode manifest(Migration migration) {
        ObjectNode root = Manifests.object();
        root.put("format", FORMAT);
        root.put("revision", migration.revision());
        root.put("description", migration.description());
        root.put("created_at", migration.createdAt().toString());
        ArrayNode dependsOn = root.putArray("depends_on");
        migration.dependsOn().forEach(dependsOn::add);
        root.put("destructive", migration.destructive());
        root.put("destructive_rollback", migration.destructiveRollback());
        ArrayNode allowances = root.putArray("allowances");
        for (Allowance allowance : migration.allowances()) {
            ObjectNode entry = allowances.addObject();
            entry.put("kind", allowance.kind().manifestName());
            entry.put("reason", allowance.reason());
        }
        root.put("checksum_version", Statements.CHECKSUM_VERSION);
        ObjectNode dialects = root.putObject("dialects");
        String stem = migration.stem();
        migration.scripts().forEach((dialect, script) -> {
            ObjectNode entry = dialects.putObject(dialectName(dialect));
            entry.put("up", upFile(stem, dialect));
            if (script.reversible()) {
                entry.put("down", downFile(stem, dialect));
            }
            entry.put("checksum", script.checksum());
        });
        ObjectNode snapshots = root.putObject("snapshots");
        if (migration.fromSnapshot() != null) {
            snapshots.put("from", stem + ".from.json");
        }
        if (migration.toSnapshot() != null) {
            snapshots.put("to", stem + ".to.json");
        }
        ObjectNode metadata = root.putObject("metadata");
        migration.metadata().forEach(metadata::put);
        return root;
    }

    private static List<String> statements(Path directory, String file) {
        return Statements.parse(text(directory.resolve(file), file));
    }

    private static String text(Path path, String name) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MigrationException(
                    ErrorCode.MIGRATION_FILE_MISSING,
                    new ErrorContext("read", null, null),
                    "migration file " + name + " is missing from "
                            + path.toAbsolutePath().getParent(),
                    "restore it from version control",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String revision(JsonNode root, String name) {
        String revision = string(root, "revision", name);
        if (!Migration.validRevision(revision)) {
            throw invalid(name, "has the revision '" + revision + "', which is not letters, digits, _ and -", null);
        }
        return revision;
    }

    private static Allowance allowance(JsonNode node, String name) {
        String kind = string(node, "kind", name);
        for (Allowance.Kind known : Allowance.Kind.values()) {
            if (known.manifestName().equals(kind)) {
                String reason = string(node, "reason", name);
                if (reason.isBlank()) {
                    throw invalid(name, "has an allowance without a reason", null);
                }
                return new Allowance(known, reason);
            }
        }
        throw invalid(name, "has the unknown allowance kind '" + kind + "' (destructive, destructive_rollback)", null);
    }

    private static DialectId dialect(String value, String name) {
        for (DialectId dialect : DialectId.values()) {
            if (dialectName(dialect).equals(value)) {
                return dialect;
            }
        }
        throw invalid(
                name,
                "names the unknown dialect '" + value + "' (sqlite, postgresql, mysql, mariadb, mssql, oracle)",
                null);
    }

    private static String expectedName(JsonNode node, String key, String expected, String name) {
        String actual = string(node, key, name);
        if (!actual.equals(expected)) {
            throw invalid(name, "names " + actual + " as its " + key + " file; expected " + expected, null);
        }
        return actual;
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return new ArrayList<>(node.properties());
    }

    private static JsonNode field(JsonNode node, String key, String name) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw invalid(name, "lacks '" + key + "'", null);
        }
        return value;
    }

    private static String string(JsonNode node, String key, String name) {
        return textOf(field(node, key, name), key, name);
    }

    private static String textOf(JsonNode value, String key, String name) {
        if (!value.isTextual()) {
            throw invalid(name, "has a '" + key + "' that is not a string", null);
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String key, String name) {
        JsonNode value = field(node, key, name);
        if (!value.isInt()) {
            throw invalid(name, "has a '" + key + "' that is not an integer", null);
        }
        return value.asInt();
    }

    private static boolean bool(JsonNode node, String key, String name) {
        JsonNode value = field(node, key, name);
        if (!value.isBoolean()) {
            throw invalid(name, "has a '" + key + "' that is not true or false", null);
        }
        return value.asBoolean();
    }

    private static JsonNode array(JsonNode node, String key, String name) {
        JsonNode value = field(node, key, name);
        if (!value.isArray()) {
            throw invalid(name, "has a '" + key + "' that is not an array", null);
        }
        return value;
    }

    private static JsonNode object(JsonNode node, String key, String name) {
        JsonNode value = field(node, key, name);
        if (!value.isObject()) {
            throw invalid(name, "has a '" + key + "' that is not an object", null);
        }
        return value;
    }

    private static MigrationException invalid(String file, String problem, @Nullable Throwable cause) {
        return new MigrationException(
                ErrorCode.MIGRATION_FILE_INVALID,
                new ErrorContext("read", null, null),
                "migration file " + file + " " + problem,
                "write migration files with Ormdantic, or restore the file from version control",
                cause);
    }
}
