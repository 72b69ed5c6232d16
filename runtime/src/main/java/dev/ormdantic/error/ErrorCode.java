package dev.ormdantic.error;

/**
 * The catalog of every runtime error, each with a stable code that starts the exception's message
 * ({@code [ORM2201] ...}). Codes are never reused: a code that goes out of use stays reserved. The processor's own
 * codes are {@code ORM1xxx}.
 *
 * <p>The hundreds say the family: {@code 20xx} configuration, {@code 21xx} use of the API, {@code 22xx} constraints
 * the database refused, {@code 23xx} reading rows back, {@code 24xx} executing SQL, {@code 25xx} filters,
 * {@code 26xx} relationships and loading, {@code 27xx} migrations and reflection, {@code 28xx} sessions and optimistic
 * locking, {@code 29xx} the tools (command line and start-up migrations, Maven plugin, schema studio).
 *
 * @since 0.1.0
 */
public enum ErrorCode {

    /**
     * The database URL is empty or malformed: no file after {@code sqlite:}, no scheme.
     *
     * @see ConfigurationException
     */
    URL_INVALID(2001),

    /**
     * The database URL's scheme is not one this version supports; the message lists the supported forms.
     *
     * @see ConfigurationException
     */
    URL_UNSUPPORTED(2002),

    /**
     * A builder option is outside its allowed range, or two options contradict each other.
     *
     * @see ConfigurationException
     */
    OPTION_OUT_OF_RANGE(2003),

    /**
     * A table class given to {@code tables(...)} is not in the table index
     * ({@code META-INF/services/dev.ormdantic.support.GeneratedTable}), usually because the annotation processor did
     * not run.
     *
     * @see ConfigurationException
     */
    TABLE_NOT_INDEXED(2004),

    /**
     * The table index cannot be loaded: a listed class is missing or fails, or two classes claim one table name.
     *
     * @see ConfigurationException
     */
    TABLE_INDEX_INVALID(2005),

    /**
     * The JDBC driver of the URL's database is not on the class path; the message names the artifact to add.
     *
     * @see ConfigurationException
     */
    DRIVER_MISSING(2006),

    /**
     * A table uses something this database does not have (a sequence on MySQL, a regular-expression check on SQL
     * Server); the message names it and how to do without it. Raised by {@code init()} before any DDL runs, and by
     * {@code table(...)}.
     *
     * @see ConfigurationException
     */
    FEATURE_UNSUPPORTED(2007),

    /**
     * A generated table class was written by a processor of another generated-code format than this runtime reads
     * (the models were compiled against another Ormdantic release); the message names both formats. Recompile the
     * models with the processor of the runtime's release. Raised by {@code open()}.
     *
     * @see ConfigurationException
     */
    GENERATED_FORMAT_MISMATCH(2008),

    /**
     * A builder option that does not apply to how this database is reached. With an application {@code DataSource}
     * ({@code Ormdantic.builder(dataSource, dialect)}), the options that configure the pool or its connections
     * ({@code poolSize}, {@code connectionTimeout}, {@code credentials}, {@code busyTimeout},
     * {@code sqliteJournalMode}, {@code hikari}) belong to that {@code DataSource}; with a URL, {@code hikari(...)} may
     * not change what Ormdantic derives from the URL and the builder (the URL, the driver, the credentials,
     * auto-commit, the pool size and the connection timeout). The message names the setting and where to set it
     * instead.
     *
     * @see ConfigurationException
     */
    OPTION_NOT_APPLICABLE(2009),

    /**
     * The database behind an application {@code DataSource} is not of the dialect given to
     * {@code Ormdantic.builder(dataSource, dialect)}, as its JDBC metadata tells, or is none that Ormdantic supports;
     * the message names the database found and the dialects to choose from. The MySQL dialect is accepted on a MariaDB
     * server. Raised by {@code open()}.
     *
     * @see ConfigurationException
     */
    DIALECT_MISMATCH(2010),

    /**
     * An application {@code DataSource} hands out connections Ormdantic cannot use as they are: with auto-commit off
     * outside a transaction (Ormdantic's single statements would stay uncommitted), or, for SQLite, without foreign
     * keys enforced (which only the {@code DataSource} can turn on: {@code SQLiteConfig.enforceForeignKeys(true)}).
     * Raised by {@code open()}, or by the first call on such a connection.
     *
     * @see ConfigurationException
     */
    DATASOURCE_UNSUITABLE(2011),

    /**
     * The URL is an H2 URL. H2 is not one of the databases Ormdantic supports, and its compatibility modes are not the
     * databases they imitate: what works on H2 says little about PostgreSQL, MySQL, SQL Server or Oracle. The message
     * says what to use instead: an embedded SQLite file, or the real database in a container through a
     * {@code jdbc:tc:} URL.
     *
     * @see ConfigurationException
     */
    H2_UNSUPPORTED(2012),

    /**
     * A Testcontainers URL ({@code jdbc:tc:<type>:...}) names a database type that is not one of the supported
     * databases, or names none; the message lists the types Ormdantic maps to a dialect.
     *
     * @see ConfigurationException
     */
    CONTAINER_TYPE_UNSUPPORTED(2013),

