package dev.ormdantic.internal.error;

/** The operations the runtime runs, with the words its messages use for them. */
public enum Operation {
    /** Opening the database. */
    OPEN("open", "opening database", "opening database"),
    /** {@code Ormdantic.init()}. */
    INIT("init", "creating table", "creating the tables of database"),
    /** {@code Ormdantic.dropAll()}. */
    DROP_ALL("dropAll", "dropping table", "dropping the tables of database"),
    /** {@code Ormdantic.refresh(table)}. */
    REFRESH("refresh", "refresh of view", "refresh of view"),
    /** A single-row insert. */
    INSERT("insert", "insert into table", "insert into table"),
    /** A batch insert. */
    INSERT_MANY("insertMany", "insertMany into table", "insertMany into table"),
    /** A select by key. */
    FIND_ONE("findOne", "findOne on table", "findOne on table"),
    /** A select by filter. */
    FIND_MANY("findMany", "findMany on table", "findMany on table"),
    /** An update by key. */
    UPDATE("update", "update of table", "update of table"),
    /** A single-row upsert. */
    UPSERT("upsert", "upsert into table", "upsert into table"),
    /** A batch upsert. */
    UPSERT_MANY("upsertMany", "upsertMany into table", "upsertMany into table"),
    /** A delete by key. */
    DELETE("delete", "delete from table", "delete from table"),
    /** A count. */
    COUNT("count", "count of table", "count of table"),
    /** A set-based update by filter. */
    UPDATE_WHERE("updateWhere", "updateWhere on table", "updateWhere on table"),
    /** A set-based delete by filter. */
    DELETE_WHERE("deleteWhere", "deleteWhere on table", "deleteWhere on table"),
    /** A set-based update of every row. */
    UPDATE_ALL("updateAll", "updateAll on table", "updateAll on table"),
    /** A set-based delete of every row. */
    DELETE_ALL("deleteAll", "deleteAll on table", "deleteAll on table"),
    /** A keyset page. */
    FIND_PAGE("findPage", "findPage on table", "findPage on table"),
    /** A streamed select. */
    STREAM("stream", "stream of table", "stream of table"),
    /** Loading relationships of records already read ({@code load}). */
    LOAD("load", "load on table", "load on table"),
    /** A projection query. */
    SELECT("select", "select on table", "select on table"),
    /** Getting a table handle. */
    TABLE("table", "looking up table", "looking up table"),
    /** A transaction: its begin, its callback, its commit or rollback. */
    TRANSACTION("transaction", "transaction on table", "transaction on database"),
    /** A savepoint inside a transaction. */
    SAVEPOINT("savepoint", "savepoint on table", "savepoint on database"),
    /** Binding values to a raw SQL statement, checked before anything is sent. */
    SQL_BIND("sql.bind", "binding values to raw SQL", "binding values to raw SQL"),
    /** Raw SQL's {@code query}: every row of a statement. */
    SQL_QUERY("sql.query", "raw SQL query", "raw SQL query"),
    /** Raw SQL's {@code queryOne}: at most one row of a statement. */
    SQL_QUERY_ONE("sql.queryOne", "raw SQL queryOne", "raw SQL queryOne"),
    /** Raw SQL's {@code stream}: the rows of a statement, read as they are consumed. */
    SQL_STREAM("sql.stream", "raw SQL stream", "raw SQL stream"),
    /** Raw SQL's {@code execute}: a statement without rows, its update count. */
    SQL_EXECUTE("sql.execute", "raw SQL execute", "raw SQL execute"),
    /** Raw SQL's {@code batch}: one statement run for many rows of values, atomically. */
    SQL_BATCH("sql.batch", "raw SQL batch", "raw SQL batch"),
    /** Reading the schema of a live database (reflection). */
    INSPECT("inspect", "reflection of table", "reflection of database"),
    /** A session's {@code flush}: the inserts, updates and deletes it staged. */
    FLUSH("flush", "flush of table", "flush of session"),
    /** A session's other operations ({@code get}, {@code add}, ...). */
    SESSION("session", "session on table", "session on database");

    private static final java.util.Map<String, Operation> BY_METHOD = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Operation::method, operation -> operation));

    private final String method;
    private final String phrase;
    private final String databasePhrase;

    Operation(String method, String phrase, String databasePhrase) {
        this.method = method;
        this.phrase = phrase;
        this.databasePhrase = databasePhrase;
    }

    /**
     * The API method, as reported by {@code OrmdanticException.operation()}.
     *
     * @return the method name
     */
    public String method() {
        return method;
    }

    /**
     * Whether the operation only reads table rows, so that outside a transaction a read replica may serve it: finds,
     * counts, pages, streams, projections and relationship loads. Raw SQL is not among them: it may write.
     *
     * @return {@code true} for a read of rows
     */
    public boolean readsRows() {
        return switch (this) {
            case FIND_ONE, FIND_MANY, COUNT, FIND_PAGE, STREAM, LOAD, SELECT -> true;
            default -> false;
        };
    }

    /**
     * The operation of an API method.
     *
     * @param method the method name, such as {@code insert}
     * @return the operation
     * @throws IllegalArgumentException when no operation has that name
     */
    public static Operation ofMethod(String method) {
        Operation operation = BY_METHOD.get(method);
        if (operation == null) {
            throw new IllegalArgumentException("no operation for method " + method);
        }
        return operation;
    }

    /**
     * The words that start a message about this operation on a table, before the table's name.
     *
     * @return the phrase, such as {@code insert into table}
     */
    public String phrase() {
        return phrase;
    }

    /**
     * The words that start a message about this operation on the whole database, before its URL.
     *
     * @return the phrase, such as {@code creating the tables of database}
     */
    public String databasePhrase() {
        return databasePhrase;
    }

    /**
     * Whether the operation writes rows, so that a statement lost in transit may have been applied.
     *
     * @return {@code true} for insert, update, upsert and delete in all their forms, and for raw SQL, whose statements
     *     Ormdantic does not read: a query may write too ({@code INSERT ... RETURNING}, a function with effects)
     */
    public boolean writesRows() {
        return switch (this) {
            case INSERT,
                    INSERT_MANY,
                    UPDATE,
                    UPSERT,
                    UPSERT_MANY,
                    DELETE,
                    UPDATE_WHERE,
                    DELETE_WHERE,
                    UPDATE_ALL,
                    DELETE_ALL,
                    SQL_QUERY,
                    SQL_QUERY_ONE,
                    SQL_STREAM,
                    SQL_EXECUTE,
                    SQL_BATCH -> true;
            default -> false;
        };
    }

    /**
     * Whether the operation changes the schema or a view's rows with statements that are safe to run again:
     * {@code init()} creates only what is missing, {@code dropAll()} drops only what exists, {@code refresh()}
     * recomputes.
     *
     * @return {@code true} for init, dropAll and refresh
     */
    public boolean idempotentSchemaWork() {
        return this == INIT || this == DROP_ALL || this == REFRESH;
    }

    /**
     * Whether the operation stores the values it binds, so that a value the database cannot keep is a value that
     * cannot be stored ({@code ORM2105}), not a bad argument of a read.
     *
     * @return {@code true} for insert, update, upsert and updateWhere, and for raw SQL's {@code execute} and
     *     {@code batch}, whose values are checked as if written: a value the database would keep changed is refused
     */
    public boolean storesValues() {
        return switch (this) {
            case INSERT, INSERT_MANY, UPDATE, UPSERT, UPSERT_MANY, UPDATE_WHERE, UPDATE_ALL, SQL_EXECUTE, SQL_BATCH ->
                true;
            default -> false;
        };
    }
}
