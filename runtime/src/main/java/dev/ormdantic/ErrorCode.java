package dev.ormdantic;

/**
 * The catalog of every runtime error, each with a stable code that starts the exception's message
 * ({@code [ORM2201] ...}). Codes are never reused: a code that goes out of use stays reserved. The processor's own
 * codes are {@code ORM1xxx}.
 *
 * <p>The hundreds say the family: {@code 20xx} configuration, {@code 21xx} use of the API, {@code 22xx} constraints
 * the database refused, {@code 23xx} reading rows back, {@code 24xx} executing SQL.
 */
public enum ErrorCode {

    /** The database URL is empty or malformed: no file after {@code sqlite:}, no scheme. */
    URL_INVALID(2001),

    /** The database URL's scheme is not one this version supports; the message lists the supported forms. */
    URL_UNSUPPORTED(2002),

    /** A builder option is outside its allowed range, or two options contradict each other. */
    OPTION_OUT_OF_RANGE(2003),

    /**
     * A table class given to {@code tables(...)} is not in the table index
     * ({@code META-INF/services/dev.ormdantic.support.GeneratedTable}), usually because the annotation processor
     * did not run.
     */
    TABLE_NOT_INDEXED(2004),

    /** The table index cannot be loaded: a listed class is missing or fails, or two classes claim one table name. */
    TABLE_INDEX_INVALID(2005),

    /** The JDBC driver of the URL's database is not on the class path; the message names the artifact to add. */
    DRIVER_MISSING(2006),

    /**
     * A table uses something the database does not have (a sequence on MySQL, a regular-expression check on SQL
     * Server); the message names the feature and how to do without it.
     */
    FEATURE_UNSUPPORTED(2007),

    /** A table class that this database does not manage was asked for. */
    UNKNOWN_TABLE(2101),

    /** The database was used after {@code close()}. */
    DATABASE_CLOSED(2102),

    /** An argument is out of range, such as a negative limit or offset, or two rows of a batch with one key. */
    INVALID_ARGUMENT(2103),

    /** A record breaks the constraints on its components; nothing was written. */
    VALIDATION_FAILED(2104),

    /**
     * A value cannot be stored as given: the database would round it (nanoseconds where it keeps microseconds, a
     * decimal beyond its scale), turn it into {@code NULL} (SQLite's {@code NaN}), or refuses it as out of range or
     * too long. Nothing was written.
     */
    VALUE_NOT_STORABLE(2105),

    /**
     * The value of a JSON component cannot be written as JSON (Jackson refused it: a cycle, a type it cannot
     * serialize); the message names the table and column. Nothing was written.
     */
    JSON_NOT_WRITABLE(2106),

    /**
     * An insert into a table with generated columns ran, but the database returned the generated values of fewer rows
     * than were inserted, so the records could not be completed. The transaction was rolled back where there was one.
     */
    GENERATED_VALUES_MISSING(2115),

    /**
     * The managed tables' foreign keys form a cycle (a table that references itself is fine), so no table can be
     * created before the others; {@code init()} creates nothing. The message names the cycle.
     */
    FOREIGN_KEY_CYCLE(2120),

    /** A write (insert, update, upsert, delete, updateWhere, deleteWhere) on a {@code @View} table; nothing ran. */
    VIEW_NOT_WRITABLE(2121),

    /** {@code refresh(...)} was asked of a table or of a view that is not materialized. */
    NOT_A_MATERIALIZED_VIEW(2122),

    /**
     * {@code init()} found a type of a {@code @NativeEnum}'s name in the table's schema whose labels are not the
     * enum's stored values, in order (or which is not an enum); nothing of the table was created. The message shows
     * both lists.
     */
    NATIVE_ENUM_MISMATCH(2125),

    /**
     * A record carries custom constraints (annotations meta-annotated {@code @jakarta.validation.Constraint}) and no
     * Bean Validation provider is on the class path to check them; nothing was written. The message names the
     * constraints and the artifacts to add.
     */
    VALIDATION_PROVIDER_MISSING(2130),