    /**
     * A Testcontainers URL was opened without Testcontainers' JDBC driver
     * ({@code org.testcontainers.jdbc.ContainerDatabaseDriver}) on the class path; the message names the artifact to
     * add (in test scope) and says that Testcontainers needs a Docker engine. Raised by {@code open()}.
     *
     * @see ConfigurationException
     */
    CONTAINER_DRIVER_MISSING(2014),

    /**
     * Read replicas were configured where they cannot work: on SQLite, an embedded file with no replication; with a
     * replica of another database than the primary's; or with read-your-writes consistency on a database whose
     * replication position Ormdantic cannot read (MySQL, SQL Server, Oracle), where {@code ReadConsistency.EVENTUAL}
     * is the choice. The message says which and what to do. Raised by {@code replica(...)} or {@code open()}.
     *
     * @see ConfigurationException
     */
    REPLICA_UNSUPPORTED(2015),

    /**
     * A MySQL or MariaDB connection does not talk {@code utf8mb4}: its session's {@code character_set_client},
     * {@code character_set_connection} or {@code character_set_results} is another character set (forced by the URL,
     * {@code sessionVariables} or the server's configuration), in which text outside it, such as an emoji, would be
     * stored as {@code '?'} or refused ({@code character_set_results} may be {@code NULL}, as MySQL Connector/J sets
     * it: the driver then decodes each column by its own character set). Checked once, on the first connection, by
     * {@code open()}; the message names the variable, its value and the fix.
     *
     * @see ConfigurationException
     */
    CHARSET_NOT_UTF8MB4(2016),

    /**
     * A MySQL or MariaDB connection's {@code sql_mode} has neither {@code STRICT_TRANS_TABLES} nor
     * {@code STRICT_ALL_TABLES}: outside strict mode the server truncates a too-long string and clamps an out-of-range
     * number with only a warning, so a write could be stored changed. Checked once, on the first connection, by
     * {@code open()}; the message names the session's {@code sql_mode} and the fix.
     *
     * @see ConfigurationException
     */
    SQL_MODE_NOT_STRICT(2017),

    /**
     * A table this database does not manage was asked for; the message lists the managed ones.
     *
     * @see UnknownTableException
     */
    UNKNOWN_TABLE(2101),

    /**
     * The database was used after {@code close()}.
     *
     * @see ClosedException
     */
    DATABASE_CLOSED(2102),

    /**
     * An argument is out of range, such as a negative limit or offset, or two rows of a batch with one key.
     *
     * @see InvalidArgumentException
     */
    INVALID_ARGUMENT(2103),

    /**
     * Records break the constraints on their components; every violation is listed, nothing was written.
     *
     * @see ValidationException
     */
    VALIDATION_FAILED(2104),

    /**
     * A value cannot be stored as given: the database would round it (nanoseconds where it keeps microseconds, a
     * decimal beyond its scale), turn it into {@code NULL} (SQLite's {@code NaN}), or refuses it as out of range or too
     * long, or a {@code BigInteger} has more digits than the database's widest integer column (65 on MySQL and
     * MariaDB, 38 on SQL Server and Oracle), or text holds what the database cannot (a lone UTF-16 surrogate
     * anywhere, a NUL character on PostgreSQL). A value refused before sending names its column
     * ({@code column "email": ...}). Nothing was written.
     *
     * @see InvalidArgumentException
     */
    VALUE_NOT_STORABLE(2105),

    /**
     * The value of a JSON component cannot be written as JSON (Jackson refused it: a cycle, a type it cannot
     * serialize); the message names the table and column. Nothing was written.
     *
     * @see InvalidArgumentException
     */
    JSON_NOT_WRITABLE(2106),

    /**
     * A raw SQL statement ({@code db.sql(...)}) got a different number of values than it has {@code ?} placeholders,
     * a value for a position it does not have, or ran with a placeholder left without a value; nothing was sent. The
     * placeholders are counted outside string literals, quoted identifiers and comments; the message says how many
     * the statement has and which are missing. Bind one value per {@code ?} ({@code bind(a, b)} or {@code bind(1, a)}),
     * write a literal question mark inside a string literal, and on PostgreSQL write the JSON operators {@code ?},
     * {@code ?|} and {@code ?&} as {@code ??}, {@code ??|} and {@code ??&}.
     *
     * @see InvalidArgumentException
     */
    PARAMETER_COUNT_MISMATCH(2107),

    /**
     * A value bound to a raw SQL statement is of a type Ormdantic cannot bind: a collection, a map, a record, a
     * {@code java.util.Date}, a {@code ZonedDateTime}, an {@code Optional}. The message names its position and class,
     * never the value; nothing was sent. Bind text, a number, a boolean, a {@code UUID}, a {@code java.time} value,
     * {@code byte[]}, an enum or {@code null}; a JSON document as its text (with a cast where the column needs one,
     * {@code CAST(? AS jsonb)} on PostgreSQL), a list as one placeholder per element.
     *
     * @see InvalidArgumentException
     */
    VALUE_NOT_BINDABLE(2108),

