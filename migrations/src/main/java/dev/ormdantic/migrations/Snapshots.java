package dev.ormdantic.migrations;

import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.SnapshotJson;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.support.GeneratedTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where schema snapshots come from: the files the annotation processor wrote ({@value #RESOURCE}), or the generated
 * tables themselves.
 *
 * @since 0.1.0
 */
public final class Snapshots {

    /** The class-path resource the annotation processor writes, one per compiled module or jar. */
    public static final String RESOURCE = "META-INF/ormdantic/schema.json";

    private Snapshots() {}

    /**
     * The snapshot of every table in every {@value #RESOURCE} on a class path, with the {@code @RenamedFrom} hints the
     * processor recorded. Use it for diffs: {@link #fromModels} has no rename hints.
     *
     * @param loader the class loader whose resources to read
     * @return the merged snapshot
     * @throws MigrationException with {@link ErrorCode#SNAPSHOT_INVALID} when a file cannot be read or two files
     *     define one table differently
     */
    public static SchemaSnapshot fromClasspath(ClassLoader loader) {
        Map<String, TableSnapshot> tables = new LinkedHashMap<>();
        Map<String, URL> origins = new LinkedHashMap<>();
        List<URL> urls;
        try {
            urls = Collections.list(loader.getResources(RESOURCE));
        } catch (IOException e) {
            throw invalid("the class path's " + RESOURCE + " files cannot be listed: " + e.getMessage(), e);
        }
        for (URL url : urls) {
            for (TableSnapshot table : read(url).tables()) {
                TableSnapshot other = tables.putIfAbsent(table.qualifiedName(), table);
                if (other != null && !other.equals(table)) {
                    throw invalid(
                            "table " + table.qualifiedName() + " is defined differently in "
                                    + origins.get(table.qualifiedName())
                                    + " and " + url + "; compile the model once, or remove the stale jar",
                            null);
                }
                origins.putIfAbsent(table.qualifiedName(), url);
            }
        }
        return SchemaSnapshot.of(tables.values());
    }

    /**
     * The snapshot of the given generated tables, without rename hints (they are in {@value #RESOURCE} only).
     *
     * @param tables the tables, such as {@code List.of(AuthorTable.TABLE, BookTable.TABLE)}
     * @return the snapshot
     */
    public static SchemaSnapshot fromModels(Iterable<? extends GeneratedTable<?, ?>> tables) {
        List<TableSnapshot> snapshots = new ArrayList<>();
        for (GeneratedTable<?, ?> table : tables) {
            snapshots.add(new TableSnapshot(table.spec()));
        }
        return SchemaSnapshot.of(snapshots);
    }

    /**
     * Reads a snapshot from its JSON text.
     *
     * @param json the text {@link SnapshotJson#write} wrote
     * @return the snapshot
     * @throws MigrationException with {@link ErrorCode#SNAPSHOT_INVALID} naming the field, when it is not a snapshot
     */
    public static SchemaSnapshot parse(String json) {
        try {
            return SnapshotJson.read(json);
        } catch (IllegalArgumentException e) {
            throw invalid(String.valueOf(e.getMessage()), e);
        }
    }

    private static SchemaSnapshot read(URL url) {
        try (InputStream in = url.openStream()) {
            return SnapshotJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw invalid(url + " cannot be read: " + e.getMessage(), new UncheckedIOException(e));
        } catch (IllegalArgumentException e) {
            throw invalid(url + ": " + e.getMessage(), e);
        }
    }

    private static MigrationException invalid(String problem, @Nullable Throwable cause) {
        return new MigrationException(
                ErrorCode.SNAPSHOT_INVALID,
                new ErrorContext("snapshot", null, null),
                problem,
                "rebuild the project so that the annotation processor writes " + RESOURCE + " again",
                cause);
    }
}