    /**
     * {@code init()} found a managed table that already exists and does not match its record: a column missing, of a
     * type that cannot hold the component's values, of another nullability, an extra {@code NOT NULL} column without
     * a default, or another primary key (for a view: a column missing). The message lists every difference of every
     * table; nothing was created or changed. Fix: alter the table to match the record, or drop it and let
     * {@code init()} create it; schema migrations will do this once they are built. Tolerated: extra columns that are
     * nullable or filled by the database, another spelling of the same type family, a native enum's own type.
     */
    SCHEMA_MISMATCH(2160),

    /** A stored enum value is none of the enum's {@code @EnumValue}s: the data was written by something else. */
    UNKNOWN_ENUM_VALUE(2110),

    /** An insert met a row with the same primary key. */
    DUPLICATE_KEY(2201),

    /** A write met a row with the same value in a unique column. */
    UNIQUE_VIOLATION(2202),

    /** A write refers to a missing row of another table, or a delete leaves rows referring to it. */
    FOREIGN_KEY_VIOLATION(2203),

    /** A write put {@code NULL} into a {@code NOT NULL} column. */
    NOT_NULL_VIOLATION(2204),

    /** A write broke a {@code CHECK} constraint of the table. */
    CHECK_VIOLATION(2205),

    /** A write broke another kind of constraint. */
    CONSTRAINT_VIOLATION(2206),

    /** The database holds {@code NULL} in a column whose record component is not nullable. */
    NULL_IN_NOT_NULL_COLUMN(2301),

    /** A stored value cannot be read as its component's type (text that is not a UUID, a decimal, a date). */
    UNREADABLE_VALUE(2302),

    /** A JSON column holds a document that does not read as its component's type; the message names the column. */
    JSON_NOT_READABLE(2303),

    /** A dynamic filter or ordering names a column the table does not have; the message lists its columns. */
    FILTER_UNKNOWN_COLUMN(2501),

    /** A dynamic filter uses an operator that does not exist or does not apply to the column's type. */
    FILTER_UNKNOWN_OPERATOR(2502),

    /** A dynamic filter gives a value of the wrong type for its column and operator (text for a number). */
    FILTER_INVALID_VALUE(2503),

    /** A dynamic filter nests deeper, or holds more conditions or values, than the limits allow. */
    FILTER_TOO_COMPLEX(2504),

    /** A dynamic filter is not well formed: invalid JSON, or a structure that is not a filter. */
    FILTER_MALFORMED(2505),

    /**
     * {@code deleteWhere} or {@code updateWhere} got a filter that matches every row ({@code Filter.all()}, or one that
     * reduces to always true, such as an empty {@code notIn}) without {@code allowAll}.
     */
    FILTER_REQUIRED(2506),

    /** A keyset cursor is not one this ordering produced: damaged, forged or from another ordering. */
    INVALID_CURSOR(2507),

    /** The database refused a statement for another reason; the driver's message and exception are kept. */
    QUERY_FAILED(2401),

    /** No connection could be opened or borrowed from the pool, or the connection broke. */
    CONNECTION_FAILED(2402),

    /** The database stayed locked by another connection for longer than the busy timeout. */
    DATABASE_BUSY(2403),

    /** Creating or dropping the tables failed; the tables are as they were before the call. */
    SCHEMA_FAILED(2404),

    /**
     * The connection broke during {@code COMMIT}, so whether the transaction was applied is unknown. Never retried
     * automatically: check the data before writing again.
     */
    COMMIT_OUTCOME_UNKNOWN(2405),

    /** The calling thread was interrupted while it waited for the database. */
    INTERRUPTED(2406),

    /**
     * The database aborted the transaction to resolve a deadlock or a serialization conflict; nothing of it was
     * applied, and running it again may succeed.
     */
    TRANSACTION_CONFLICT(2407),

    /** A statement ran longer than the statement timeout, or waited longer than the lock timeout. */
    TIMEOUT(2408),

    /** The database user lacks the privilege the statement needs, or the login was refused. */
    PERMISSION_DENIED(2409);

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

    @Override
    public String toString() {
        return id();
    }
}