    /**
     * An insert into a table with generated columns ran, but the database returned the generated values of fewer rows
     * than were inserted, so the records could not be completed. The transaction was rolled back where there was one.
     *
     * @see QueryException
     */
    GENERATED_VALUES_MISSING(2115),

    /**
     * The managed tables' foreign keys form a cycle (a table that references itself is fine), so no table can be
     * created before the others; {@code init()} creates nothing. The message names the cycle.
     *
     * @see ConfigurationException
     */
    FOREIGN_KEY_CYCLE(2120),

    /**
     * A write (insert, update, upsert, delete, updateWhere, deleteWhere, updateAll, deleteAll) on a {@code @View}
     * table; nothing ran.
     *
     * @see InvalidArgumentException
     */
    VIEW_NOT_WRITABLE(2121),

    /**
     * {@code refresh(...)} was asked of a table or of a view that is not materialized.
     *
     * @see InvalidArgumentException
     */
    NOT_A_MATERIALIZED_VIEW(2122),

    /**
     * {@code init()} on PostgreSQL found a type of a {@code @NativeEnum}'s name in the table's schema whose labels are
     * not the enum's stored values in order, or which is not an enum; the message shows both lists and nothing of that
     * table is created.
     *
     * @see ConfigurationException
     */
    NATIVE_ENUM_MISMATCH(2125),

    /**
     * A record carries custom constraints (annotations meta-annotated {@code @jakarta.validation.Constraint}) and no
     * Bean Validation provider can be found to check them, at the first write of such a record; the message names the
     * constraints and the fix: add a provider such as {@code org.hibernate.validator:hibernate-validator} and
     * {@code org.glassfish.expressly:expressly}; nothing was written.
     *
     * @see ConfigurationException
     */
    VALIDATION_PROVIDER_MISSING(2130),

    /**
     * {@code init()} found a managed table that already exists and does not match its record: a column missing, of a
     * type that cannot hold the component's values, of another nullability, an extra {@code NOT NULL} column without
     * a default, or another primary key (for a view: a column missing). The message lists every difference of every
     * table; nothing was created or changed. Fix: alter the table to match the record, or drop it and let
     * {@code init()} create it; schema migrations will do this once they are built. Tolerated: extra columns that are
     * nullable or filled by the database, another spelling of the same type family, a native enum's own type.
     *
     * @see ConfigurationException
     */
    SCHEMA_MISMATCH(2160),

    /**
     * A stored enum value is none of the enum's {@code @EnumValue}s (the row was written by something else); the
     * message names the table, the column and the value.
     *
     * @see HydrationException
     */
    UNKNOWN_ENUM_VALUE(2110),

    /**
     * An insert met a row with the same primary key; use {@code upsert()} or {@code update()}.
     *
     * @see DuplicateKeyException
     */
    DUPLICATE_KEY(2201),

    /**
     * A write met a row with the same value in a unique column; for an upsert, also a new key whose row has another
     * row's value in a unique key other than the primary key (upsert works by primary key only; nothing is written).
     *
     * @see ConstraintViolationException
     */
    UNIQUE_VIOLATION(2202),

    /**
     * A write refers to a missing row of another table, or a delete leaves rows referring to it.
     *
     * @see ForeignKeyViolationException
     */
    FOREIGN_KEY_VIOLATION(2203),

    /**
     * A write put {@code NULL} into a {@code NOT NULL} column.
     *
     * @see ConstraintViolationException
     */
    NOT_NULL_VIOLATION(2204),

    /**
     * A write broke a {@code CHECK} constraint of the table.
     *
     * @see ConstraintViolationException
     */
    CHECK_VIOLATION(2205),

    /**
     * A write broke another kind of constraint.
     *
     * @see ConstraintViolationException
     */
    CONSTRAINT_VIOLATION(2206),

    /**
     * The database holds {@code NULL} in a column whose record component is not nullable.
     *
     * @see HydrationException
     */
    NULL_IN_NOT_NULL_COLUMN(2301),

    /**
     * A stored value cannot be read as its component's type (text that is not a UUID, a decimal, a date).
     *
     * @see HydrationException
     */
    UNREADABLE_VALUE(2302),

    /**
     * A JSON column holds a document that does not read as its component's type; the message names the column.
     *
     * @see HydrationException
     */
    JSON_NOT_READABLE(2303),

    /**
     * A dynamic filter or ordering names a column the table does not have; the message lists its columns.
     *
     * @see FilterException
     */
    FILTER_UNKNOWN_COLUMN(2501),

    /**
     * A dynamic filter uses an operator that does not exist or does not apply to the column's type.
     *
     * @see FilterException
     */
    FILTER_UNKNOWN_OPERATOR(2502),

    /**
     * A dynamic filter gives a value of the wrong type for its column and operator (text for a number).
     *
     * @see FilterException
     */
    FILTER_INVALID_VALUE(2503),

    /**
     * A dynamic filter nests deeper, or holds more conditions or values, than the limits allow.
     *
     * @see FilterException
     */
    FILTER_TOO_COMPLEX(2504),

    /**
     * A dynamic filter is not well formed: invalid JSON, or a structure that is not a filter.
     *
     * @see FilterException
     */
    FILTER_MALFORMED(2505),

