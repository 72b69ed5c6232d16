package dev.ormdantic.internal;

/** The operations the runtime runs, with the words its messages use for them. */
public enum Operation {
    /** Opening the database. */
    OPEN("open", "opening database"),
    /** {@code Ormdantic.init()}. */
    INIT("init", "creating table"),
    /** {@code Ormdantic.dropAll()}. */
    DROP_ALL("dropAll", "dropping table"),
    /** A single-row insert. */
    INSERT("insert", "insert into table"),
    /** A batch insert. */
    INSERT_MANY("insertMany", "insertMany into table"),
    /** A select by key. */
    FIND_ONE("findOne", "findOne on table"),
    /** A select by filter. */
    FIND_MANY("findMany", "findMany on table"),
    /** An update by key. */
    UPDATE("update", "update of table"),
    /** A single-row upsert. */
    UPSERT("upsert", "upsert into table"),
    /** A batch upsert. */
    UPSERT_MANY("upsertMany", "upsertMany into table"),
    /** A delete by key. */
    DELETE("delete", "delete from table"),
    /** A count. */
    COUNT("count", "count of table"),
    /** Getting a table handle. */
    TABLE("table", "looking up table");

    private final String method;
    private final String phrase;

    Operation(String method, String phrase) {
        this.method = method;
        this.phrase = phrase;
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
     * The words that start a message about this operation, before the subject's name.
     *
     * @return the phrase, such as {@code insert into table}
     */
    public String phrase() {
        return phrase;
    }
}
