package dev.ormdantic;

import com.zaxxer.hikari.HikariConfig;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.UnknownTableException;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.internal.connect.ApplicationDataSource;
import dev.ormdantic.internal.connect.ConnectionTarget;
import dev.ormdantic.internal.connect.DatabaseUrls;
import dev.ormdantic.internal.connect.DriverProfiles;
import dev.ormdantic.internal.connect.Options;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.exec.Database;
import dev.ormdantic.internal.replica.LagSql;
import dev.ormdantic.internal.replica.PositionSql;
import dev.ormdantic.internal.replica.ReplicaOptions;
import dev.ormdantic.internal.session.Sessions;
import dev.ormdantic.internal.tx.Transactions;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.session.Session;
import dev.ormdantic.support.GeneratedTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A database and the tables it manages: the entry point of Ormdantic.
 *
 * <pre>{@code
 * try (var db = Ormdantic.open("sqlite:app.sqlite3")) {
 *     db.init().join();
 *     var flavors = db.table(FlavorTable.TABLE);
 *     flavors.insert(new Flavor("vanilla", "Vanilla", 5)).join();
 * }
 * }</pre>
 *
 * <p>Its methods that talk to the database return futures; {@link #blocking()} is the same database with methods that
 * wait and return the value, or throw the {@link dev.ormdantic.error.OrmdanticException} itself. A future fails with
 * the exception itself, whether the failure came from the database or from a check before any I/O: see
 * {@link TableHandle} for what {@code get()}, {@code join()} and {@code exceptionally} see.
 *
 * <p>The tables are the generated {@code <Record>Table} classes listed in the table index the annotation processor
 * writes ({@code META-INF/services/dev.ormdantic.support.GeneratedTable}); no class path scanning. An instance owns a
 * connection pool and an executor, so open one per database and {@link #close()} it when done. It is thread-safe.
 *
 * <p>Opened from a URL, it connects through a HikariCP pool of its own ({@link Builder#hikari} adjusts its settings).
 * Opened on a {@code DataSource} the application already has ({@link #builder(DataSource, DialectId)}), it borrows
 * that {@code DataSource}'s connections, joins the application's transactions where the {@code DataSource} is
 * transaction-aware, and leaves it open when closed; docs/datasource.md has both, and Spring.
 *
 * @since 0.1.0
 */
public final class Ormdantic implements AutoCloseable {

    private final Database database;
    private final BlockingOrmdantic blocking;

    static {
        dev.ormdantic.internal.schema.Reflection.grant(db -> ((Ormdantic) db).database);
    }

    private Ormdantic(Database database) {
        this.database = database;
        this.blocking = new BlockingOrmdantic(this, database);
    }

    /**
     * The same database, with methods that wait for it and return the value or throw the exception itself; for code
     * that already runs on a virtual thread, and for scripts and tests.
     *
     * @return the blocking view
     * @since 0.1.0
     */
    public BlockingOrmdantic blocking() {
        return blocking;
    }

    /**
     * Opens a database with the default options, managing every indexed table. Supported URLs:
     *
     * <ul>
     *   <li>SQLite (embedded): {@code sqlite:app.sqlite3} (a file relative to the working directory),
     *       {@code sqlite:/abs/path.db}, {@code sqlite:///relative.db}, {@code sqlite::memory:},
     *       {@code jdbc:sqlite:...};
     *   <li>PostgreSQL: {@code postgresql://user:password@host:5432/app}, {@code jdbc:postgresql://...};
     *   <li>MySQL: {@code mysql://user:password@host:3306/app}, {@code jdbc:mysql://...};
     *   <li>MariaDB: {@code mariadb://user:password@host:3306/app}, {@code jdbc:mariadb://...};
     *   <li>SQL Server: {@code mssql://user:password@host:1433/app}, {@code jdbc:sqlserver://...};
     *   <li>Oracle: {@code oracle://user:password@host:1521/SERVICE}, {@code jdbc:oracle:thin:...}.
     * </ul>
     *
     * <p>Query parameters of a URL are passed to the driver (see {@code docs/drivers/}); the server drivers are not
     * bundled and must be on the class path. A password in the URL never appears in a message or log.
     *
     * @param url the database URL
     * @return the open database
     * @throws ConfigurationException when the URL is malformed or not supported
     * @throws ConnectionException when the database cannot be opened
     */
    public static Ormdantic open(String url) {
        return builder(url).open();
    }

    /**
     * Starts configuring a database; the URL is checked at once.
     *
     * @param url the database URL, as for {@link #open(String)}
     * @return the builder
     * @throws ConfigurationException when the URL is malformed or not supported
     */
    public static Builder builder(String url) {
        return new Builder(DatabaseUrls.parse(Objects.requireNonNull(url, "url")));
    }

    /**
     * Starts configuring a database that borrows its connections from a {@code DataSource} the application already
     * has (a Spring or Micronaut one, an application server's), instead of opening a pool of its own. Ormdantic never
     * closes it: {@link #close()} leaves it open for the application, which created it, to close.
     *
     * <p>{@link Builder#open()} borrows one connection first, and refuses a {@code DataSource} whose database is not of
     * the dialect given ({@code ORM2010}: the MySQL dialect is accepted on MariaDB) or whose connections Ormdantic
     * cannot use ({@code ORM2011}: auto-commit off, or SQLite without foreign keys enforced). What configures the pool
     * and its connections is the {@code DataSource}'s, so {@code poolSize}, {@code connectionTimeout},
     * {@code credentials}, {@code busyTimeout}, {@code sqliteJournalMode} and {@code hikari} fail with
     * {@code ORM2009}; the query timeout, the SQLite threads, the tables and the stream leak threshold apply as with a
     * URL. SQLite connections get Ormdantic's functions and {@code case_sensitive_like} the first time each is
     * borrowed.
     *
     * <p>A connection borrowed with auto-commit off is in a transaction the application runs (with Spring, a
     * {@code TransactionAwareDataSourceProxy} hands out the connection of the current transaction): Ormdantic's work
     * then joins that transaction and never commits or rolls it back, and an operation of several statements runs
     * inside a savepoint so that it applies whole or not at all. Only work on the calling thread can see a transaction
     * bound to it: use the {@link #blocking() blocking} API, which runs a server's work on the calling thread and
     * SQLite's on it too when the caller is a platform thread. The {@code DataSource}'s {@code toString()} is never
     * shown; messages name its class and the redacted URL from its connection's metadata.
     *
     * @param dataSource the application's data source; it must hand out auto-commit connections outside transactions
     * @param dialect the dialect of its database
     * @return the builder
     * @since 0.1.0
     */
    public static Builder builder(DataSource dataSource, DialectId dialect) {
        return new Builder(
                Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(dialect, "dialect"));
    }

    /**
     * Starts configuring a database on an application's {@code DataSource}, as {@link #builder(DataSource, DialectId)}
     * does, with the dialect read from the database itself: one connection is borrowed at once, its metadata's
     * product name and version read ({@code MariaDB} also when MySQL Connector/J names a MariaDB server
     * {@code MySQL}), and the connection given back. Declare the dialect instead to use the MySQL dialect on MariaDB.
     *
     * @param dataSource the application's data source; it must hand out auto-commit connections outside transactions
     * @return the builder
     * @throws ConfigurationException ({@code ORM2010}) when the database is not one Ormdantic supports
     * @throws ConnectionException when no connection can be borrowed
     * @since 0.1.0
     */
    public static Builder builder(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Builder(dataSource, Database.detectDialect(dataSource));
    }

    /**
     * The point this database's committed writes reached on the primary, to carry to a read elsewhere (another
     * request, another process) that must see them: pass it, or its {@link Causality#token() token} read back with
     * {@link Causality#of(String)}, to {@link TableHandle#after(Causality)}. It is recorded after each commit when the
     * database has replicas and read-your-writes consistency (the default); otherwise it is {@link Causality#none()}.
     * No statement runs.
     *
     * @return the point of the newest committed write, or none
     * @since 0.1.0
     */
    public Causality causality() {
        return database.causality();
    }

    /**
     * What this database knows of its read replicas, in the order they were configured: whether each is reachable,
     * its last measured lag and whether that is within {@link Builder#maxReplicaLag(Duration)}, and how many reads it
     * served. Empty without replicas. No statement runs.
     *
     * @return one status per replica
     * @since 0.1.0
     */
    public List<ReplicaStatus> replicaStatus() {
        return database.replicaStatus();
    }

    /**
     * Creates the tables (and their indexes) that do not exist yet, in index order; safe to call again. First checks
     * every managed table that already exists against its record (columns, type families, nullability, primary key;
     * see docs/schema.md, "Existing tables") and fails with {@code ORM2160}, listing every difference, before
     * anything is created when one differs.
     *
     * @return a future that completes when the tables exist, or fails with a {@link ConfigurationException}
     * @see BlockingOrmdantic#init()
     */
    public CompletableFuture<Void> init() {
        return async(Operation.INIT, database::init);
    }

    /**
     * Drops the managed tables that exist, in reverse index order. Meant for tests and tools: the data is gone.
     *
     * @return a future that completes when the tables are dropped
     * @see BlockingOrmdantic#dropAll()
     */
    public CompletableFuture<Void> dropAll() {
        return async(Operation.DROP_ALL, database::dropAll);
    }

    /**
     * Recomputes the rows of a materialized view ({@code @View(materialized = true)}), which otherwise holds the rows
     * of its creation. PostgreSQL runs {@code REFRESH MATERIALIZED VIEW}, Oracle {@code DBMS_MVIEW.REFRESH}.
     *
     * @param view the view, such as {@code DailyTotalTable.TABLE}
     * @param <T> the record type
     * @param <K> the key type
     * @return a future that completes when the view is fresh, or fails with {@code ORM2122} for a table or a plain
     *     view
     * @see BlockingOrmdantic#refresh(TableRef)
     */
    public <T extends Record, K> CompletableFuture<Void> refresh(TableRef<T, K> view) {
        Objects.requireNonNull(view, "view");
        return async(Operation.REFRESH, () -> database.refresh(view));
    }

    /** Runs a blocking database method on the workers; the future fails with exactly what it throws. */
    private CompletableFuture<Void> async(Operation operation, Runnable work) {
        return database.submit(database.call(operation), () -> {
            work.run();
            return null;
        });
    }

    /**
     * The asynchronous handle of a managed table.
     *
     * @param table the table, such as {@code FlavorTable.TABLE}
     * @param <T> the record type
     * @param <K> the primary key type
     * @return the handle
     * @throws UnknownTableException when this database does not manage the table; the message lists those it does
     * @throws ClosedException after {@link #close()}
     */
    public <T extends Record, K> TableHandle<T, K> table(TableRef<T, K> table) {
        return database.handle(Objects.requireNonNull(table, "table")).async();
    }

    /**
     * The blocking handle of a managed table, the same as {@code table(table).blocking()} and
     * {@code blocking().table(table)}.
     *
     * @param table the table, such as {@code FlavorTable.TABLE}
     * @param <T> the record type
     * @param <K> the primary key type
     * @return the handle
     * @throws UnknownTableException when this database does not manage the table
     */
    public <T extends Record, K> BlockingTableHandle<T, K> blockingTable(TableRef<T, K> table) {
        return database.handle(Objects.requireNonNull(table, "table"));
    }

    /**
     * A raw SQL statement, for what the table handles do not express: its methods return futures, and each call runs
     * on a pooled connection in auto-commit mode (a batch in a transaction of its own). Values are bound, one per
     * {@code ?}; see {@link SqlStatement}.
     *
     * <pre>{@code
     * CompletableFuture<Long> updated = db.sql("UPDATE flavor SET rating = ? WHERE rating < ?").bind(1, 0).execute();
     * }</pre>
     *
     * @param sql the SQL, with a {@code ?} for each value
     * @return the statement
     * @since 0.1.0
     */
    public SqlStatement sql(String sql) {
        return database.sql(Objects.requireNonNull(sql, "sql")).async();
    }

    /**
     * Runs work in a transaction with the default options, as {@link #transaction(TransactionOptions, Function)} does.
     *
     * @param work the callback, given the transaction; it may block
     * @param <R> its result type
     * @return a future of the callback's result, completed once the transaction has committed
     */
    public <R extends @Nullable Object> CompletableFuture<R> transaction(
            Function<? super Transaction, ? extends R> work) {
        return transaction(TransactionOptions.defaults(), work);
    }

    /**
     * Runs work in a transaction on a worker thread (a virtual thread, or a SQLite worker), where the callback may use
     * the transaction's blocking handles. The transaction owns one pooled connection from its begin to its end; when
     * the callback returns, it commits, runs the {@linkplain Transaction#afterCommit(Runnable) after-commit actions}
     * and completes the future with the callback's result; when the callback throws, it rolls back and the future fails
     * with that exception itself. With {@link TransactionOptions#retry(int)} the callback may run more than once, so
     * it must be safe to run again.
     *
     * <pre>{@code
     * CompletableFuture<Integer> rating = db.transaction(TransactionOptions.defaults(), tx -> {
     *     var flavors = tx.blockingTable(FlavorTable.TABLE);
     *     Flavor flavor = flavors.findOne("vanilla").orElseThrow();
     *     flavors.update(new Flavor(flavor.id(), flavor.name(), flavor.rating() + 1));
     *     return flavor.rating() + 1;
     * });
     * }</pre>
     *
     * <p>Cancelling the future, or the {@linkplain TransactionOptions#timeout(java.time.Duration) timeout} running out,
     * stops the running statement, interrupts the callback's thread and rolls back; the future fails at once with a
     * {@link java.util.concurrent.CancellationException} or {@code ORM2412}.
     *
     * @param options the options, such as {@code TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE)}
     * @param work the callback, given the transaction; it may block
     * @param <R> its result type
     * @return a future of the callback's result, completed once the transaction has committed; it fails with
     *     {@code ORM2007} for an option the database lacks, {@code ORM2405} when the connection broke during
     *     {@code COMMIT}, or what the callback threw
     */
    public <R extends @Nullable Object> CompletableFuture<R> transaction(
            TransactionOptions options, Function<? super Transaction, ? extends R> work) {
        return Transactions.submit(database, options, work);
    }

    /**
     * Runs work that returns nothing in a transaction with the default options, as
     * {@link #transaction(TransactionOptions, Function)} does.
     *
     * @param work the callback, given the transaction; it may block
     * @return a future that completes once the transaction has committed
     */
    public CompletableFuture<Void> inTransaction(Consumer<? super Transaction> work) {
        return inTransaction(TransactionOptions.defaults(), work);
    }

    /**
     * Runs work that returns nothing in a transaction, as {@link #transaction(TransactionOptions, Function)} does:
     * commit when it returns, rollback when it throws.
     *
     * @param options the options
     * @param work the callback, given the transaction; it may block
     * @return a future that completes once the transaction has committed
     */
    public CompletableFuture<Void> inTransaction(TransactionOptions options, Consumer<? super Transaction> work) {
        Objects.requireNonNull(work, "work");
        return Transactions.submit(database, options, tx -> {
                    work.accept(tx);
                    return Boolean.TRUE;
                })
                .thenApply(done -> null);
    }

    /**
     * Runs work that returns a future in a transaction: the callback composes the futures of the transaction's
     * {@linkplain Transaction#table(TableRef) handles} ({@code thenCompose} chains), and the transaction commits when
     * the future it returns completes, or rolls back when that future fails. The handles may be used from any thread;
     * their statements take turns on the transaction's connection.
     *
     * <pre>{@code
     * CompletableFuture<Boolean> updated = db.transactionAsync(TransactionOptions.defaults(), tx -> {
     *     var flavors = tx.table(FlavorTable.TABLE);
     *     return flavors.findOne("vanilla")
     *             .thenCompose(found -> flavors.update(new Flavor("vanilla", "Vanilla", found.orElseThrow().rating() + 1)));
     * });
     * }</pre>
     *
     * @param options the options
     * @param work the callback, given the transaction; it should not block
     * @param <R> its result type
     * @return a future of the result of the callback's future, completed once the transaction has committed
     */
    public <R extends @Nullable Object> CompletableFuture<R> transactionAsync(
            TransactionOptions options, Function<? super Transaction, ? extends CompletionStage<R>> work) {
        return Transactions.submitAsync(database, options, work);
    }

    /**
     * Runs work in a session with the default transaction options, as
     * {@link #session(TransactionOptions, Function)} does.
     *
     * @param work the callback, given the session; it may block
     * @param <R> its result type
     * @return a future of the callback's result, completed once the session has flushed and committed
     */
    public <R extends @Nullable Object> CompletableFuture<R> session(Function<? super Session, ? extends R> work) {
        return session(TransactionOptions.defaults(), work);
    }

    /**
     * Runs work in a session (a unit of work, see {@link Session}) on a worker thread: the session owns one
     * transaction; when the callback returns, the session flushes what it staged and the transaction commits; when it
     * throws, the transaction rolls back and the future fails with that exception itself. The session is closed
     * afterwards.
     *
     * <pre>{@code
     * CompletableFuture<Integer> rating = db.session(s -> {
     *     Flavor vanilla = s.get(FlavorTable.TABLE, "vanilla").orElseThrow();
     *     s.update(new Flavor(vanilla.id(), vanilla.name(), vanilla.rating() + 1));
     *     return vanilla.rating() + 1;
     * });
     * }</pre>
     *
     * @param options the transaction's options; with {@link TransactionOptions#retry(int)} the callback runs again,
     *     in a new session, after a conflict
     * @param work the callback, given the session; it may block
     * @param <R> its result type
     * @return a future of the callback's result, completed once the session has flushed and committed
     */
    public <R extends @Nullable Object> CompletableFuture<R> session(
            TransactionOptions options, Function<? super Session, ? extends R> work) {
        return Transactions.submit(database, options, Sessions.work(database, work));
    }

    /**
     * Runs work that returns nothing in a session with the default transaction options, as
     * {@link #session(TransactionOptions, Function)} does.
     *
     * @param work the callback, given the session; it may block
     * @return a future that completes once the session has flushed and committed
     */
    public CompletableFuture<Void> inSession(Consumer<? super Session> work) {
        Objects.requireNonNull(work, "work");
        return session(TransactionOptions.defaults(), s -> {
                    work.accept(s);
                    return Boolean.TRUE;
                })
                .thenApply(done -> null);
    }

    /**
     * The names of the managed tables, in creation order.
     *
     * @return the table names
     */
    public List<String> tableNames() {
        return database.tables().stream().map(GeneratedTable::name).toList();
    }

    /**
     * The dialect's name: {@code sqlite}, {@code postgresql}, ...
     *
     * @return the dialect name
     */
    public String dialect() {
        return database.dialect().name();
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return database.isClosed();
    }

    /** The engine behind this facade, for tests in this package. */
    Database database() {
        return database;
    }

    /**
     * Waits up to ten seconds for running calls to finish, then closes the pool and the executor. Later calls fail
     * with {@link ClosedException}. Closing twice does nothing. A {@code DataSource} given to
     * {@link #builder(DataSource, DialectId)} is not closed: it is the application's.
     */
    @Override
    public void close() {
        database.close();
    }

    @Override
    public String toString() {
        return "Ormdantic[" + database.displayUrl() + ", tables=" + tableNames() + (isClosed() ? ", closed]" : "]");
    }

    /**
     * The options of a database, each checked when set: a value out of range fails at once with a
     * {@link ConfigurationException} naming the setting and its range, and an option that does not apply to a database
     * opened on an application {@code DataSource} fails at once with {@code ORM2009}.
     */
    public static final class Builder {

        /** The largest pool size accepted. */
        public static final int MAX_POOL_SIZE = 1_000;

        /** The most SQLite executor threads accepted. */
        public static final int MAX_SQLITE_THREADS = 64;

        /** The journal modes SQLite knows, as {@code PRAGMA journal_mode} takes them. */
        public static final List<String> SQLITE_JOURNAL_MODES = DriverProfiles.SQLITE_JOURNAL_MODES;

        /** The default of {@link #streamLeakThreshold(Duration)}. */
        public static final Duration DEFAULT_STREAM_LEAK_THRESHOLD = Duration.ofMinutes(1);

        /** How long a replica that failed is left out, unless {@link #replicaHealthInterval} says otherwise. */
        public static final Duration DEFAULT_REPLICA_HEALTH_INTERVAL = Duration.ofSeconds(5);

        private static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);
        private static final Duration MAX_TIMEOUT = Duration.ofHours(1);
        private static final Duration MIN_QUERY_TIMEOUT = Duration.ofSeconds(1);
        private static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

        /** The URL's target; {@code null} for an application {@code DataSource}. */
        private @Nullable ConnectionTarget target;

        private final @Nullable DataSource dataSource;
        private final Dialect dialect;
        private final List<Consumer<? super HikariConfig>> poolSettings = new ArrayList<>();
        private @Nullable Integer poolSize;
        private @Nullable Integer sqliteThreads;
        private Duration connectionTimeout = Duration.ofSeconds(30);
        private Duration busyTimeout = Duration.ofSeconds(5);
        private Duration streamLeakThreshold = DEFAULT_STREAM_LEAK_THRESHOLD;
        private NPlusOne nPlusOne = NPlusOne.WARN;
        private @Nullable String sqliteJournalMode;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private final List<Class<?>> tables = new ArrayList<>();
        private final List<OrmdanticListener> listeners = new ArrayList<>();
        private ClassLoader classLoader;
        private final List<ReplicaOptions.Source> replicas = new ArrayList<>();
        private ReadConsistency readConsistency = ReadConsistency.READ_YOUR_WRITES;
        private Duration replicaHealthInterval = DEFAULT_REPLICA_HEALTH_INTERVAL;
        private @Nullable Duration maxReplicaLag;

        private Builder(ConnectionTarget target) {
            this(target, null, target.dialect());
        }

        private Builder(DataSource dataSource, DialectId dialect) {
            this(null, dataSource, Dialects.of(dialect));
        }

        private Builder(@Nullable ConnectionTarget target, @Nullable DataSource dataSource, Dialect dialect) {
            this.target = target;
            this.dataSource = dataSource;
            this.dialect = dialect;
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            this.classLoader = context != null ? context : Ormdantic.class.getClassLoader();
        }

        /**
         * Manages only these tables, created in this order (each after the tables it references, views last),
         * instead of every table in the index.
         *
         * @param tables the tables, such as {@code FlavorTable.TABLE}
         * @return this builder
         * @throws ConfigurationException when no table is given
         */
        public Builder tables(TableRef<?, ?>... tables) {
            return tables(Arrays.asList(tables));
        }

        /**
         * Manages only these tables, created in this order (each after the tables it references, views last),
         * instead of every table in the index.
         *
         * @param tables the tables, such as {@code FlavorTable.TABLE}
         * @return this builder
         * @throws ConfigurationException when the list is empty
         */
        public Builder tables(List<? extends TableRef<?, ?>> tables) {
            Objects.requireNonNull(tables, "tables");
            if (tables.isEmpty()) {
                throw outOfRange("tables", "no table", "at least one generated table");
            }
            for (int i = 0; i < tables.size(); i++) {
                this.tables.add(Objects.requireNonNull(tables.get(i), "tables[" + i + "]")
                        .getClass());
            }
            return this;
        }

        /**
         * The most connections the pool holds. Default: the number of SQLite executor threads for SQLite, 10 for a
         * server.
         *
         * @param size 1 to {@value #MAX_POOL_SIZE}
         * @return this builder
         * @throws ConfigurationException ({@code ORM2009}) with an application {@code DataSource}, which sizes its
         *     own pool
         */
        public Builder poolSize(int size) {
            requireUrl("poolSize", "set the pool size where the DataSource is configured (HikariCP: maximumPoolSize)");
            if (size < 1 || size > MAX_POOL_SIZE) {
                throw outOfRange("poolSize", String.valueOf(size), "between 1 and " + MAX_POOL_SIZE);
            }
            this.poolSize = size;
            return this;
        }

        /**
         * The platform threads that run SQLite's async calls and calls from virtual threads (a blocking call from a
         * platform thread runs on that thread; ignored for server databases, which run on virtual threads).
         * Default: the number of processors, at most 4, for a file; 1 for an in-memory database, which allows no
         * more.
         *
         * @param threads 1 to {@value #MAX_SQLITE_THREADS}
         * @return this builder
         */
        public Builder sqliteThreads(int threads) {
            if (threads < 1 || threads > MAX_SQLITE_THREADS) {
                throw outOfRange("sqliteThreads", String.valueOf(threads), "between 1 and " + MAX_SQLITE_THREADS);
            }
            this.sqliteThreads = threads;
            return this;
        }

        /**
         * How long a call waits for a free pooled connection before it fails, and how long opening a new connection
         * (connect and login) may take, so that {@link #open()} against an unreachable or hung server fails within it
         * too. Default: 30 seconds.
         *
         * @param timeout 250 ms to 1 hour
         * @return this builder
         * @throws ConfigurationException ({@code ORM2009}) with an application {@code DataSource}, whose pool and
         *     driver have their own timeouts
         */
        public Builder connectionTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            requireUrl(
                    "connectionTimeout",
                    "set how long a borrow waits where the DataSource is configured (HikariCP: connectionTimeout),"
                            + " and the driver's connect and login timeouts in its URL or properties");
            if (timeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
                throw outOfRange("connectionTimeout", timeout.toString(), "between 250 ms and 1 hour");
            }
            this.connectionTimeout = timeout;
            return this;
        }

        /**
         * How long SQLite waits for a lock held by another connection before it fails. Default: 5 seconds.
         *
         * @param timeout 0 to 1 hour
         * @return this builder
         * @throws ConfigurationException ({@code ORM2009}) with an application {@code DataSource}, which opens the
         *     connections
         */
        public Builder busyTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            requireUrl(
                    "busyTimeout",
                    "set it where the SQLite DataSource is configured: SQLiteConfig.setBusyTimeout(millis), or"
                            + " busy_timeout in its URL");
            if (timeout.isNegative() || timeout.compareTo(MAX_TIMEOUT) > 0) {
                throw outOfRange("busyTimeout", timeout.toString(), "between 0 and 1 hour");
            }
            this.busyTimeout = timeout;
            return this;
        }

        /**
         * How long a {@code stream(...)} may stay open before a WARNING on the {@code dev.ormdantic} logger says that it
         * still holds its pooled connection and where it was opened (the caller's stack), like HikariCP's
         * {@code leakDetectionThreshold}. A stream that is never closed keeps its connection for good; once every
         * connection is held so, each later call fails with {@code ORM2420}. Default: 1 minute; raise it for streams
         * that legitimately run longer (a large export).
         *
         * @param threshold 0 (no warning) or 1 second to 1 hour
         * @return this builder
         */
        public Builder streamLeakThreshold(Duration threshold) {
            Objects.requireNonNull(threshold, "threshold");
            if (!threshold.isZero()
                    && (threshold.compareTo(Duration.ofSeconds(1)) < 0 || threshold.compareTo(MAX_TIMEOUT) > 0)) {
                throw outOfRange("streamLeakThreshold", threshold.toString(), "0 (off) or between 1 second and 1 hour");
            }
            this.streamLeakThreshold = threshold;
            return this;
        }

        /**
         * SQLite's journal mode for a database file ({@code PRAGMA journal_mode}). Default: the URL's
         * {@code journal_mode} parameter ({@code sqlite:app.db?journal_mode=DELETE}), else {@code WAL}, in which
         * readers and the writer do not block each other. WAL is a property of the file: every program that opens it
         * afterwards sees WAL (with its {@code -wal} and {@code -shm} files) until a connection sets another mode, so
         * choose {@code DELETE} for a file other programs open that cannot use WAL (on a network file system, say).
         * Ignored for an in-memory database, whose journal is always in memory.
         *
         * @param mode one of {@link #SQLITE_JOURNAL_MODES}, in any case
         * @return this builder
         * @throws ConfigurationException for a server database, or when the URL names another mode; with an
         *     application {@code DataSource}, which opens the connections ({@code ORM2009})
         */
        public Builder sqliteJournalMode(String mode) {
            Objects.requireNonNull(mode, "mode");
            requireUrl(
                    "sqliteJournalMode",
                    "set it where the SQLite DataSource is configured: SQLiteConfig.setJournalMode(...), or"
                            + " journal_mode in its URL");
            String upper = mode.strip().toUpperCase(java.util.Locale.ROOT);
            if (!SQLITE_JOURNAL_MODES.contains(upper)) {
                throw outOfRange(
                        "sqliteJournalMode", "'" + mode + "'", "one of " + String.join(", ", SQLITE_JOURNAL_MODES));
            }
            if (dialect.id() != DialectId.SQLITE) {
                throw outOfRange(
                        "sqliteJournalMode",
                        "set for " + dialect.displayName(),
                        "left unset: only SQLite has a journal mode");
            }
            this.sqliteJournalMode = upper;
            return this;
        }

        /**
         * How long one statement on a database server may run: the database cancels a statement that runs longer
         * ({@code ORM2408}, nothing applied), and where the cancel cannot reach it (the network is gone) the driver's
         * socket timeout closes the connection one second later ({@code ORM2408} for a read, {@code ORM2405} for a
         * write whose outcome is then unknown). Rounded up to whole seconds, as JDBC counts them. A timeout set in the
         * URL ({@code socketTimeout}) wins over the one derived from this. Not applied to SQLite, whose waits are
         * bounded by {@link #busyTimeout}. Default: 30 seconds. With an application {@code DataSource}, the statement
         * timeout applies but the socket timeout is the {@code DataSource}'s to set (a driver property): without one,
         * a statement whose cancel cannot reach a dead server waits for the operating system to drop the connection.
         *
         * @param timeout 1 second to 1 hour
         * @return this builder
         */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.compareTo(MIN_QUERY_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
                throw outOfRange("queryTimeout", timeout.toString(), "between 1 second and 1 hour");
            }
            this.queryTimeout = timeout;
            return this;
        }

        /**
         * The user and password to log in with, instead of (or overriding) those in the URL, so that the password
         * need not be part of a URL string. The password is never shown in messages, logs or {@code toString()}.
         *
         * @param user the user name
         * @param password the password
         * @return this builder
         * @throws ConfigurationException for SQLite, which has no users; with an application {@code DataSource},
         *     which logs in itself ({@code ORM2009})
         */
        public Builder credentials(String user, String password) {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            ConnectionTarget url =
                    requireUrl("credentials", "set the user and password where the DataSource is configured");
            if (url.memory() || dialect.id() == DialectId.SQLITE) {
                throw outOfRange("credentials", "set for SQLite", "left unset: SQLite has no users or passwords");
            }
            this.target = url.withCredentials(user, password);
            return this;
        }

        /**
         * Adjusts the settings of the HikariCP pool Ormdantic opens for the URL: anything HikariCP offers that the
         * builder does not, such as metrics ({@code setMetricRegistry}), a {@code connectionInitSql}, the pool's
         * {@code minimumIdle}, {@code maxLifetime} or {@code leakDetectionThreshold}, or a driver property
         * ({@code addDataSourceProperty}, passed to the driver with the URL's own).
         *
         * <p>The adjustment runs when {@link #open()} builds the pool, after Ormdantic has set its own: the pool's
         * name, {@code autoCommit}, {@code maximumPoolSize} and {@code connectionTimeout} from the builder; for a
         * server the driver class, {@code validationTimeout}, {@code keepaliveTime} and the driver properties (the
         * URL's, the credentials, the connect and socket timeouts, the safe defaults of docs/drivers/); for SQLite
         * {@code minimumIdle} (the pool size), {@code maxLifetime} and {@code idleTimeout} of 0, and the driver
         * properties {@code foreign_keys}, {@code case_sensitive_like}, {@code busy_timeout},
         * {@code transaction_mode} and {@code journal_mode}. It sees those values and may change them, at its own
         * risk, except the settings derived from the URL and the builder: changing the JDBC URL, a data source or
         * data source class, the driver class, the user name or password (as settings or as the {@code user} and
         * {@code password} driver properties), {@code autoCommit}, {@code maximumPoolSize} or
         * {@code connectionTimeout} fails {@code open()} with {@code ORM2009} naming the builder option to use
         * instead, and an adjustment that throws (HikariCP refusing a value) fails it with {@code ORM2003}. The value
         * of a driver property with a secret-looking name ({@code sslpassword}) is hidden in messages like the URL's
         * password. Called again, the adjustments run in the order given.
         *
         * @param settings the adjustment, such as {@code config -> config.setMetricRegistry(registry)}
         * @return this builder
         * @throws ConfigurationException ({@code ORM2009}) with an application {@code DataSource}, whose pool is
         *     configured where it is made
         * @since 0.1.0
         */
        public Builder hikari(Consumer<? super HikariConfig> settings) {
            Objects.requireNonNull(settings, "settings");
            requireUrl(
                    "hikari",
                    "configure the application's pool where it is made; hikari(...) adjusts only the pool Ormdantic"
                            + " opens for a URL");
            poolSettings.add(settings);
            return this;
        }

        /**
         * The URL's target, or {@code ORM2009} for an option that an application {@code DataSource} sets itself.
         *
         * @param setting the option
         * @param instead where to set it instead
         */
        private ConnectionTarget requireUrl(String setting, String instead) {
            if (target != null) {
                return target;
            }
            throw new ConfigurationException(
                    ErrorCode.OPTION_NOT_APPLICABLE,
                    new ErrorContext(Operation.OPEN.method(), null, dialect.name()),
                    "option " + setting + " does not apply to a database opened on the application's "
                            + describeSource()
                            + ", which configures its own pool and connections",
                    instead,
                    null);
        }

        private String describeSource() {
            return dataSource != null
                    ? ApplicationDataSource.describe(dataSource)
                    : target != null ? target.displayUrl() : dialect.name();
        }

        /**
         * Registers a listener of this database's events: the lifecycle of writes, every statement, the records built
         * from rows and the steps of transactions (see {@link OrmdanticListener} and docs/events.md). Several may be
         * registered; they are called in the order of registration. Without any, no event is made.
         *
         * @param listener the listener
         * @return this builder
         * @since 0.1.0
         */
        public Builder listener(OrmdanticListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * What the database does when it sees the N+1 pattern: one relationship loaded lazily for one record at a time,
         * {@value NPlusOne#THRESHOLD} times in a row (see {@link NPlusOne}). Default: {@link NPlusOne#WARN}, a WARNING
         * once per relationship; {@link NPlusOne#FAIL} makes it an error, for tests.
         *
         * @param mode off, warn or fail
         * @return this builder
         * @since 0.1.0
         */
        public Builder nPlusOne(NPlusOne mode) {
            this.nPlusOne = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Adds a read replica by URL, in the same syntax as the primary's (see {@link Ormdantic#open(String)}) and of the
         * same database: Ormdantic opens a read-only HikariCP pool of its own for it, set up like the primary's (the
         * pool size, the timeouts and the {@code hikari(...)} adjustments apply to it too), except that a read waits at
         * most 2 seconds for one of its connections before it goes to the primary. The pool opens no connection until
         * the first read, so a replica that is down does not stop {@link #open()}.
         *
         * <p>With replicas, reads of rows outside a transaction ({@code findOne}, {@code findMany}, {@code findPage},
         * {@code count}, {@code stream}, {@code select}, relationship loading) run on a healthy replica, in turn when
         * there are several; writes, transactions, sessions, raw SQL ({@code db.sql}) and the schema calls run on the
         * primary. Call again to add more replicas. See docs/replicas.md.
         *
         * @param url the replica's URL
         * @return this builder
         * @throws ConfigurationException ({@code ORM2015}) on SQLite, which has no replicas, or for a URL of another
         *     database than the primary's; ({@code ORM2001}, {@code ORM2002}) for a malformed URL
         * @since 0.1.0
         */
        public Builder replica(String url) {
            Objects.requireNonNull(url, "url");
            refuseReplicasOnSqlite();
            ConnectionTarget replica = DatabaseUrls.parse(url);
            if (replica.dialect().id() != dialect.id()) {
                throw replicaRefused(
                        "the replica " + replica.displayUrl() + " is a "
                                + replica.dialect().name() + " database, but the primary is " + dialect.name(),
                        "give a replica of the primary's own database, in the URL syntax of " + dialect.name());
            }
            replicas.add(new ReplicaOptions.Url(replica));
            return this;
        }

        /**
         * Adds a read replica whose connections come from a {@code DataSource} of the application, which Ormdantic
         * borrows from and never closes. It must hand out auto-commit connections to a replica of the primary's
         * database; Ormdantic does not check that before the first read. Otherwise as {@link #replica(String)}.
         *
         * @param dataSource the replica's data source
         * @return this builder
         * @throws ConfigurationException ({@code ORM2015}) on SQLite, which has no replicas
         * @since 0.1.0
         */
        public Builder replica(DataSource dataSource) {
            Objects.requireNonNull(dataSource, "dataSource");
            refuseReplicasOnSqlite();
            replicas.add(new ReplicaOptions.Application(dataSource));
            return this;
        }

        /**
         * What a read on a replica may miss. Default: {@link ReadConsistency#READ_YOUR_WRITES}, which sends a read to
         * the primary while no replica is known to have replayed this database's newest committed write (by
         * replication position, on PostgreSQL and MariaDB); {@link ReadConsistency#EVENTUAL} reads whatever the
         * replica has. Without replicas it changes nothing.
         *
         * @param consistency the consistency
         * @return this builder
         * @since 0.1.0
         */
        public Builder readConsistency(ReadConsistency consistency) {
            this.readConsistency = Objects.requireNonNull(consistency, "consistency");
            return this;
        }

        /**
         * How long a replica whose connection failed is left out: its reads go to another replica, or to the primary,
         * and the first read after the interval tries it again. It is also how long one measurement of a replica's lag
         * holds under {@link #maxReplicaLag(Duration)}. Default {@link #DEFAULT_REPLICA_HEALTH_INTERVAL}.
         *
         * @param interval between 100 milliseconds and 1 hour
         * @return this builder
         * @throws ConfigurationException ({@code ORM2003}) when out of range
         * @since 0.1.0
         */
        public Builder replicaHealthInterval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.compareTo(Duration.ofMillis(100)) < 0 || interval.compareTo(MAX_TIMEOUT) > 0) {
                throw outOfRange("replicaHealthInterval", interval.toString(), "between 100 milliseconds and 1 hour");
            }
            this.replicaHealthInterval = interval;
            return this;
        }

        /**
         * How far behind its primary a replica may be to serve reads; a replica further behind serves none until it
         * catches up, and its reads go to another replica or to the primary. The lag is measured on a replica's
         * connection by the first read after each health interval ({@link #replicaHealthInterval}): on PostgreSQL the
         * age of the last transaction a standby replayed while it has more to replay, on MariaDB the largest
         * {@code Seconds_Behind_Master} (whole seconds; it needs the {@code SLAVE MONITOR} privilege). A replica
         * that cannot tell its lag serves no read. This bounds how stale an {@link ReadConsistency#EVENTUAL} read
         * may be, and keeps {@link ReadConsistency#READ_YOUR_WRITES} reads off a replica that would make them wait on
         * the primary anyway. Default: no limit. See docs/replicas.md, "Lag limit".
         *
         * @param maxLag between zero and 1 hour
         * @return this builder
         * @throws ConfigurationException ({@code ORM2003}) when out of range
         * @since 0.1.0
         */
        public Builder maxReplicaLag(Duration maxLag) {
            Objects.requireNonNull(maxLag, "maxLag");
            if (maxLag.isNegative() || maxLag.compareTo(MAX_TIMEOUT) > 0) {
                throw outOfRange("maxReplicaLag", maxLag.toString(), "between zero and 1 hour");
            }
            this.maxReplicaLag = maxLag;
            return this;
        }

        private void refuseReplicasOnSqlite() {
            if (dialect.id() == DialectId.SQLITE) {
                throw replicaRefused(
                        "SQLite has no read replicas: it is an embedded file that only this process reads and writes",
                        "leave out replica(...) for SQLite; read replicas need PostgreSQL, MariaDB, MySQL, SQL Server"
                                + " or Oracle");
            }
        }

        private ConfigurationException replicaRefused(String problem, String fix) {
            return new ConfigurationException(
                    ErrorCode.REPLICA_UNSUPPORTED,
                    new ErrorContext(Operation.OPEN.method(), null, dialect.name()),
                    problem,
                    fix,
                    null);
        }

        private ReplicaOptions replicaOptions() {
            if (!replicas.isEmpty()
                    && readConsistency == ReadConsistency.READ_YOUR_WRITES
                    && PositionSql.of(dialect.id()) == null) {
                throw replicaRefused(
                        "read-your-writes needs the primary's replication position, which Ormdantic reads on"
                                + " PostgreSQL and MariaDB only, not on " + dialect.name(),
                        "choose readConsistency(ReadConsistency.EVENTUAL), and read with onPrimary() where a read must"
                                + " see a write at once");
            }
            if (!replicas.isEmpty() && maxReplicaLag != null && LagSql.of(dialect.id()) == null) {
                throw replicaRefused(
                        "maxReplicaLag needs a replica's replication lag, which Ormdantic reads on PostgreSQL and"
                                + " MariaDB only, not on " + dialect.name(),
                        "leave out maxReplicaLag, and read with onPrimary() where a read must not be stale");
            }
            return new ReplicaOptions(replicas, readConsistency, replicaHealthInterval, maxReplicaLag);
        }

        /**
         * Where the table index is read from. Default: the thread's context class loader.
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Opens the database: loads the tables, opens the pool and its first connection, or, with an application
         * {@code DataSource}, borrows one of its connections to check it.
         *
         * @return the open database
         * @throws ConfigurationException when options contradict each other, a table is not indexed, or an application
         *     {@code DataSource} does not fit ({@code ORM2010}, {@code ORM2011})
         * @throws ConnectionException when the database cannot be opened
         */
        public Ormdantic open() {
            Options options = new Options(
                    poolSize,
                    sqliteThreads,
                    connectionTimeout,
                    busyTimeout,
                    queryTimeout,
                    tables,
                    classLoader,
                    streamLeakThreshold,
                    sqliteJournalMode,
                    poolSettings,
                    listeners,
                    nPlusOne);
            ReplicaOptions replicaOptions = replicaOptions();
            if (dataSource != null) {
                return new Ormdantic(Database.open(dataSource, dialect, options, replicaOptions));
            }
            return new Ormdantic(Database.open(requireUrl("url", "pass a URL"), options, replicaOptions));
        }

        private static ConfigurationException outOfRange(String setting, String value, String allowed) {
            return new ConfigurationException(
                    ErrorCode.OPTION_OUT_OF_RANGE,
                    new ErrorContext(Operation.OPEN.method(), null, null),
                    "option " + setting + " is " + value + ", but it must be " + allowed,
                    "set " + setting + " to a value " + allowed,
                    null);
        }

        @Override
        public String toString() {
            return "Ormdantic.Builder[" + describeSource() + "]";
        }
    }
}