    /**
     * {@code deleteWhere} or {@code updateWhere} got a filter that matches every row ({@code Filter.all()}, or one that
     * reduces to always true, such as an empty {@code notIn}); {@code deleteAll()} and {@code updateAll(...)} are the
     * calls that write every row.
     *
     * @see InvalidArgumentException
     */
    FILTER_REQUIRED(2506),

    /**
     * A keyset cursor is not one this ordering produced: damaged, forged or from another ordering.
     *
     * @see FilterException
     */
    INVALID_CURSOR(2507),

    /**
     * The database refused a statement for another reason; the driver's message and exception are kept.
     *
     * @see QueryException
     */
    QUERY_FAILED(2401),

    /**
     * No connection could be opened or borrowed from the pool, or the connection broke where nothing can have been
     * applied: before the statement was sent, during a read, or inside a transaction (which the database rolls back
     * when its connection is lost). Outcome {@link Outcome#NOT_APPLIED}; safe to retry once the database is reachable.
     *
     * @see ConnectionException
     */
    CONNECTION_FAILED(2402),

    /**
     * The database stayed locked by another connection for longer than the busy timeout.
     *
     * @see QueryException
     */
    DATABASE_BUSY(2403),

    /**
     * Creating or dropping the tables failed; the tables are as they were before the call.
     *
     * @see QueryException
     */
    SCHEMA_FAILED(2404),

    /**
     * The connection broke after a write reached the database and before its answer came back: during an auto-commit
     * insert, update, delete, upsert, {@code updateWhere} or {@code deleteWhere}, a raw SQL statement (which may write:
     * the library does not parse it), or during {@code COMMIT}. Whether it
     * was applied is unknown. Outcome {@link Outcome#UNKNOWN}; not safe to retry blindly (a retry can write twice):
     * check the data before writing again. Never retried automatically.
     *
     * @see ConnectionException
     */
    COMMIT_OUTCOME_UNKNOWN(2405),

    /**
     * The calling thread was interrupted while it waited for the database; the operation may still complete. Outcome
     * {@link Outcome#UNKNOWN}; not safe to retry blindly.
     *
     * @see QueryException
     */
    INTERRUPTED(2406),

    /**
     * The database aborted the transaction to resolve a deadlock or a serialization conflict; nothing of it was
     * applied, and running it again may succeed.
     *
     * @see TransactionConflictException
     */
    TRANSACTION_CONFLICT(2407),

    /**
     * A statement ran longer than the statement timeout ({@code queryTimeout}), waited longer than the lock timeout,
     * found a row it was to lock with {@code RowLock.noWait()} locked by another transaction, or a read got no answer
     * within {@code queryTimeout} and the socket grace after it (the connection is then closed). Nothing was applied
     * (the database cancels the statement); safe to retry.
     *
     * @see QueryException
     */
    TIMEOUT(2408),

    /**
     * The database user lacks the privilege the statement needs, or the login was refused.
     *
     * @see QueryException
     */
    PERMISSION_DENIED(2409),

    /**
     * A transaction's handle, query, stream or savepoint was used after the transaction ended: it committed, rolled
     * back, timed out or was cancelled. A transaction's handles work only inside its callback (and the futures the
     * callback waits for); nothing was sent. Use {@code db.table(...)} outside, or do the work inside the callback.
     *
     * @see ClosedException
     */
    TRANSACTION_FINISHED(2411),

    /**
     * A transaction ran longer than its {@code TransactionOptions.timeout(...)}: the running statement was cancelled
     * (on a server by a JDBC cancel, which ends it even while it waits for a lock, then by closing the transaction's
     * connection, which the pool replaces; on SQLite by {@code sqlite3_interrupt}), the callback's thread was
     * interrupted, and the transaction was rolled back, so nothing of it was applied. Shorten the transaction or raise
     * the timeout; running it again is safe.
     *
     * @see QueryException
     */
    TRANSACTION_TIMED_OUT(2412),

    /**
     * A read that locks rows ({@code RowLock}, {@code Query.forUpdate()} and kin) ran outside a transaction, where its
     * statement commits at once and its locks end with it, so they would protect nothing; nothing was sent. Run it
     * with the handles of {@code db.transaction(...)} ({@code tx.blockingTable(...)}), or on a connection already in a
     * transaction of the application's own (a Spring-managed one), so the rows stay locked until it commits.
     *
     * @see InvalidArgumentException
     */
    LOCK_OUTSIDE_TRANSACTION(2413),

    /**
     * {@code queryOne} of a raw SQL statement found more than one row, so there is no one row to return. The
     * statement did run: one that only reads changed nothing, but one that writes and returns rows ({@code INSERT ...
     * RETURNING}) has written, outside a transaction for good. Make the statement select at most one row (a
     * {@code WHERE} on a key, a {@code LIMIT 1}), or read every row with {@code query}.
     *
     * @see QueryException
     */
    MORE_THAN_ONE_ROW(2414),

