package dev.ormdantic.migrations.file;

import dev.ormdantic.dialect.DialectId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One migration: a revision, what it does, when it was written, the revisions it needs first, its statements per
 * dialect, whether those lose data and what the reviewer allowed, the schema snapshots it goes from and to (JSON
 * documents kept as opaque text), and free metadata. {@link MigrationFiles} writes it as files and reads it back
 * unchanged; build one with {@link #builder(String, String)}.
 *
 * <p>Migrations of a directory are ordered by revision, compared as text: pad numbers ({@code 0001}, {@code 0002})
 * or use timestamps ({@code 20261206_1200}).
 *
 * @param revision the revision: letters, digits, {@code _} and {@code -}, starting with a letter or digit, without
 *     {@code __}
 * @param description what it does, one line
 * @param createdAt when it was written, to the second
 * @param dependsOn the revisions that must be applied first
 * @param scripts the statements per dialect, in dialect order
 * @param destructive whether the up statements drop or delete data
 * @param destructiveRollback whether the down statements drop or delete data
 * @param allowances what the reviewer allowed, with reasons
 * @param fromSnapshot the schema snapshot the migration starts from, or {@code null}
 * @param toSnapshot the schema snapshot it leads to, or {@code null}
 * @param metadata free metadata, sorted by key
 * @since 0.1.0
 */
public record Migration(
        String revision,
        String description,
        Instant createdAt,
        List<String> dependsOn,
        Map<DialectId, Script> scripts,
        boolean destructive,
        boolean destructiveRollback,
        List<Allowance> allowances,
        @Nullable String fromSnapshot,
        @Nullable String toSnapshot,
        Map<String, String> metadata) {

    private static final Pattern REVISION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    /**
     * Creates a migration; prefer {@link #builder(String, String)}.
     *
     * @param revision the revision
     * @param description what it does, one line
     * @param createdAt when it was written (truncated to the second)
     * @param dependsOn the revisions that must be applied first
     * @param scripts the statements per dialect
     * @param destructive whether the up statements drop or delete data
     * @param destructiveRollback whether the down statements drop or delete data
     * @param allowances what the reviewer allowed
     * @param fromSnapshot the schema snapshot it starts from, or {@code null}
     * @param toSnapshot the schema snapshot it leads to, or {@code null}
     * @param metadata free metadata
     */
    public Migration {
        Objects.requireNonNull(revision, "revision");
        if (!validRevision(revision)) {
            throw new IllegalArgumentException("revision '" + revision + "' must be letters, digits, _ and -,"
                    + " start with a letter or digit, and hold no __");
        }
        Objects.requireNonNull(description, "description");
        if (description.contains("\n") || description.contains("\r")) {
            throw new IllegalArgumentException("the description of " + revision + " must be one line");
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.SECONDS);
        dependsOn = List.copyOf(dependsOn);
        EnumMap<DialectId, Script> ordered = new EnumMap<>(DialectId.class);
        ordered.putAll(scripts);
        scripts = Collections.unmodifiableMap(ordered);
        allowances = List.copyOf(allowances);
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    /**
     * Whether a text is a valid revision.
     *
     * @param revision the text
     * @return whether it is letters, digits, {@code _} and {@code -}, starts with a letter or digit, and holds no
     *     {@code __}
     */
    public static boolean validRevision(String revision) {
        return REVISION.matcher(revision).matches() && !revision.contains("__");
    }

    /**
     * Starts a migration.
     *
     * @param revision the revision, such as {@code 0001}
     * @param description what it does, one line
     * @return the builder
     */
    public static Builder builder(String revision, String description) {
        return new Builder(revision, description);
    }

    /**
     * The statements for a dialect.
     *
     * @param dialect the dialect
     * @return its script, or empty when the migration has none for it
     */
    public Optional<Script> script(DialectId dialect) {
        return Optional.ofNullable(scripts.get(dialect));
    }

    /**
     * The checksum of the statements for a dialect, as recorded in the manifest and the history table.
     *
     * @param dialect the dialect
     * @return 64 lower-case hex digits, or empty when the migration has no statements for the dialect
     */
    public Optional<String> checksum(DialectId dialect) {
        return script(dialect).map(Script::checksum);
    }

    /**
     * Whether the reviewer allowed something.
     *
     * @param kind what
     * @return whether an allowance of that kind is recorded
     */
    public boolean allows(Allowance.Kind kind) {
        return allowances.stream().anyMatch(allowance -> allowance.kind() == kind);
    }

    /**
     * The start of every file name of this migration: the revision, {@code __}, and the description in lower case
     * with every run of other characters than letters and digits turned into one {@code _} (at most 60 of them).
     *
     * @return the file stem, such as {@code 0001__add_rating}
     */
    public String stem() {
        String slug = description
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("_+$", "");
        }
        return slug.isEmpty() ? revision : revision + "__" + slug;
    }

    /** Builds a {@link Migration}; whether it is destructive is read from its statements unless set. */
    public static final class Builder {
        private final String revision;
        private final String description;
        private Instant createdAt = Instant.now();
        private final List<String> dependsOn = new ArrayList<>();
        private final Map<DialectId, List<String>> up = new EnumMap<>(DialectId.class);
        private final Map<DialectId, List<String>> down = new EnumMap<>(DialectId.class);
        private @Nullable Boolean destructive;
        private @Nullable Boolean destructiveRollback;
        private final List<Allowance> allowances = new ArrayList<>();
        private @Nullable String fromSnapshot;
        private @Nullable String toSnapshot;
        private final Map<String, String> metadata = new TreeMap<>();

        private Builder(String revision, String description) {
            this.revision = revision;
            this.description = description;
        }

        /**
         * When the migration was written (default: now).
         *
         * @param instant the time, truncated to the second
         * @return this builder
         */
        public Builder createdAt(Instant instant) {
            this.createdAt = instant;
            return this;
        }

        /**
         * Adds revisions that must be applied first.
         *
         * @param revisions the revisions
         * @return this builder
         */
        public Builder dependsOn(String... revisions) {
            dependsOn.addAll(List.of(revisions));
            return this;
        }

        /**
         * Sets the up statements for a dialect.
         *
         * @param dialect the dialect
         * @param statements the statements, in order
         * @return this builder
         */
        public Builder up(DialectId dialect, List<String> statements) {
            up.put(dialect, List.copyOf(statements));
            return this;
        }

        /**
         * Sets the down statements for a dialect.
         *
         * @param dialect the dialect
         * @param statements the statements, in order
         * @return this builder
         */
        public Builder down(DialectId dialect, List<String> statements) {
            down.put(dialect, List.copyOf(statements));
            return this;
        }

        /**
         * Says whether the up statements lose data, overriding what is read from them (a planner knows better than
         * a pattern: a SQLite table rebuild drops a table after copying its rows).
         *
         * @param value whether they do
         * @return this builder
         */
        public Builder destructive(boolean value) {
            this.destructive = value;
            return this;
        }

        /**
         * Says whether the down statements lose data, overriding what is read from them.
         *
         * @param value whether they do
         * @return this builder
         */
        public Builder destructiveRollback(boolean value) {
            this.destructiveRollback = value;
            return this;
        }

        /**
         * Records an allowance.
         *
         * @param allowance what the reviewer allowed, and why
         * @return this builder
         */
        public Builder allow(Allowance allowance) {
            allowances.add(allowance);
            return this;
        }

        /**
         * Sets the schema snapshots the migration goes from and to.
         *
         * @param from the snapshot document it starts from, or {@code null}
         * @param to the snapshot document it leads to, or {@code null}
         * @return this builder
         */
        public Builder snapshots(@Nullable String from, @Nullable String to) {
            this.fromSnapshot = from;
            this.toSnapshot = to;
            return this;
        }

        /**
         * Adds a metadata entry.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder metadata(String key, String value) {
            metadata.put(key, value);
            return this;
        }

        /**
         * Builds the migration.
         *
         * @return the migration
         */
        public Migration build() {
            Map<DialectId, Script> scripts = new EnumMap<>(DialectId.class);
            for (DialectId dialect : DialectId.values()) {
                List<String> upStatements = up.get(dialect);
                List<String> downStatements = down.get(dialect);
                if (upStatements != null || downStatements != null) {
                    scripts.put(
                            dialect,
                            new Script(
                                    upStatements == null ? List.of() : upStatements,
                                    downStatements == null ? List.of() : downStatements));
                }
            }
            boolean upLoses = destructive != null
                    ? destructive
                    : scripts.values().stream().anyMatch(script -> Statements.destructive(script.up()));
            boolean downLoses = destructiveRollback != null
                    ? destructiveRollback
                    : scripts.values().stream().anyMatch(script -> Statements.destructive(script.down()));
            return new Migration(
                    revision,
                    description,
                    createdAt,
                    dependsOn,
                    scripts,
                    upLoses,
                    downLoses,
                    allowances,
                    fromSnapshot,
                    toSnapshot,
                    metadata);
        }
    }
}
