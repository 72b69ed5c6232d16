package dev.ormdantic.benchmarks;

/**
 * The seed's benchmark cases, in its order, with the database state each needs before it starts and whether it
 * changes the data (then the next sample starts from a fresh copy).
 */
public enum BenchCase {
    /** Create the item table with its two indexes, then drop it. */
    SCHEMA_CREATE_DROP("schema create/drop", State.NO_TABLES, true),
    /** Insert the write rows with plain SQL in batches, in one transaction per batch. */
    RAW_BATCH_INSERT("raw batch insert", State.EMPTY, true),
    /** Insert the write rows as models, in batches. */
    ORM_INSERT_MODELS("orm insert models", State.EMPTY, true),
    /** Set score 9999 on every row of one category, then count those rows. */
    ORM_UPDATE_FILTERED("orm update filtered", State.SEEDED, true),
    /** Upsert {@code lookups} existing rows and {@code lookups} new ones, all with score 8888. */
    ORM_UPSERT_MIXED("orm upsert mixed", State.SEEDED, true),
    /** Delete every row of one category, then count the rest. */
    ORM_DELETE_FILTERED("orm delete filtered", State.SEEDED, true),
    /**
     * {@code lookups} transactions, one per lookup key, each reading the row by its key and writing back its score
     * plus one, then committing: the cost of a short read-modify-write transaction.
     */
    TRANSACTIONS("transactions read + update", State.SEEDED, true),
    /**
     * A unit of work: in one transaction, read the first {@link Workload#sessionRows()} rows by key, change the score
     * of every tenth, and write the changes: a session's flush, Hibernate's and Ebean's dirty checking, JDBC's batch.
     */
    SESSION("session load + change + flush", State.SEEDED, true),
    /** Count every row. */
    COUNT_ALL("count all rows", State.SEEDED, false),
    /** Count the rows of one category. */
    COUNT_EQUALITY("count equality filter", State.SEEDED, false),
    /** Count the rows with score at least 500. */
    COUNT_RANGE("count range filter", State.SEEDED, false),
    /** Count and sum the scores of one category in one statement. */
    AGGREGATE_FILTERED("aggregate filtered rows", State.SEEDED, false),
    /** Read id and score of one category, ordered by id. */
    SCALAR_PROJECTION("scalar projection read", State.SEEDED, false),
    /**
     * Read id and score of one category, ordered by id, each row mapped into a record with the value types checked
     * by the compiler (Ormdantic's typed select, jOOQ's {@code Records.mapping}); the others as the scalar read.
     */
    TYPED_PROJECTION("typed projection read", State.SEEDED, false),
    /** Find {@code lookups} rows one key at a time. */
    PK_LOOKUP("batched primary-key lookup", State.SEEDED, false),
    /** The second page of rows ordered by id. */
    PAGINATED_FIND_MANY("paginated find_many", State.SEEDED, false),
    /** One page of rows ordered by category, score and id. */
    ORDERED_FIND_MANY("ordered find_many", State.SEEDED, false),
    /** One page of whole rows of one category, hydrated into models. */
    HYDRATE_FLAT("hydrate flat rows", State.SEEDED, false),
    /** Parents ordered by name, with their children and the children's leaves, in one joined query. */
    HYDRATE_RELATIONSHIPS("hydrate relationship results", State.SEEDED, false),
    /** Parents ordered by name, then their children by select-in batches. */
    ONE_TO_MANY("one-to-many relationship loading", State.SEEDED, false),
    /** Children ordered by name, then their parents by select-in batches. */
    MANY_TO_ONE("many-to-one relationship loading", State.SEEDED, false),
    /** Parents, their children and the children's leaves, each level by select-in batches. */
    NESTED_RELATIONSHIPS("nested relationship loading", State.SEEDED, false);

    /** What the database holds before a sample starts. */
    public enum State {
        /** No benchmark tables. */
        NO_TABLES,
        /** The benchmark tables exist and are empty. */
        EMPTY,
        /** The tables hold the read rows and the relationship rows. */
        SEEDED
    }

    private final String label;
    private final State state;
    private final boolean mutates;

    BenchCase(String label, State state, boolean mutates) {
        this.label = label;
        this.state = state;
        this.mutates = mutates;
    }

    /**
     * The seed's name for the case, used in the results.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The state the case starts from.
     *
     * @return the state
     */
    public State state() {
        return state;
    }

    /**
     * Whether the case changes the tables, so the next sample needs fresh ones.
     *
     * @return {@code true} for the schema and write cases
     */
    public boolean mutates() {
        return mutates;
    }

    /**
     * Whether the case can run again on the state its last call left, issuing the same statements: the session,
     * the read-modify-write transactions and the filtered update. Only these are warmed up call after call before
     * the timed rounds (see {@link Harness}); the others would insert keys that exist or delete nothing.
     *
     * @return {@code true} for {@link #ORM_UPDATE_FILTERED}, {@link #TRANSACTIONS} and {@link #SESSION}
     */
    public boolean repeatable() {
        return switch (this) {
            case ORM_UPDATE_FILTERED, TRANSACTIONS, SESSION -> true;
            default -> false;
        };
    }

    /**
     * Whether the case loads relationships.
     *
     * @return {@code true} for the last four cases
     */
    public boolean relational() {
        return switch (this) {
            case HYDRATE_RELATIONSHIPS, ONE_TO_MANY, MANY_TO_ONE, NESTED_RELATIONSHIPS -> true;
            default -> false;
        };
    }
}