    /**
     * PostgreSQL refused a statement because an earlier statement of the same transaction failed (SQLSTATE
     * {@code 25P02}, current transaction is aborted): the callback caught that failure and went on, but PostgreSQL
     * ignores every statement until the transaction ends and answers its {@code COMMIT} with a rollback. Ormdantic
     * rolls the transaction back, also when the callback swallowed every error and returned, so nothing of it was
     * applied. To go on after a statement that may fail, run it inside {@code tx.savepoint(sp -> ...)}, which rolls
     * back to the savepoint when it fails and leaves the transaction usable; otherwise let the first failure end the
     * transaction.
     *
     * @see QueryException
     */
    TRANSACTION_ABORTED(2415),

    /**
     * No pooled connection became free within {@code connectionTimeout}: every connection was in use. The message
     * says how many are held by streams that are still open and where the oldest was opened; a stream holds its
     * connection until it is closed. Nothing was sent to the database, so the call can be retried. Close every stream
     * (try-with-resources), keep transactions short, or raise {@code poolSize} or {@code connectionTimeout}.
     *
     * @see ConnectionException
     */
    POOL_EXHAUSTED(2420),

    /**
     * A relationship was read that this record does not hold loaded: a {@code Ref} or {@code Many} made by a query
     * that did not load it, or by {@code Ref.to(key)} / {@code Many.unloaded()}. Nothing is ever fetched on access; the
     * message names the relationship and the loaders that load it.
     *
     * @see dev.ormdantic.error.RelationException
     */
    RELATION_NOT_LOADED(2601),

    /**
     * A loaded reference whose key has no row: the foreign key points at a row that does not exist (a table without the
     * constraint, or SQLite with foreign keys off). {@code Ref.find()} returns empty instead of throwing.
     *
     * @see dev.ormdantic.error.RelationException
     */
    REFERENCE_DANGLING(2602),

    /**
     * A loader is invalid: a path segment that is not a relationship, two strategies for one path, filtering or
     * ordering on a path that is not loaded, an eager path under a disabled one, a filter column that the related table
     * lacks, a batch size or per-parent limit below 1. The message lists the available choices.
     *
     * @see dev.ormdantic.error.RelationException
     */
    LOADER_INVALID(2603),

    /**
     * The same relationship was loaded lazily for many parents one at a time (the N+1 pattern), and the database was
     * built with {@code nPlusOne(NPlusOne.FAIL)}: load it for the whole list with {@code load(rows, ...)} of the table handle or a
     * select-in loader instead.
     *
     * @see dev.ormdantic.error.RelationException
     */
    N_PLUS_ONE(2604),

    /**
     * A relationship is used where its kind does not fit: {@code has} on a collection, a loader of one table given to a
     * query of another, a record of another table given to {@code load}.
     *
     * @see dev.ormdantic.error.RelationException
     */
    RELATION_MISUSED(2605),

    // ORM2701-ORM2739: migrations, snapshots, diffs and plans (dev.ormdantic.migrations).

