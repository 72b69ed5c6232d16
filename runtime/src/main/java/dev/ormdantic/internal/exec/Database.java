package dev.ormdantic.internal.exec;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.Causality;
import dev.ormdantic.ReplicaStatus;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.ViewSpec;
import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.error.UnknownTableException;
import dev.ormdantic.internal.connect.ApplicationDataSource;
import dev.ormdantic.internal.connect.ConnectionSource;
import dev.ormdantic.internal.connect.ConnectionTarget;
import dev.ormdantic.internal.connect.DriverProfile;
import dev.ormdantic.internal.connect.DriverProfiles;
import dev.ormdantic.internal.connect.JoinedConnection;
import dev.ormdantic.internal.connect.Options;
import dev.ormdantic.internal.connect.OwnedPool;
import dev.ormdantic.internal.connect.PoolSettings;
import dev.ormdantic.internal.connect.ServerDataSource;
import dev.ormdantic.internal.connect.SessionCheck;
import dev.ormdantic.internal.connect.Timeouts;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.ConnectionAdvice;
import dev.ormdantic.internal.error.ConnectionLoss;
import dev.ormdantic.internal.error.ErrorTranslator;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.error.Redactor;
import dev.ormdantic.internal.error.SentStatement;
import dev.ormdantic.internal.error.SqlErrorKind;
import dev.ormdantic.internal.jdbc.SqlFailure;
import dev.ormdantic.internal.jdbc.ValueCodec;
import dev.ormdantic.internal.observe.Listeners;
import dev.ormdantic.internal.observe.Probe;
import dev.ormdantic.internal.replica.LagSql;
import dev.ormdantic.internal.replica.Position;
import dev.ormdantic.internal.replica.PositionSql;
import dev.ormdantic.internal.replica.PositionTokens;
import dev.ormdantic.internal.replica.Replica;
import dev.ormdantic.internal.replica.ReplicaOptions;
import dev.ormdantic.internal.replica.ReplicaSet;
import dev.ormdantic.internal.schema.SchemaCheck;
import dev.ormdantic.internal.schema.SchemaOrder;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.support.GeneratedTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * An open database: the pool, the workers, the table handles and the rules for running SQL on them. Everything the
 * public {@code Ormdantic} facade does, it does here.
 *
 * <p>Single statements run on an auto-commit connection; work of several statements runs in
 * {@link #inTransaction}, which commits on return and rolls back on any exception.
 */
public final class Database implements AutoCloseable, Scope, dev.ormdantic.internal.schema.CatalogAccess {

    private static final System.Logger LOG = System.getLogger("dev.ormdantic");
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);
    /** Kept platform threads for an application's pool whose size cannot be read: HikariCP's default size. */
    private static final int UNKNOWN_POOL_THREADS = 10;
    /** How long an idle kept platform thread lives. */
    private static final Duration IDLE_THREAD_KEPT = Duration.ofSeconds(60);

    /**
     * Work on a connection, which may throw the driver's exception.
     *
     * @param <R> the result of the work
     */
    @FunctionalInterface
    public interface SqlWork<R> {
        /**
         * Does the work.
         *
         * @param connection the connection
         * @return the result
         * @throws SQLException from the driver
         */
        R run(Connection connection) throws SQLException;
    }

    /**
     * A step that talks to the database once a statement is in the driver's hands.
     *
     * @param <R> the result of the step
     */
    @FunctionalInterface
    public interface SqlStep<R> {
        /**
         * Runs the step.
         *
         * @return the result
         * @throws SQLException from the driver
         */
        R run() throws SQLException;
    }

    /** What runs on the schema call's connection before its first statement: {@code init()}'s schema check. */
    @FunctionalInterface
    private interface SchemaPrecheck {
        void run(Connection connection) throws SQLException;
    }

    private final ConnectionTarget target;
    private final DriverProfile profile;
    private final ErrorTranslator errors;
    private final Redactor redactor;
    /** Ormdantic's own pool, or the application's {@code DataSource}. */
    private final ConnectionSource pool;

    private final Workers workers;
    private final @Nullable Connection anchor;
    private final OpenStreams openStreams;
    private final NPlusOneWatch nPlusOne;
    /**
     * The JDBC query timeout of every statement, 0 for none: SQLite, where it would reset the busy timeout, and MariaDB,
     * whose connections bound every statement on the server ({@link DriverProfile#timesEachStatement()}).
     */
    private final int queryTimeoutSeconds;
    /** SQLite's statements kept per connection; {@code null} for the servers, whose drivers keep their own. */
    private final @Nullable StatementCache statements;
    /**
     * Whether connections come from the application's {@code DataSource}, where one may join the application's
     * transaction ({@link JoinedConnection}): its statements must go through it, never through the cache's unwrapped
     * connection, or its savepoints would be skipped.
     */
    private final boolean applicationConnections;
    /** The watchdog that keeps the query timeout where the driver's own costs too much per statement, or null. */
    private final @Nullable StatementDeadlines deadlines;

    private final List<GeneratedTable<?, ?>> tables;
    /** Reports statements and transaction steps to the listeners, the SQL log and the Flight Recorder. */
    private final Probe probe;
    /** Made on first use: a table this dialect cannot render fails its {@code table(...)} call, not the open. */
    private final Map<Class<?>, JdbcTableHandle<?, ?>> handles = new ConcurrentHashMap<>();

    /** The joined-loading statements rendered per shape (root table, filter shape, order, page, loaders). */
    private final RenderCache joinedStatements = new RenderCache();

    private final AtomicBoolean closed = new AtomicBoolean();

    /** The read replicas, or {@code null} without any: then every statement runs on the primary, as always. */
    private final @Nullable ReplicaSet replicas;

    /** The scope of handles whose reads stay on the primary ({@code onPrimary()}). */
    private final Scope primaryScope = new PrimaryScope();

    /**
     * Who hears of each statement made on a connection a transaction owns, so that stopping the transaction can
     * cancel the one that runs; empty outside transactions, which costs {@link #prepare} one {@code isEmpty()}.
     */
    private final Map<Connection, Consumer<Statement>> statementListeners = new ConcurrentHashMap<>();

    private Database(
            ConnectionTarget target,
            DriverProfile profile,
            Redactor redactor,
            ConnectionSource pool,
            Workers workers,
            @Nullable Connection anchor,
            OpenStreams openStreams,
            int queryTimeoutSeconds,
            List<GeneratedTable<?, ?>> tables,
            Probe probe,
            NPlusOneWatch nPlusOne,
            @Nullable ReplicaSet replicas) {
        this.nPlusOne = nPlusOne;
        this.replicas = replicas;
        this.target = target;
        this.profile = profile;
        this.redactor = redactor;
        this.errors = new ErrorTranslator(profile.errorRules(), redactor);
        this.pool = pool;
        this.workers = workers;
        this.anchor = anchor;
        this.openStreams = openStreams;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
        this.statements = target.dialect().id() == DialectId.SQLITE ? new StatementCache() : null;
        this.applicationConnections = !ConnectionAdvice.OWN_POOL.equals(pool.advice());
        this.deadlines = queryTimeoutSeconds > 0 && profile.cancelsOverdueStatements()
                ? new StatementDeadlines(
                        "ormdantic-" + target.dialect().name(), Duration.ofSeconds(queryTimeoutSeconds))
                : null;
        this.tables = tables;
        this.probe = probe;
    }

    private <T extends Record, K> JdbcTableHandle<T, K> handleFor(GeneratedTable<T, K> table) {
        return new JdbcTableHandle<>(this, table);
    }

    /**
     * Opens a database: loads the tables, opens the pool (and its first connection, so a bad URL fails here) and
     * starts the workers.
     *
     * @param target where to connect
     * @param options the checked options
     * @param replicaOptions the read replicas, {@link ReplicaOptions#NONE} for none
     * @return the open database
     */
    public static Database open(ConnectionTarget target, Options options, ReplicaOptions replicaOptions) {
        DriverProfile profile = DriverProfiles.of(target);
        profile.validate(target, options);
        List<GeneratedTable<?, ?>> tables = loadTables(options, target.displayUrl());
        String name = poolName(target.dialect());
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(target.jdbcUrl());
        config.setAutoCommit(true);
        config.setConnectionTimeout(options.connectionTimeout().toMillis());
        profile.configure(config, target, options);
        PoolSettings.apply(config, options.poolSettings(), target);
        Redactor redactor = Redactor.forTables(PoolSettings.secrets(config, target), specs(tables));
        ErrorTranslator errors = new ErrorTranslator(profile.errorRules(), redactor);
        Call call = new Call(
                Operation.OPEN, target.displayUrl(), false, target.dialect().name());
        Connection anchor = null;
        try {
            if (target.memory()) {
                // An in-memory database lives while a connection to it is open; this one outlives the pool's.
                anchor = DriverManager.getConnection(target.jdbcUrl());
            }
            hideSecretsFromPool(config, profile, options, redactor);
            if (target.container()) {
                // Testcontainers stops a container when its last connection closes: this one outlives the pool's,
                // which the pool may all retire at once. Opening it starts the container, within Testcontainers' own
                // start-up timeout rather than the connection timeout.
                anchor = config.getDataSource().getConnection();
            }
            HikariDataSource pool = profile.remote()
                    ? Timeouts.startPool(config, options.connectionTimeout())
                    : new HikariDataSource(config);
            checkSession(pool, target);
            return start(target, profile, redactor, new OwnedPool(pool), anchor, options, tables, name, replicaOptions);
        } catch (OrmdanticException e) {
            closeQuietly(anchor);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(anchor);
            throw errors.connectionFailed(e, call, target.displayUrl(), ConnectionAdvice.OWN_POOL);
        }
    }

    /**
     * Checks the session of the pool's first connection (MySQL and MariaDB: {@code utf8mb4}, a strict
     * {@code sql_mode}); closes the pool when it fails.
     */
    private static void checkSession(HikariDataSource pool, ConnectionTarget target) throws SQLException {
        DialectId id = target.dialect().id();
        if (id != DialectId.MYSQL && id != DialectId.MARIADB) {
            return;
        }
        try (Connection connection = pool.getConnection()) {
            SessionCheck.check(connection, target.dialect(), target.displayUrl());
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Opens a database on a {@code DataSource} of the application's, which it borrows connections from and never
     * configures or closes: loads the tables, checks the {@code DataSource} on one of its connections (see
     * {@link ApplicationDataSource}) and starts the workers.
     *
     * @param dataSource the application's data source
     * @param dialect the dialect the application declared
     * @param options the checked options
     * @param replicaOptions the read replicas, {@link ReplicaOptions#NONE} for none
     * @return the open database
     */
    public static Database open(
            DataSource dataSource, Dialect dialect, Options options, ReplicaOptions replicaOptions) {
        DriverProfile profile = DriverProfiles.of(dialect.id());
        String described = ApplicationDataSource.describe(dataSource);
        List<GeneratedTable<?, ?>> tables = loadTables(options, described);
        Redactor redactor = Redactor.forTables(List.of(), specs(tables));
        ErrorTranslator errors = new ErrorTranslator(profile.errorRules(), redactor);
        Call call = new Call(Operation.OPEN, described, false, dialect.name());
        ApplicationDataSource source;
        try {
            source = ApplicationDataSource.open(dataSource, dialect);
        } catch (OrmdanticException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw errors.connectionFailed(e, call, described, ConnectionAdvice.APPLICATION_DATA_SOURCE);
        }
        ConnectionTarget target = source.target();
        profile.validateForDataSource(target, options);
        return start(target, profile, redactor, source, null, options, tables, poolName(dialect), replicaOptions);
    }

    /**
     * The dialect of the database an application's {@code DataSource} serves, from one borrowed connection's metadata.
     *
     * @param dataSource the application's data source
     * @return the dialect
     * @throws dev.ormdantic.error.ConfigurationException ({@code ORM2010}) for a database Ormdantic does not support
     * @throws OrmdanticException ({@code ORM2402}) when no connection can be borrowed
     */
    public static DialectId detectDialect(DataSource dataSource) {
        String described = ApplicationDataSource.describe(dataSource);
        try {
            return ApplicationDataSource.detect(dataSource);
        } catch (OrmdanticException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            // no dialect yet: the SQLite profile's rules only read the SQLSTATE classes every driver shares
            ErrorTranslator errors = new ErrorTranslator(
                    DriverProfiles.of(DialectId.SQLITE).errorRules(), Redactor.forTables(List.of(), List.of()));
            throw errors.connectionFailed(
                    e,
                    new Call(Operation.OPEN, described, false, "unknown"),
                    described,
                    ConnectionAdvice.APPLICATION_DATA_SOURCE);
        }
    }

    private static List<GeneratedTable<?, ?>> loadTables(Options options, String where) {
        List<GeneratedTable<?, ?>> tables = TableIndex.load(options.classLoader(), options.tables());
        if (tables.isEmpty()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    () -> "opening " + where + " with no table: no generated table is on the class path; "
                            + TableIndex.PROCESSOR_HINT);
        }
        return tables;
    }

    private static List<dev.ormdantic.dialect.schema.TableSpec> specs(List<GeneratedTable<?, ?>> tables) {
        return tables.stream().map(GeneratedTable::spec).toList();
    }

    private static String poolName(Dialect dialect) {
        return "ormdantic-" + dialect.name() + "-" + INSTANCES.incrementAndGet();
    }

    /** Starts the workers on connections that are ready. */
    private static Database start(
            ConnectionTarget target,
            DriverProfile profile,
            Redactor redactor,
            ConnectionSource source,
            @Nullable Connection anchor,
            Options options,
            List<GeneratedTable<?, ?>> tables,
            String name,
            ReplicaOptions replicaOptions) {
        ReplicaSet replicas;
        try {
            replicas = ReplicaPools.open(target, profile, redactor, options, name, replicaOptions);
        } catch (RuntimeException e) {
            source.close();
            closeQuietly(anchor);
            throw e;
        }
        OptionalInt platformThreads = profile.platformThreads(target, options);
        Workers workers = platformThreads.isPresent()
                ? Workers.platform(name, platformThreads.getAsInt(), !source.threadBound())
                : Workers.server(
                        name,
                        source.maximumSize().orElse(UNKNOWN_POOL_THREADS),
                        IDLE_THREAD_KEPT,
                        !source.threadBound());
        LOG.log(System.Logger.Level.DEBUG, () -> "opened " + target.displayUrl() + " as " + name);
        OpenStreams streams = new OpenStreams(options.streamLeakThreshold(), name);
        // MariaDB's own pool bounds each statement with the session's max_statement_time; an application's
        // connections are not set up that way, so their statements get the JDBC query timeout.
        boolean timed = profile.timesEachStatement()
                || (profile.remote() && !ConnectionAdvice.OWN_POOL.equals(source.advice()));
        int queryTimeout = timed ? Timeouts.seconds(options.queryTimeout()) : 0;
        Probe probe = new Probe(options.listeners(), target.dialect().name(), redactor, specs(tables));
        return new Database(
                target,
                profile,
                redactor,
                source,
                workers,
                anchor,
                streams,
                queryTimeout,
                tables,
                probe,
                new NPlusOneWatch(options.nPlusOne()),
                replicas);
    }

    /**
     * Hands the pool a data source instead of the URL and driver properties, which HikariCP logs at DEBUG masking only
     * {@code password=}; see {@link ServerDataSource}. Done after {@code hikari(...)}, whose driver properties the data
     * source then gets too.
     */
    static void hideSecretsFromPool(HikariConfig config, DriverProfile profile, Options options, Redactor redactor)
            throws SQLException {
        config.setDataSource(
                profile.dataSource(config.getJdbcUrl(), config.getDataSourceProperties(), options, redactor));
        config.setJdbcUrl(null);
        config.getDataSourceProperties().clear();
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the anchor connection failed", e);
            }
        }
    }

    /**
     * The dialect.
     *
     * @return the dialect
     */
    @Override
    public Dialect dialect() {
        return target.dialect();
    }

    /**
     * The codec that binds and reads values.
     *
     * @return the codec
     */
    public ValueCodec codec() {
        return profile.codec();
    }

    /** The statements of joined loading, rendered once per shape. */
    RenderCache joinedStatements() {
        return joinedStatements;
    }

    /**
     * The error translator.
     *
     * @return the translator
     */
    public ErrorTranslator errors() {
        return errors;
    }

    /**
     * The redactor for values shown in messages.
     *
     * @return the redactor
     */
    public Redactor redactor() {
        return redactor;
    }

    /**
     * The URL with secrets masked.
     *
     * @return the URL
     */
    public String displayUrl() {
        return target.displayUrl();
    }

    /**
     * The managed tables, in creation order.
     *
     * @return the tables
     */
    @Override
    public List<GeneratedTable<?, ?>> tables() {
        return tables;
    }

    /**
     * Where connections come from: Ormdantic's own pool or the application's {@code DataSource}; also for tests that
     * need two connections at once.
     *
     * @return the source
     */
    public ConnectionSource pool() {
        return pool;
    }

    /**
     * The streams that are open.
     *
     * @return the registry
     */
    OpenStreams openStreams() {
        return openStreams;
    }

    /**
     * Whether a stream reads inside a transaction; see {@link DriverProfile#streamsInTransaction()}.
     *
     * @return the profile's answer
     */
    boolean streamsInTransaction() {
        return profile.streamsInTransaction();
    }

    /**
     * The exception for a connection that could not be borrowed: the database is closed, the pool is exhausted (every
     * connection in use, perhaps by streams nobody closed), or no connection could be opened.
     *
     * @param exception the pool's exception
     * @param call the call that needed the connection
     * @return the exception to throw
     */
    OrmdanticException borrowFailed(Exception exception, Call call) {
        if (closed.get()) {
            return closed(call);
        }
        if (exception instanceof OrmdanticException refused) {
            return refused; // an application's connection Ormdantic cannot use (ApplicationDataSource)
        }
        ConnectionSource.PoolLimits limits = pool.saturated();
        if (exception instanceof java.sql.SQLTransientConnectionException && limits != null) {
            return openStreams.exhausted(
                    redactor.cause(exception),
                    call,
                    limits.size(),
                    limits.timeout(),
                    pool.advice().sizing());
        }
        return errors.connectionFailed(exception, call, displayUrl(), pool.advice());
    }

    /**
     * The workers.
     *
     * @return the workers
     */
    public Workers workers() {
        return workers;
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * The handle of a managed table.
     *
     * @param ref the table, its generated class's {@code TABLE}
     * @param <T> the record type
     * @param <K> the key type
     * @return the handle
     * @throws UnknownTableException when this database does not manage the table
     */
    @SuppressWarnings("unchecked") // the map holds the handle of each class under that class
    public <T extends Record, K> JdbcTableHandle<T, K> handle(TableRef<T, K> ref) {
        Class<?> type = ref.getClass();
        Call call = new Call(Operation.TABLE, type.getName(), false, dialect().name());
        ensureOpen(call);
        GeneratedTable<?, ?> managedTable = null;
        for (GeneratedTable<?, ?> table : tables) {
            if (table.getClass() == type) {
                managedTable = table;
            }
        }
        if (managedTable == null) {
            List<String> managed = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (GeneratedTable<?, ?> table : tables) {
                managed.add(table.getClass().getName());
                shown.add(table.name() + " (" + table.getClass().getName() + ")");
            }
            throw new UnknownTableException(
                    call.context(),
                    call.failed() + ": " + type.getName() + " is not managed by the database " + displayUrl()
                            + "; it manages " + (shown.isEmpty() ? "no table" : String.join(", ", shown)),
                    ModuleProviders.fix(
                            type,
                            shown.isEmpty()
                                    ? TableIndex.PROCESSOR_HINT
                                    : "add it to Ormdantic.builder(url).tables(...) if you chose the tables; otherwise "
                                            + TableIndex.PROCESSOR_HINT),
                    managed);
        }
        GeneratedTable<?, ?> found = managedTable;
        return (JdbcTableHandle<T, K>) handles.computeIfAbsent(type, key -> handleFor(found));
    }

    /**
     * A raw SQL statement that runs on the pool, each call on its own auto-commit connection.
     *
     * @param sql the SQL
     * @return the statement, its placeholders counted
     */
    public RawStatement sql(String sql) {
        return RawStatement.of(this, this, sql);
    }

    /**
     * Runs work and waits for it, on the workers or the calling thread as the driver profile decides.
     *
     * @param call the operation
     * @param work the work
     * @param <R> the result type
     * @return the result
     */
    @Override
    public <R> R call(Call call, Supplier<R> work) {
        ensureOpen(call);
        try {
            return workers.call(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryException(
                    ErrorCode.INTERRUPTED,
                    call.context(),
                    call.failed() + ": the calling thread was interrupted while it waited; the operation may still"
                            + " complete",
                    null,
                    e);
        } catch (RejectedExecutionException e) {
            throw closed(call);
        }
    }

    /**
     * Runs work on the workers.
     *
     * @param call the operation
     * @param work the work
     * @param <R> the result type
     * @return a future that completes with the result, or exceptionally with the exception itself
     */
    @Override
    public <R> CompletableFuture<R> submit(Call call, Supplier<R> work) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(closed(call));
        }
        try {
            return workers.submit(work);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(closed(call));
        }
    }

    private void ensureOpen(Call call) {
        if (closed.get()) {
            throw closed(call);
        }
    }

    private ClosedException closed(Call call) {
        return new ClosedException(
                ErrorCode.DATABASE_CLOSED,
                call.context(),
                call.failed() + ": the database " + displayUrl() + " is closed",
                "open a new Ormdantic; a closed one stays closed",
                null);
    }

    /**
     * Borrows a pooled connection, which the caller closes to return it.
     *
     * @param call the operation that needs it
     * @return the connection, in auto-commit mode
     */
    public Connection borrow(Call call) {
        ensureOpen(call);
        try {
            return pool.getConnection();
        } catch (SQLException | RuntimeException e) {
            throw borrowFailed(e, call);
        }
    }

    /**
     * Gives back a borrowed connection that must never serve again (a stopped transaction's): the pool drops it.
     *
     * @param connection the borrowed connection
     */
    public void evict(Connection connection) {
        pool.evict(connection);
    }

    /**
     * Runs work on a pooled auto-commit connection, translating the driver's exceptions.
     *
     * @param call the operation
     * @param work the work
     * @param <R> the result type
     * @return the result
     */
    @Override
    public <R> R withConnection(Call call, SqlWork<R> work) {
        ReplicaSet set = replicas;
        if (set != null && call.operation().readsRows()) {
            return ReplicaReads.read(this, set, call, work, null);
        }
        return onPrimary(call, work);
    }

    /**
     * Runs work on a pooled auto-commit connection of the primary, translating the driver's exceptions. With replicas
     * and read-your-writes, anything but a read of rows records the primary's position once it ran (see
     * {@link ReplicaSet#wrote}).
     *
     * @param call the operation
     * @param work the work
     * @param <R> the result type
     * @return the result
     */
    <R> R onPrimary(Call call, SqlWork<R> work) {
        Connection connection = borrow(call);
        try (connection) {
            ReplicaSet set = replicas;
            if (set == null || set.tracking() == null || call.operation().readsRows()) {
                return run(call, connection, work);
            }
            R result;
            try {
                result = run(call, connection, work);
            } catch (RuntimeException e) {
                // A failed write may still have changed rows (a raw batch, a commit whose answer was lost).
                recordPosition(set, call, connection);
                throw e;
            }
            recordPosition(set, call, connection);
            return result;
        } catch (SQLException e) {
            // Only closing the connection can throw here; the pool discards a connection that fails to close.
            throw retireIfLost(errors.translate(e, call, null, null));
        }
    }

    /**
     * Records the primary's position after work that may have written committed on a connection: read-your-writes
     * then keeps later reads off a replica that has not replayed it. A position that cannot be read sends every read
     * to the primary for a health interval instead; a connection joined to an application's transaction has not
     * committed yet, so the same.
     *
     * @param call the operation that wrote
     * @param connection the primary connection it wrote on, in auto-commit mode again
     */
    public void afterCommit(Call call, Connection connection) {
        ReplicaSet set = replicas;
        if (set != null && set.tracking() != null) {
            recordPosition(set, call, connection);
        }
    }

    private void recordPosition(ReplicaSet set, Call call, Connection connection) {
        PositionSql sql = set.tracking();
        if (sql == null) {
            return;
        }
        if (applicationConnections && JoinedConnection.joins(connection)) {
            set.positionUnknown();
            return;
        }
        try (PreparedStatement statement = prepare(connection, sql.primary(), call);
                ResultSet rows = statement.executeQuery()) {
            set.wrote(sql.read(rows));
        } catch (SQLException | RuntimeException e) {
            set.positionUnknown();
            LOG.log(
                    System.Logger.Level.DEBUG,
                    () -> "reading the primary's replication position after "
                            + call.operation().method() + " failed; reads go to the primary for a health interval",
                    e);
        }
    }

    /**
     * Reads a replica's replayed position on one of its connections.
     *
     * @param sql the position queries
     * @param connection the replica's connection
     * @param call the read it is for
     * @return the position
     * @throws SQLException from the driver
     */
    Position replicaPosition(PositionSql sql, Connection connection, Call call) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql.replica(), call);
                ResultSet rows = statement.executeQuery()) {
            return sql.read(rows);
        }
    }

    /**
     * Measures how far behind its primary a replica is, on one of its connections.
     *
     * @param sql the dialect's lag query
     * @param connection the replica's connection
     * @param call the read that measures it
     * @return the lag; empty when the replica cannot tell
     * @throws SQLException from the driver
     */
    Optional<Duration> replicaLag(LagSql sql, Connection connection, Call call) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql.sql(), call);
                ResultSet rows = statement.executeQuery()) {
            return Optional.ofNullable(sql.read(rows));
        }
    }

    /**
     * The scope whose statements all run on the primary: the scope of {@code onPrimary()} handles.
     *
     * @return the scope
     */
    Scope primaryScope() {
        return primaryScope;
    }

    /**
     * The scope whose reads on a replica must see a point the application carried, or {@code null} when that asks for
     * nothing more than this scope gives: no replicas, or no point.
     *
     * @param causality the point
     * @param call the call that asked, for the error of a point of another kind of database
     * @return the scope, or {@code null}
     */
    @Nullable
    Scope causalScope(Causality causality, Call call) {
        ReplicaSet set = replicas;
        if (set == null || causality.isNone()) {
            return null;
        }
        Position wanted = null;
        try {
            wanted = PositionTokens.parse(causality.token());
        } catch (IllegalArgumentException e) {
            // Causality.of checked the form; a number out of range is no position either, and is refused below
        }
        PositionSql sql = set.positions();
        if (sql == null || wanted == null || !PositionTokens.fits(wanted, sql)) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT,
                    call.context(),
                    "after(" + causality.token() + ") on " + call.subject()
                            + ": the point is not a replication position" + " of "
                            + dialect().name() + ", which reads are checked against",
                    "pass the causality of a database of the same kind, from Ormdantic.causality()",
                    null);
        }
        return new CausalScope(set, wanted);
    }

    /**
     * The point this database's committed writes reached on the primary, as recorded for read-your-writes.
     *
     * @return the point; none without replicas, with eventual consistency, or before any write
     */
    public Causality causality() {
        ReplicaSet set = replicas;
        return set == null || set.tracking() == null
                ? Causality.none()
                : Causality.of(PositionTokens.token(set.written()));
    }

    /**
     * What the database knows of its replicas.
     *
     * @return one status per replica, in the order configured; empty without replicas
     */
    public List<ReplicaStatus> replicaStatus() {
        ReplicaSet set = replicas;
        if (set == null) {
            return List.of();
        }
        long now = System.nanoTime();
        boolean limited = set.maxLag() != null;
        List<ReplicaStatus> statuses = new ArrayList<>();
        for (Replica replica : set.replicas()) {
            statuses.add(new ReplicaStatus(
                    replica.name(),
                    !replica.down(now),
                    limited ? replica.lag() : null,
                    !limited || replica.withinLag(),
                    replica.reads()));
        }
        return List.copyOf(statuses);
    }

    /**
     * The read replicas, or {@code null} without any.
     *
     * @return the replicas
     */
    public @Nullable ReplicaSet replicas() {
        return replicas;
    }

    /**
     * Runs work on a connection the caller holds, translating the driver's exceptions; a lost connection retires the
     * pool's other connections too.
     *
     * @param call the operation
     * @param connection the connection
     * @param work the work
     * @param <R> the result type
     * @return the result
     */
    public <R> R run(Call call, Connection connection, SqlWork<R> work) {
        try {
            return runTranslated(call, connection, work);
        } catch (OrmdanticException e) {
            throw retireIfLost(e);
        }
    }

    /**
     * Runs work on a connection the caller holds, translating the driver's exceptions, and leaves the pool alone: for a
     * transaction, whose own connection may have been closed on purpose (its timeout), which says nothing of the
     * others. The caller decides with {@link #retireIfLost} when a loss does.
     *
     * @param call the operation
     * @param connection the connection
     * @param work the work
     * @param <R> the result type
     * @return the result
     */
    public <R> R runTranslated(Call call, Connection connection, SqlWork<R> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw errors.translate(e, call, null, null);
        } catch (SqlFailure e) {
            throw errors.translate(e.sqlException(), call, null, null);
        }
    }

    @Override
    public Lease leaseForStream(Call call) {
        ReplicaSet set = replicas;
        if (set != null && call.operation().readsRows()) {
            Connection replica = ReplicaReads.streamConnection(this, set, call, null);
            if (replica != null) {
                return lease(replica);
            }
        }
        return lease(borrow(call));
    }

    private static Lease lease(Connection connection) {
        return new Lease() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public boolean owned() {
                return true;
            }

            @Override
            public void check(Call call) {
                // A pooled stream's connection is its own until it closes.
            }
        };
    }

    /**
     * After a connection broke, retires every other pooled connection too (idle ones now, busy ones when returned):
     * they share the network path that failed, and a dead connection kept in the pool would fail the first calls
     * after the network heals. New ones are opened on demand.
     *
     * @param failure the translated failure
     * @return the failure
     */
    public OrmdanticException retireIfLost(OrmdanticException failure) {
        if (profile.remote()
                && failure.getCause() instanceof SQLException sql
                && errors.classify(sql) == SqlErrorKind.CONNECTION) {
            pool.retireAll();
        }
        return failure;
    }

    /**
     * Runs work in one transaction on a pooled connection: commits when it returns, rolls back when it throws.
     *
     * @param call the operation
     * @param work the work
     * @param <R> the result type
     * @return the result
     */
    @Override
    public <R> R inTransaction(Call call, SqlWork<R> work) {
        return onPrimary(call, connection -> {
            connection.setAutoCommit(false);
            try {
                R result;
                try {
                    result = work.run(connection);
                } catch (SQLException e) {
                    throw errors.inTransaction(errors.translate(e, call, null, null), call);
                } catch (SqlFailure e) {
                    throw errors.inTransaction(errors.translate(e.sqlException(), call, null, null), call);
                } catch (OrmdanticException e) {
                    throw errors.inTransaction(e, call);
                }
                commit(connection, call);
                return result;
            } catch (Throwable failure) {
                rollback(connection, failure);
                throw failure;
            } finally {
                restoreAutoCommit(connection);
            }
        });
    }

    private void commit(Connection connection, Call call) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw errors.commitFailed(e, call);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // The pool resets auto-commit itself, or discards a broken connection.
            LOG.log(System.Logger.Level.DEBUG, "restoring auto-commit failed", e);
        }
    }

    /**
     * Prepares a statement; while something listens ({@link Probe#watchesStatements()}), one that reports its
     * executions to the listeners, the SQL log and the Flight Recorder. On SQLite the statement may be one kept for
     * the connection ({@link StatementCache}); closing it puts it back.
     *
     * @param connection the connection
     * @param sql the SQL
     * @param call the operation
     * @return the statement
     * @throws SQLException from the driver
     */
    public PreparedStatement prepare(Connection connection, String sql, Call call) throws SQLException {
        StatementCache cache = statements;
        if (cache != null && applicationConnections && JoinedConnection.joins(connection)) {
            cache = null;
        }
        PreparedStatement statement = made(
                connection, cache != null ? cache.prepare(connection, sql) : bounded(connection.prepareStatement(sql)));
        return probe.watchesStatements() ? probe.watch(statement, sql, call) : statement;
    }

    /**
     * Tells a listener of every statement made on a connection from now on, until {@link #stopListening}: how a
     * transaction knows which statement to cancel when it is stopped.
     *
     * @param connection the connection, as handed to the statements' work
     * @param listener hears of each statement once it is made
     */
    public void listenForStatements(Connection connection, Consumer<Statement> listener) {
        statementListeners.put(connection, listener);
    }

    /**
     * Stops telling of the statements made on a connection.
     *
     * @param connection the connection
     */
    public void stopListening(Connection connection) {
        statementListeners.remove(connection);
    }

    private <S extends Statement> S made(Connection connection, S statement) {
        if (!statementListeners.isEmpty()) {
            Consumer<Statement> listener = statementListeners.get(connection);
            if (listener != null) {
                listener.accept(statement);
            }
        }
        return statement;
    }

    /** Sets the query timeout: the database cancels a statement that runs longer, and nothing of it is applied. */
    private <S extends Statement> S bounded(S statement) throws SQLException {
        StatementDeadlines watchdog = deadlines;
        if (watchdog != null) {
            return watchdog.watch(statement);
        }
        if (queryTimeoutSeconds > 0) {
            try {
                statement.setQueryTimeout(queryTimeoutSeconds);
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }
        return statement;
    }

    /**
     * Runs a write statement ({@code executeUpdate}), marking a failure as one that came after the statement may have
     * reached the database.
     *
     * @param statement the bound statement
     * @return the update count
     * @throws SQLException from the driver
     */
    public int executeUpdate(PreparedStatement statement) throws SQLException {
        return sent(statement::executeUpdate);
    }

    /**
     * Runs the steps of a write from its execute on (executing, reading generated values back), marking a failure as
     * one that came after the statement may have reached the database: a lost connection then leaves an auto-commit
     * write's outcome unknown (see {@link ConnectionLoss}).
     *
     * @param step the step
     * @param <R> its result
     * @return its result
     * @throws SQLException from the driver, marked
     */
    public <R> R sent(SqlStep<R> step) throws SQLException {
        try {
            return step.run();
        } catch (SentStatement e) {
            throw e;
        } catch (SQLException e) {
            throw new SentStatement(e);
        }
    }

    /**
     * Prepares an insert whose generated values the driver reads back ({@code getGeneratedKeys()}): the named columns
     * (Oracle, whose driver needs them), or the auto-increment key ({@code columns} empty, MySQL).
     *
     * @param connection the connection
     * @param sql the SQL
     * @param call the operation
     * @param columns the columns to read back, or none for the driver's generated key
     * @return the statement
     * @throws SQLException from the driver
     */
    public PreparedStatement prepareReturningKeys(Connection connection, String sql, Call call, List<String> columns)
            throws SQLException {
        PreparedStatement statement = made(
                connection,
                bounded(
                        columns.isEmpty()
                                ? connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)
                                : connection.prepareStatement(sql, columns.toArray(String[]::new))));
        return probe.watchesStatements() ? probe.watch(statement, sql, call) : statement;
    }

    /**
     * Runs a statement without parameters, such as DDL.
     *
     * @param connection the connection
     * @param sql the SQL
     * @param call the operation
     * @throws SQLException from the driver
     */
    public void execute(Connection connection, String sql, Call call) throws SQLException {
        try (Statement statement = made(connection, bounded(connection.createStatement()))) {
            if (probe.watchesStatements()) {
                probe.execute(statement, sql, call);
            } else {
                statement.execute(sql);
            }
        }
    }

    /**
     * The probe that reports statements and transaction steps.
     *
     * @return the probe
     */
    public Probe probe() {
        return probe;
    }

    /** The watch of single-record lazy loads for the N+1 pattern. */
    NPlusOneWatch nPlusOne() {
        return nPlusOne;
    }

    /**
     * The application's listeners, or {@code null} when it registered none: the one test a lifecycle event costs
     * without them.
     *
     * @return the listeners, or {@code null}
     */
    public @Nullable Listeners listeners() {
        return probe.listeners();
    }

    @Override
    public CompletableFuture<dev.ormdantic.dialect.reflect.LiveSchema> readSchema(String schema) {
        Call call = call(Operation.INSPECT);
        return submit(
                call,
                () -> withConnection(
                        call,
                        connection -> dev.ormdantic.internal.schema.CatalogReader.read(connection, dialect(), schema)));
    }

    /**
     * The call of an operation on the whole database, for its errors.
     *
     * @param operation the operation
     * @return the call
     */
    public Call call(Operation operation) {
        return new Call(operation, displayUrl(), false, dialect().name());
    }

    /**
     * Creates the missing schemas, tables, their indexes and views, in creation order (a table after the tables it
     * references, views last; see {@link SchemaOrder}), in one transaction where the database has transactional DDL.
     * First checks every managed table that already exists against its model ({@link SchemaCheck}): a difference
     * fails the call with {@code ORM2160} before any statement runs. Waits until done.
     */
    public void init() {
        List<GeneratedTable<?, ?>> ordered =
                SchemaOrder.creation(tables, dialect().name());
        schema(
                Operation.INIT,
                ordered,
                table -> table.statements(dialect().id()).createTable(),
                connection -> SchemaCheck.verify(connection, dialect(), ordered));
    }

    /**
     * Drops the tables and views that exist, in reverse creation order (views first, a referenced table after the
     * tables that reference it), each table followed by its sequences. Schemas are left in place: other objects may
     * live in them. Waits until done.
     */
    public void dropAll() {
        List<GeneratedTable<?, ?>> ordered =
                SchemaOrder.creation(tables, dialect().name()).reversed();
        schema(
                Operation.DROP_ALL,
                ordered,
                table -> table.statements(dialect().id()).dropStatements(),
                connection -> {});
    }

    /**
     * Recomputes the rows of a managed materialized view, and waits until the view holds them.
     *
     * @param ref the table of a {@code @View(materialized = true)} record
     * @param <T> the record type
     * @param <K> the key type
     */
    public <T extends Record, K> void refresh(TableRef<T, K> ref) {
        GeneratedTable<?, ?> table = handle(ref).table();
        Call call = Call.onTable(Operation.REFRESH, table.name(), dialect().name());
        ViewSpec view = table.spec().view();
        if (view == null || !view.materialized()) {
            throw new InvalidArgumentException(
                    ErrorCode.NOT_A_MATERIALIZED_VIEW,
                    call.context(),
                    call.failed() + ": " + table.name() + " is not a materialized view",
                    "refresh only records declared @View(materialized = true); a plain view is always current",
                    null);
        }
        String sql = dialect().refreshView(table.spec());
        call(
                call,
                () -> withConnection(call, connection -> {
                    execute(connection, sql, call);
                    return Boolean.TRUE;
                }));
    }

    private void schema(
            Operation operation,
            List<GeneratedTable<?, ?>> ordered,
            Function<GeneratedTable<?, ?>, List<String>> statements,
            SchemaPrecheck precheck) {
        Call call = call(operation);
        ensureOpen(call);
        // Every table's statements first: a table this dialect cannot render fails the call before any DDL runs.
        Map<GeneratedTable<?, ?>, List<String>> planned = new LinkedHashMap<>();
        for (GeneratedTable<?, ?> table : ordered) {
            planned.put(table, statements.apply(table));
        }
        call(
                call,
                () -> inTransaction(call, connection -> {
                    precheck.run(connection);
                    for (Map.Entry<GeneratedTable<?, ?>, List<String>> entry : planned.entrySet()) {
                        GeneratedTable<?, ?> table = entry.getKey();
                        Call onTable =
                                Call.onTable(operation, table.name(), dialect().name());
                        for (String sql : entry.getValue()) {
                            try {
                                execute(connection, sql, onTable);
                            } catch (SQLException e) {
                                throw errors.translate(e, onTable, null, null);
                            }
                        }
                    }
                    return ordered.size();
                }));
    }

    /**
     * Stops taking work, lets running work finish, then closes Ormdantic's own pool; an application's
     * {@code DataSource} stays open.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (!workers.shutdown(CLOSE_GRACE)) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "closing " + displayUrl() + ": work still running after " + CLOSE_GRACE);
        }
        openStreams.close();
        if (deadlines != null) {
            deadlines.close();
        }
        pool.close();
        if (replicas != null) {
            replicas.close();
        }
        closeQuietly(anchor);
    }

    /**
     * A scope of the database's own that only decides which server a statement runs on: running work, submitting it
     * and atomic work are the database's, whatever the routing.
     */
    private abstract class RoutedScope implements Scope {
        @Override
        public final <R> R call(Call call, Supplier<R> work) {
            return Database.this.call(call, work);
        }

        @Override
        public final <R> CompletableFuture<R> submit(Call call, Supplier<R> work) {
            return Database.this.submit(call, work);
        }

        @Override
        public final <R> R inTransaction(Call call, SqlWork<R> work) {
            return Database.this.inTransaction(call, work);
        }
    }

    /** The database's scope whose replica reads must also see a point the application carried. */
    private final class CausalScope extends RoutedScope {
        private final ReplicaSet set;
        private final Position wanted;

        CausalScope(ReplicaSet set, Position wanted) {
            this.set = set;
            this.wanted = wanted;
        }

        @Override
        public <R> R withConnection(Call call, SqlWork<R> work) {
            return call.operation().readsRows()
                    ? ReplicaReads.read(Database.this, set, call, work, wanted)
                    : onPrimary(call, work);
        }

        @Override
        public Lease leaseForStream(Call call) {
            Connection replica = call.operation().readsRows()
                    ? ReplicaReads.streamConnection(Database.this, set, call, wanted)
                    : null;
            return lease(replica != null ? replica : borrow(call));
        }
    }

    /** The database's scope with every statement on the primary. */
    private final class PrimaryScope extends RoutedScope {
        @Override
        public <R> R withConnection(Call call, SqlWork<R> work) {
            return onPrimary(call, work);
        }

        @Override
        public Lease leaseForStream(Call call) {
            return lease(borrow(call));
        }
    }
}
