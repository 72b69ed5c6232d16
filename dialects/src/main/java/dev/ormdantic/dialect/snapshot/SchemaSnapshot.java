package dev.ormdantic.dialect.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole schema at one point in time: every table, sorted by schema then name, each with its rename hints. Two
 * snapshots of the same models are equal, and {@link SnapshotJson} writes equal snapshots as equal bytes.
 *
 * @param version the format version ({@link #FORMAT_VERSION})
 * @param tables the tables, sorted by schema then name, without duplicates
 * @since 0.1.0
 */
public record SchemaSnapshot(int version, List<TableSnapshot> tables) {

    /** The version of the snapshot format this release writes. */
    public static final int FORMAT_VERSION = 1;

    /** Orders tables by schema, then name. */
    static final Comparator<TableSnapshot> ORDER =
            Comparator.comparing(TableSnapshot::schema).thenComparing(TableSnapshot::name);

    /**
     * Sorts and copies the tables.
     *
     * @throws IllegalArgumentException when the version is unknown or two tables share schema and name
     */
    public SchemaSnapshot {
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("schema snapshot version " + version
                    + " is not supported; this release reads version " + FORMAT_VERSION);
        }
        List<TableSnapshot> sorted = new ArrayList<>(tables);
        sorted.sort(ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            if (ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                throw new IllegalArgumentException(
                        "two tables named " + sorted.get(i).qualifiedName() + " in one schema snapshot");
            }
        }
        tables = List.copyOf(sorted);
    }

    /**
     * A snapshot of the given tables.
     *
     * @param tables the tables, in any order
     * @return the snapshot
     */
    public static SchemaSnapshot of(Collection<TableSnapshot> tables) {
        return new SchemaSnapshot(FORMAT_VERSION, List.copyOf(tables));
    }

    /**
     * The snapshot of an empty database.
     *
     * @return a snapshot without tables
     */
    public static SchemaSnapshot empty() {
        return of(List.of());
    }

    /**
     * The table with the given schema and name.
     *
     * @param schema the schema, or the empty string
     * @param name the table name
     * @return the table, or empty
     */
    public Optional<TableSnapshot> table(String schema, String name) {
        return tables.stream()
                .filter(t -> t.schema().equals(schema) && t.name().equals(name))
                .findFirst();
    }

    /**
     * This snapshot with the tables of another added, a table of the other replacing one of the same schema and name;
     * the processor uses it to keep the tables of an earlier incremental compilation.
     *
     * @param other the newer tables
     * @return the merged snapshot
     */
    public SchemaSnapshot merge(SchemaSnapshot other) {
        TreeMap<String, TableSnapshot> merged = new TreeMap<>();
        for (TableSnapshot table : tables) {
            merged.put(table.schema() + "\0" + table.name(), table);
        }
        for (TableSnapshot table : other.tables) {
            merged.put(table.schema() + "\0" + table.name(), table);
        }
        return of(merged.values());
    }
}