    /**
     * A diff found a column or table removed and one with the same definition added, with no {@code @RenamedFrom}
     * saying whether it was renamed. The message prints the annotation to add for a rename; a real drop and add is
     * made explicit by changing the definition or by two migrations.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_PROBABLE_RENAME(2701),

    /**
     * A migration plan, or a migration (or its rollback) being applied, drops a table, column or schema (or otherwise
     * loses data) and destructive changes were not allowed; the message lists the changes and how to allow them: the
     * plan's {@code allowDestructive(reason)}, the apply call's flag, or a {@code destructive} allowance with its
     * reason in the migration's manifest. Nothing was run or recorded.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_DESTRUCTIVE(2702),

    /**
     * A schema change that the dialect cannot express (a partial index on MySQL, a rebuild SQLite cannot resolve), or
     * a migration lock the server cannot give (the session lock on a flavor whose advisory locks do not lock); the
     * message names the change or the lock and the database.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_UNSUPPORTED(2703),

    /**
     * A schema snapshot ({@code META-INF/ormdantic/schema.json} or a migration's) cannot be read, or two snapshots on
     * the class path define one table differently.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    SNAPSHOT_INVALID(2704),

    // ORM2705-ORM2719: writing the next migration, statement timeouts, history upgrades, SQLite rebuilds (h9).

    /**
     * The next migration's revision cannot be chosen: the directory's newest revision is neither a padded number
     * ({@code 0007}) nor a timestamp ({@code 20261206_1200}), the next number or the clock's time does not sort after
     * it, or the revision given is not valid or not after the newest one. Give a revision that sorts after the newest.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_REVISION_UNAVAILABLE(2705),

    /**
     * The schema a migration directory leads to is unknown: its newest migration records no target snapshot (it was
     * written by hand, or its snapshot files were removed). The message names the migration. Write the next
     * migration from a database migrated to that revision ({@code autogenerate}), or restore the snapshot file.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_SNAPSHOT_MISSING(2706),

    /**
     * A migration or history statement ran longer than the migrator's statement timeout (often because another
     * connection holds a lock on the table); the database cancelled it. On PostgreSQL and SQLite the migration's
     * transaction was rolled back; elsewhere the statements before it stay applied and the history row records how
     * many. Find what holds the lock, or raise the timeout, then repair and apply again.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_STATEMENT_TIMEOUT(2707),

    /**
     * The migration history table exists with a shape that cannot be upgraded in place: a column this version needs
     * cannot be added, or a column of another type holds the same name. Nothing was changed; the message names the
     * column and the statement the database refused.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_HISTORY_UPGRADE_FAILED(2708),

    /**
     * A SQLite table rebuild left rows whose foreign keys point nowhere ({@code PRAGMA foreign_key_check} found them
     * before the commit), so the migration was rolled back. The message names the tables and the first violations.
     * Fix the rows, or the foreign key, and apply again.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_FOREIGN_KEY_VIOLATION(2709),

    // Migration files, history, apply and the migrator lock (dev.ormdantic.migrations.file, .history): 2740-2769.
    /**
     * A migration file cannot be read: it is not the format Ormdantic writes (a manifest that is not JSON, a field
     * missing or of the wrong type, an unknown format version, a statement holding the separator line). The message
     * names the file and the field.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_FILE_INVALID(2740),

    /**
     * A migration file differs from what was recorded for it: its statements no longer match the checksum in its
     * manifest, or its bytes no longer match its line in the directory's {@code ormdantic.sum}. The message names the
     * file and both checksums. Revert the edit, or write a new migration; after a deliberate edit, rehash the
     * directory.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_FILE_EDITED(2741),

    /**
     * A file listed in the directory's {@code ormdantic.sum}, or named by a manifest, is not in the directory. The
     * message names the file.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_FILE_MISSING(2742),

    /**
     * A file of the migration directory is not listed in its {@code ormdantic.sum} (added or renamed by hand, or the
     * sum file is missing). The message names the file; write migrations through Ormdantic, or rehash the directory
     * after review.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_FILE_UNHASHED(2743),

    /**
     * Migrations are out of order: the lines of {@code ormdantic.sum} are not in revision order, a migration was added
     * before the newest one already in the directory, a pending migration sorts before one already applied, or a
     * migration depends on a later one. The message names the file or revision.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_OUT_OF_ORDER(2744),

    /**
     * The history table holds a dirty row, left by a migration that failed part-way: nothing is applied or rolled back
     * until {@code repair} clears it. The message names the revision and how far it got. A migrator that was killed or
     * lost its connection (phase {@code running}) could not record how its last statement ended: the message names
     * that statement, which may or may not have taken effect; check it before {@code repair}, after which applying
     * again resumes at it.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_HISTORY_DIRTY(2745),

    /**
     * A revision is already applied with another checksum than the migration given: the migration was edited after it
     * was applied. The message names the revision and both checksums; revert the edit, or {@code repair} the recorded
     * checksum when the edit was deliberate and already reflected in the database.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_CHECKSUM_MISMATCH(2746),

    /**
     * A rollback was asked for a migration without down statements for the database's dialect; write them into the
     * migration's down file.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_ROLLBACK_UNAVAILABLE(2748),

    /**
     * A migration depends on revisions that are not applied; the message lists them.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_DEPENDENCY_MISSING(2749),

    /**
     * Another migrator held the migration lock for longer than the lock timeout. Nothing was run. Try again once it
     * finished, or raise the timeout; a lock whose holder died is freed by the database (advisory locks) or when its
     * lease expires.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_LOCK_TIMEOUT(2750),

    /**
     * A statement of a migration failed. On PostgreSQL and SQLite the migration's transaction was rolled back;
     * elsewhere the statements before it stay applied and the history row records how many. Either way the row is
     * marked failed and dirty; fix the statement, run {@code repair}, then apply again (which resumes after the last
     * completed statement).
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_FAILED(2751),

    /**
     * Migrations given to squash do not follow each other: one's target snapshot is not the next one's source
     * snapshot, or their dialects differ. The message names both revisions.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_NOT_CONTIGUOUS(2752),

    /**
     * A migration has no statements for the database's dialect; the message lists the dialects it has.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_DIALECT_MISSING(2753),

    /**
     * The history table or the migration lock could not be read or written (the connection failed, or the user lacks
     * the rights); the message holds the database's error.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_HISTORY_UNAVAILABLE(2754),

    /**
     * A failed migration is applied again, but the statements it had already completed changed since; resuming would
     * skip statements that never ran. Restore the completed statements, or repair the row to another status after
     * fixing the database by hand.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    MIGRATION_RESUME_MISMATCH(2755),

    // --- reflection (ORM2770-ORM2799) ---

    /**
     * Reflection was asked about a table or view the database does not have (in the schema read, after the include
     * and exclude patterns). The message names it and the tables that exist. Fix: check the name and the schema, or
     * read again with {@code refresh} when it was created after the first read.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    REFLECTED_TABLE_NOT_FOUND(2770),

    /**
     * The live database differs from the models where a check demands that it does not
     * ({@code DriftReport.requireNone()}). The message lists every difference, both sides shown; nothing was changed,
     * and nothing is ever dropped or reset to fix it. Fix: write a migration for the differences, or change the
     * models to match.
     *
     * <p>Thrown as {@code dev.ormdantic.migrations.MigrationException}.
     */
    SCHEMA_DRIFT(2771),

    // ---- sessions (unit of work) and optimistic locking: 2801-2849

