package dev.ormdantic.migrations.reflect;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.reflect.LiveColumn;
import dev.ormdantic.dialect.reflect.LiveEnum;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveSequence;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.schema.Reflection;
import dev.ormdantic.migrations.MigrationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the schema of a live database: its tables and views with their columns (types mapped back to the logical
 * kinds), primary keys, indexes, unique constraints, checks and foreign keys, and its enum types and sequences.
 *
 * <pre>{@code
 * Inspector inspector = Inspector.of(db).include("flavor*").exclude("flavor_archive");
 * List<String> names = inspector.tableNames().join();
 * DriftReport drift = inspector.drift().join();
 * }</pre>
 *
 * <p>Every call is asynchronous and runs on the database's own pool and workers, bounded by its connection and query
 * timeouts. The first call reads the schema with a few catalog queries; later calls answer from that read until
 * {@link #invalidate()} is called or a call passes {@code refresh = true}, so a table created by hand afterwards is
 * not seen before then. An inspector is safe to share between threads; {@link #include}, {@link #exclude} and
 * {@link #schema} return a new inspector with a cache of its own.
 *
 * @since 0.1.0
 */
public final class Inspector {

    /** The migration history table, which no model declares and drift does not report. */
    static final String HISTORY_TABLE = "ormdantic_migrations";

    private final Ormdantic db;
    private final String schema;
    private final List<Pattern> includes;
    private final List<Pattern> excludes;
    private final AtomicReference<@Nullable CompletableFuture<LiveSchema>> cache = new AtomicReference<>();

    private Inspector(Ormdantic db, String schema, List<Pattern> includes, List<Pattern> excludes) {
        this.db = Objects.requireNonNull(db, "db");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
    }

    /**
     * An inspector of the connection's own schema, over every table.
     *
     * @param db an open database
     * @return the inspector
     */
    public static Inspector of(Ormdantic db) {
        return new Inspector(db, "", List.of(), List.of());
    }

    /**
     * An inspector of another schema (a PostgreSQL or SQL Server schema, a MySQL or MariaDB database, an Oracle user,
     * an attached SQLite database).
     *
     * @param name the schema, or the empty string for the connection's own
     * @return a new inspector
     */
    public Inspector schema(String name) {
        return new Inspector(db, name, includes, excludes);
    }

    /**
     * An inspector that reads only the tables whose name matches one of the patterns ({@code *} any run of
     * characters, {@code ?} one character, case sensitive); called again, it adds patterns.
     *
     * @param patterns glob patterns over table names
     * @return a new inspector
     */
    public Inspector include(String... patterns) {
        return new Inspector(db, schema, concat(includes, patterns), excludes);
    }

    /**
     * An inspector that leaves out the tables whose name matches one of the patterns.
     *
     * @param patterns glob patterns over table names
     * @return a new inspector
     */
    public Inspector exclude(String... patterns) {
        return new Inspector(db, schema, includes, concat(excludes, patterns));
    }

    /**
     * Forgets the cached read: the next call reads the database again.
     */
    public void invalidate() {
        cache.set(null);
    }

    /**
     * The schema, from the cache when there is one.
     *
     * @return the tables (after the patterns), enums and sequences
     */
    public CompletableFuture<LiveSchema> read() {
        return read(false);
    }

    /**
     * The schema.
     *
     * @param refresh whether to read the database again rather than answer from the cache
     * @return the tables (after the patterns), enums and sequences
     */
    public CompletableFuture<LiveSchema> read(boolean refresh) {
        CompletableFuture<LiveSchema> current = cache.get();
        if (refresh || current == null || current.isCompletedExceptionally()) {
            CompletableFuture<LiveSchema> fresh = Reflection.read(db, schema).thenApply(this::filter);
            cache.set(fresh);
            current = fresh;
        }
        return current;
    }

    /**
     * The names of the tables and views, sorted.
     *
     * @return the names
     */
    public CompletableFuture<List<String>> tableNames() {
        return read().thenApply(live ->
                live.tables().stream().map(LiveTable::name).sorted().toList());
    }

    /**
     * The tables and views, by name.
     *
     * @return the tables
     */
    public CompletableFuture<List<LiveTable>> tables() {
        return read().thenApply(LiveSchema::tables);
    }

    /**
     * One table or view.
     *
     * @param name its name (the exact name, else the only one that differs in case)
     * @return the table; fails with {@link MigrationException} ({@code ORM2770}) when there is none
     */
    public CompletableFuture<LiveTable> table(String name) {
        return read().thenApply(live -> {
            LiveTable table = live.table(name);
            if (table == null) {
                throw notFound(live, name);
            }
            return table;
        });
    }

    /**
     * The columns of a table, in table order.
     *
     * @param name the table name
     * @return the columns
     */
    public CompletableFuture<List<LiveColumn>> columns(String name) {
        return part(name, LiveTable::columns);
    }

    /**
     * The secondary indexes of a table.
     *
     * @param name the table name
     * @return the indexes
     */
    public CompletableFuture<List<IndexSpec>> indexes(String name) {
        return part(name, LiveTable::indexes);
    }

    /**
     * The unique constraints of a table.
     *
     * @param name the table name
     * @return the unique constraints
     */
    public CompletableFuture<List<UniqueSpec>> uniques(String name) {
        return part(name, LiveTable::uniques);
    }

    /**
     * The foreign keys of a table, with their actions.
     *
     * @param name the table name
     * @return the foreign keys
     */
    public CompletableFuture<List<ForeignKeySpec>> foreignKeys(String name) {
        return part(name, LiveTable::foreignKeys);
    }

    /**
     * The check constraints of a table, each with its condition as the database reports it.
     *
     * @param name the table name
     * @return the checks
     */
    public CompletableFuture<List<CheckSpec.Sql>> checks(String name) {
        return part(name, LiveTable::checks);
    }

    /**
     * The native enum types (PostgreSQL; empty elsewhere).
     *
     * @return the enum types
     */
    public CompletableFuture<List<LiveEnum>> enums() {
        return read().thenApply(LiveSchema::enums);
    }

    /**
     * The sequences (PostgreSQL, MariaDB, SQL Server, Oracle; empty elsewhere), without those an identity column owns.
     *
     * @return the sequences
     */
    public CompletableFuture<List<LiveSequence>> sequences() {
        return read().thenApply(LiveSchema::sequences);
    }

    /**
     * The views, plain and materialized, with their queries as the database reports them.
     *
     * @return the views
     */
    public CompletableFuture<List<LiveTable>> views() {
        return read().thenApply(
                        live -> live.tables().stream().filter(LiveTable::isView).toList());
    }

    /**
     * Compares the database with the models of the managed tables (those of this inspector's schema that pass its
     * patterns), normalized per dialect. Reads the database again first: drift is about now.
     *
     * @return the drift report; empty when the database matches the models
     */
    public CompletableFuture<DriftReport> drift() {
        return read(true).thenApply(live -> Drift.compare(Reflection.dialect(db), modelsOfThisScope(), live));
    }

    /**
     * Compares a schema already read ({@link #read(boolean)}) with the tables of a snapshot instead of the managed
     * tables: the same comparison as {@link #drift()}, for a tool (the schema studio) that draws the schema it read
     * and must mark the drift of that very read. The snapshot's tables of this inspector's schema that pass its
     * patterns are the models.
     *
     * @param models the snapshot, such as {@code Snapshots.fromClasspath(loader)}
     * @param live the schema as read by this inspector
     * @return the drift report; empty when the database matches the snapshot
     */
    public DriftReport compare(dev.ormdantic.dialect.snapshot.SchemaSnapshot models, LiveSchema live) {
        List<dev.ormdantic.dialect.schema.TableSpec> specs = models.tables().stream()
                .map(dev.ormdantic.dialect.snapshot.TableSnapshot::table)
                .filter(spec -> spec.schema().equalsIgnoreCase(schema))
                .filter(spec -> wanted(spec.name()))
                .toList();
        return Drift.compare(Reflection.dialect(db), specs, filter(live));
    }

    private List<dev.ormdantic.dialect.schema.TableSpec> modelsOfThisScope() {
        return Reflection.models(db).stream()
                .filter(spec -> spec.schema().equalsIgnoreCase(schema))
                .filter(spec -> wanted(spec.name()))
                .toList();
    }

    /**
     * The dialect of the database, as in {@link Ormdantic#dialect()}.
     *
     * @return the dialect's name
     */
    public String dialect() {
        return db.dialect();
    }

    private <T> CompletableFuture<T> part(String name, Function<LiveTable, T> part) {
        return table(name).thenApply(part);
    }

    private MigrationException notFound(LiveSchema live, String name) {
        List<String> names = live.tables().stream().map(LiveTable::name).toList();
        return new MigrationException(
                ErrorCode.REFLECTED_TABLE_NOT_FOUND,
                new ErrorContext("inspect", name, db.dialect()),
                "inspect: reflected table '" + name + "' was not found in "
                        + (schema.isEmpty() ? "the connection's schema" : "schema '" + schema + "'")
                        + "; it has " + (names.isEmpty() ? "no tables" : names),
                "check the name and the schema (and the include/exclude patterns); a table created after the first"
                        + " read appears after invalidate() or read(true)",
                null);
    }

    private LiveSchema filter(LiveSchema live) {
        return new LiveSchema(
                live.tables().stream().filter(t -> wanted(t.name())).toList(), live.enums(), live.sequences());
    }

    boolean wanted(String name) {
        boolean included = includes.isEmpty()
                || includes.stream().anyMatch(p -> p.matcher(name).matches());
        return included && excludes.stream().noneMatch(p -> p.matcher(name).matches());
    }

    private static List<Pattern> concat(List<Pattern> patterns, String... more) {
        List<Pattern> all = new ArrayList<>(patterns);
        for (String glob : more) {
            all.add(glob(glob));
        }
        return all;
    }

    /** A glob as a regular expression: {@code *} and {@code ?} are wildcards, everything else is literal. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
