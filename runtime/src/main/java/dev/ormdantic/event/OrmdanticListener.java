package dev.ormdantic.event;

/**
 * Hears what an open database does. Register one or more with {@code Ormdantic.Builder.listener(...)}; each method has
 * a default that does nothing, so a listener overrides only what it needs.
 *
 * <p><b>Order.</b> Listeners are called in the order they were registered, one after the other, on the thread that
 * runs the operation (a worker of the database, for the asynchronous API), before the operation goes on. A single
 * {@code insert} gives {@code beforeInsert}, {@code beforeStatement}, {@code afterStatement}, {@code afterInsert}; a
 * {@code findMany} gives {@code beforeStatement}, {@code afterStatement}, {@code afterHydration}; a transaction gives
 * {@code BEGIN}, its statements, then {@code COMMIT} or {@code ROLLBACK}, each step a {@code beforeTransaction} and
 * an {@code afterTransaction}. {@code insertMany} and {@code upsertMany} give one before event with the whole batch
 * before their first statement, and one after event once every chunk is written.
 *
 * <p><b>Exceptions.</b> A <em>before</em> method that throws stops the operation: nothing more of it is sent to the
 * database, the listeners after it are not called, and the exception reaches the caller unchanged (thrown by the
 * blocking API, the cause of the future's failure in the asynchronous one). A refused statement or transaction step
 * still ends for every listener: each hears {@code afterStatement} or {@code afterTransaction} with the refusal as its
 * error, so that one that started a timer or a span in its before method can stop it. What the operation had already written
 * is undone: a batch runs in a transaction of its own, which rolls back; inside {@code db.transaction(...)} the
 * exception leaves the callback, which rolls the transaction back unless the callback catches it. The two steps
 * that cannot be refused, {@link TransactionStep#ROLLBACK} and {@link TransactionStep#ROLLBACK_TO_SAVEPOINT}, go on
 * when their before method throws. An <em>after</em> method cannot undo what happened: an exception it throws is
 * logged at {@code WARNING} on the logger {@code dev.ormdantic.event}, the other listeners are still called, and
 * the operation's result stands.
 *
 * <p><b>Cost.</b> A listener runs inside the operation, on its connection: keep it short, and never call the
 * database from it (the connection is busy; a transaction's is held). Without listeners, no event object is made
 * and no time is read.
 *
 * @since 0.1.0
 */
public interface OrmdanticListener {

    /**
     * Before an {@code insert} or {@code insertMany}, once the records passed validation and before any SQL.
     *
     * @param event the table and the records
     */
    default void beforeInsert(RecordsEvent event) {}

    /**
     * After an {@code insert} or {@code insertMany} wrote every record.
     *
     * @param event the table and the records as stored
     */
    default void afterInsert(RecordsEvent event) {}

    /**
     * Before an {@code update(record)}, once the record passed validation and before any SQL.
     *
     * @param event the table and the record
     */
    default void beforeUpdate(RecordsEvent event) {}

    /**
     * After an {@code update(record)}, whether or not a row had the record's key (its statement's
     * {@link StatementResult#rows()} says).
     *
     * @param event the table and the record
     */
    default void afterUpdate(RecordsEvent event) {}

    /**
     * Before an {@code upsert} or {@code upsertMany}, once the records passed validation and before any SQL.
     *
     * @param event the table and the records
     */
    default void beforeUpsert(RecordsEvent event) {}

    /**
     * After an {@code upsert} or {@code upsertMany} wrote every record.
     *
     * @param event the table and the records
     */
    default void afterUpsert(RecordsEvent event) {}

    /**
     * Before a {@code delete(key)} sends its statement. The set-based writes ({@code deleteWhere}, {@code updateWhere},
     * {@code deleteAll}, {@code updateAll}) have no lifecycle events, only statement events: the rows they change are
     * not known.
     *
     * @param event the table and the key
     */
    default void beforeDelete(KeysEvent event) {}

    /**
     * After a {@code delete(key)}, whether or not a row had the key.
     *
     * @param event the table and the key
     */
    default void afterDelete(KeysEvent event) {}

    /**
     * Before a statement is sent, with its parameters bound.
     *
     * @param event the statement
     */
    default void beforeStatement(StatementEvent event) {}

    /**
     * After a statement ran or failed.
     *
     * @param result the statement and its outcome
     */
    default void afterStatement(StatementResult result) {}

    /**
     * After the rows of a query were turned into records.
     *
     * @param event the table and how many records
     */
    default void afterHydration(HydrationEvent event) {}

    /**
     * Before a step of a transaction.
     *
     * @param event the step
     */
    default void beforeTransaction(TransactionEvent event) {}

    /**
     * After a step of a transaction was taken or failed.
     *
     * @param result the step and its outcome
     */
    default void afterTransaction(TransactionResult result) {}

    /**
     * Before a session's flush writes anything; an exception stops the flush, which then fails.
     *
     * @param event the counts of the staged writes
     */
    default void beforeFlush(FlushEvent event) {}

    /**
     * After a session's flush wrote everything; an exception is logged and ignored.
     *
     * @param event the counts of the writes
     */
    default void afterFlush(FlushEvent event) {}
}