    /**
     * A session was used after it ended: its callback returned or threw, so it committed or rolled back. Use the
     * session only inside the callback of {@code db.session(...)}.
     *
     * @see ClosedException
     */
    SESSION_CLOSED(2801),

    /**
     * A flush of the session failed, so the database may hold part of it: the session refuses further use and its
     * transaction rolls back when the callback ends. Nothing in the session was changed by the failed flush.
     *
     * @see SessionException
     */
    SESSION_ROLLBACK_REQUIRED(2802),

    /**
     * A record was added to a session that already holds another record with the same key: {@code update} it, or
     * {@code merge} a detached copy.
     *
     * @see SessionException
     */
    SESSION_KEY_PRESENT(2803),

    /**
     * A record was added to a session that has already staged a new record with the same key.
     *
     * @see SessionException
     */
    SESSION_KEY_STAGED(2804),

    /**
     * A session's new rows reference each other in a cycle through non-nullable references, so no insert order
     * satisfies the foreign keys; the message names the tables. Make one reference nullable and set it after a flush.
     *
     * @see SessionException
     */
    SESSION_FLUSH_CYCLE(2805),

    /**
     * A record whose type is not one of the database's tables was given to a session, or a record of a table without a
     * version column was refreshed by version.
     *
     * @see SessionException
     */
    SESSION_RECORD_UNKNOWN(2806),

    /**
     * An update or delete of a row with a {@code @Version} found another version than the record holds: another
     * transaction changed the row since it was read. Nothing was written; the message names the table, the key, the
     * expected and the actual version. Read the row again and reapply the change.
     *
     * @see OptimisticLockException
     */
    OPTIMISTIC_LOCK(2810),

    /**
     * {@code upsert} or {@code upsertMany} on a table with a {@code @Version}: an upsert cannot check the version on
     * every database. Use {@code insert} for a new row and {@code update} (or a session) for an existing one.
     *
     * @see InvalidArgumentException
     */
    UPSERT_VERSIONED(2811),

    // --- the command line and migrations at start-up (ORM2900-ORM2929) ---

    /**
     * The command line needs a database and was given none: no {@code --url}, no {@code DATABASE_URL} (or the
     * variable named by {@code --url-env}) in the environment, and none in the {@code .env} file. Fix: pass
     * {@code --url URL}, export the variable, or add {@code DATABASE_URL=URL} to {@code .env}.
     *
     * @see ConfigurationException
     */
    CLI_URL_MISSING(2900),

    /**
     * A command that compares models needs their compiled snapshot and found none: no
     * {@code META-INF/ormdantic/schema.json} on the {@code --classpath} given, or the {@code --snapshot} file is
     * missing. Fix: compile the models (the annotation processor writes the file) and pass the classes directory or
     * jar, or the file itself.
     *
     * @see ConfigurationException
     */
    CLI_SNAPSHOT_MISSING(2901),

    /**
     * A command was given a migration file, directory or revision that does not exist; the message names what was
     * looked for and what exists. Nothing was run.
     *
     * @see ConfigurationException
     */
    CLI_MIGRATION_NOT_FOUND(2902),

    /**
     * The models differ from the snapshot the newest migration leads to: a migration is missing. The message lists
     * the changes. Fix: write the next migration ({@code ormdantic migrations create}), or change the models back.
     *
     * @see ConfigurationException
     */
    CLI_MODELS_CHANGED(2903),

    /**
     * {@code ormdantic migrations lint} found destructive changes that no allowance in the migration accepts; the
     * lines above the error list them. Fix: review them, then record an allowance with the reason in the migration.
     *
     * @see ConfigurationException
     */
    CLI_LINT_FAILED(2904),

    /**
     * The Spring Boot starter was asked to run migrations at start-up ({@code ormdantic.migrations.enabled}) from a
     * location that does not exist or holds no migration directory. The application did not start. Fix: point
     * {@code ormdantic.migrations.locations} at the directory that holds {@code ormdantic.sum} (a {@code classpath:}
     * or {@code file:} location).
     *
     * @see ConfigurationException
     */
    MIGRATIONS_LOCATION_MISSING(2910),

    // --- the Maven plugin (ORM2930-ORM2959) ---

