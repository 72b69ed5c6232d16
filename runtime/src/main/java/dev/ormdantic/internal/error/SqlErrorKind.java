package dev.ormdantic.internal.error;

/** What a driver's {@link java.sql.SQLException} means, as told by a dialect's {@link ErrorRules}. */
public enum SqlErrorKind {
    /** A row with the same primary key exists. */
    PRIMARY_KEY,
    /** A row with the same value in a unique column exists. */
    UNIQUE,
    /** A foreign key is broken. */
    FOREIGN_KEY,
    /** {@code NULL} in a {@code NOT NULL} column. */
    NOT_NULL,
    /** A {@code CHECK} constraint failed. */
    CHECK,
    /** Another constraint failed. */
    CONSTRAINT,
    /** The connection could not be opened or broke. */
    CONNECTION,
    /** The database is locked by another connection (SQLite's busy timeout ran out). */
    BUSY,
    /** The transaction was aborted to resolve a deadlock or a serialization conflict; it may be retried whole. */
    CONFLICT,
    /** A statement or lock timeout ran out, or a row to lock without waiting ({@code NOWAIT}) was locked. */
    TIMEOUT,
    /** The user lacks a privilege, or the login was refused. */
    PERMISSION,
    /** A value cannot be stored as given: out of range, too long, or it would be rounded (SQLSTATE class 22). */
    DATA,
    /**
     * A native enum type exists with other labels than the enum's ({@code init()} on PostgreSQL raises it with
     * SQLSTATE {@code OR125}).
     */
    NATIVE_ENUM_MISMATCH,
    /**
     * MySQL's and MariaDB's error 1242 (a subquery returned more than one row). In an upsert it can only come from the
     * guard that stops {@code ON DUPLICATE KEY UPDATE} from updating a row whose primary key differs (the row clashed
     * on another unique key); anywhere else it is an ordinary query failure.
     */
    UPSERT_GUARD,
    /**
     * PostgreSQL's {@code 25P02}: an earlier statement of the transaction failed, and the server ignores every
     * statement until the transaction ends.
     */
    TRANSACTION_ABORTED,
    /** Anything else. */
    OTHER
}