    /**
     * A Maven goal that works on a database found no URL: not in its {@code <url>} configuration, not in
     * {@code -Dormdantic.url}, not in the {@code ORMDANTIC_URL} or {@code DATABASE_URL} environment variables. Nothing
     * was connected. Fix: set one of them (the password may come from a settings.xml {@code <server>}).
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_URL_MISSING(2930),

    /**
     * A {@code <locations>} entry of the Maven plugin is not a directory of the file system: a {@code classpath:}
     * location, or a path to a file. Nothing was read. Fix: name the directory, such as
     * {@code filesystem:src/main/resources/db/migrations}.
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_LOCATION_UNSUPPORTED(2931),

    /**
     * The compiled models differ from the schema snapshot of the newest migration ({@code ormdantic:check}): a model
     * was changed without a migration. The message lists the changes. Fix: write the migration
     * ({@code mvn ormdantic:diff}), or revert the model change.
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_MODEL_DRIFT(2932),

    /**
     * Lint found an error ({@code ormdantic:lint}, {@code ormdantic:check}): a destructive change in a migration that
     * does not allow it, or in the models' pending change; or, with {@code failOnWarning}, any finding. The message
     * lists them. Fix: change the migration, or record the reviewer's allowance with a reason.
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_LINT_FAILED(2933),

    /**
     * The project's class path holds no {@code META-INF/ormdantic/schema.json}: it was not compiled, or the annotation
     * processor did not run. Fix: run the goal after {@code compile} ({@code mvn compile ormdantic:snapshot}) with
     * {@code ormdantic-processor} on the annotation processor path.
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_SNAPSHOT_MISSING(2934),

    /**
     * The Maven plugin's {@code <dialects>} names a dialect it does not know, or a goal needs dialects and none can be
     * found (no {@code <dialects>}, no migrations, no URL). Fix: list them, such as
     * {@code <dialects>postgresql,sqlite</dialects>}.
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_DIALECT_UNKNOWN(2935),

    /**
     * Two migration locations of the Maven plugin hold the same revision. Nothing was applied. Fix: keep each revision
     * in one directory.
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_REVISION_DUPLICATE(2936),

    /**
     * A goal was given a revision ({@code -Dormdantic.revision}) that no migration of the locations has. Nothing was
     * changed. Fix: name a revision the locations hold.
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_REVISION_NOT_FOUND(2937),

    /**
     * {@code ormdantic:scaffold} would overwrite a source file that exists. Nothing was written. Fix: move it away,
     * choose another package or {@code outputDirectory}, or set {@code -Dormdantic.overwrite=true}.
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_SCAFFOLD_EXISTS(2938),

    /**
     * The Maven plugin's {@code <serverId>} names no {@code <server>} of settings.xml. Nothing was connected. Fix: add
     * the server with its username and password, or correct the id.
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_SERVER_NOT_FOUND(2939),

    /**
     * A Maven plugin parameter has a value it does not accept (a repair status, a package name); the message names the
     * parameter and the values allowed. Nothing was changed.
     *
     * <p>Thrown as {@code org.apache.maven.plugin.MojoFailureException}.
     */
    MAVEN_PARAMETER_INVALID(2940),

    // --- schema studio (ORM2960-ORM2989) ---

    /**
     * The schema studio refused a write: it was started read-only (the default). Start it with
     * {@code Studio.builder(...).allowWrites(true)} to change data from the page.
     *
     * @see OrmdanticException
     */
    STUDIO_READ_ONLY(2960),

    /**
     * The schema studio refused a destructive action whose typed confirmation did not match: the user must type the
     * table's name exactly. Nothing was changed.
     *
     * @see OrmdanticException
     */
    STUDIO_CONFIRMATION_MISMATCH(2961),

    /**
     * The schema studio's data browser was asked for a table it does not browse: only the tables given to
     * {@code Studio.builder(...).browse(...)} are browsable. The message lists them.
     *
     * @see OrmdanticException
     */
    STUDIO_TABLE_NOT_BROWSABLE(2962),

    /**
     * A schema studio request had a bad parameter (a page or a page size that is not a number in range, a body that
     * is not a JSON object). The message names the parameter and the allowed range.
     *
     * @see OrmdanticException
     */
    STUDIO_BAD_REQUEST(2963),

    /**
     * The schema studio could not start: its settings are inconsistent (a data browser or writes without a database,
     * a poll interval out of range) or the loopback port could not be bound.
     *
     * @see OrmdanticException
     */
    STUDIO_START_FAILED(2964);

    private final int number;

    ErrorCode(int number) {
        this.number = number;
    }

    /**
     * The code as it appears in messages and documentation.
     *
     * @return {@code ORM} followed by the four-digit number, such as {@code ORM2201}
     */
    public String id() {
        return "ORM" + number;
    }

    /**
     * What a failure with this code did to the data, unless the exception says otherwise
     * ({@link OrmdanticException#outcome()}): {@link Outcome#UNKNOWN} for {@link #COMMIT_OUTCOME_UNKNOWN} and
     * {@link #INTERRUPTED}, {@link Outcome#NOT_APPLIED} for every other code.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return switch (this) {
            case COMMIT_OUTCOME_UNKNOWN, INTERRUPTED -> Outcome.UNKNOWN;
            default -> Outcome.NOT_APPLIED;
        };
    }

    /**
     * Whether a call that failed with this code may be run again as it is, unless the exception says otherwise
     * ({@link OrmdanticException#retryable()}): {@code true} for the transient failures that applied nothing
     * ({@link #CONNECTION_FAILED}, {@link #DATABASE_BUSY}, {@link #TRANSACTION_CONFLICT}, {@link #TIMEOUT},
     * {@link #TRANSACTION_TIMED_OUT}, {@link #POOL_EXHAUSTED}),
     * {@code false} for an unknown outcome and for failures that a retry would only repeat.
     *
     * @return whether a retry is safe and may succeed
     */
    public boolean retryable() {
        return switch (this) {
            case CONNECTION_FAILED,
                    DATABASE_BUSY,
                    TRANSACTION_CONFLICT,
                    TIMEOUT,
                    TRANSACTION_TIMED_OUT,
                    POOL_EXHAUSTED -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return id();
    }
}
