package dev.ormdantic.event;

import org.jspecify.annotations.Nullable;

/**
 * A step of a transaction about to be taken.
 *
 * @param transaction a number that identifies the transaction among this database's, the same in each of its steps
 *     (an attempt of {@code retry(n)} is a transaction of its own)
 * @param step the step
 * @param dialect the dialect's name
 * @param savepoint the savepoint's name for the savepoint steps, {@code null} for the others
 * @param attempt the transaction's attempt, from 1; above 1 when {@code retry(n)} runs it again after a conflict
 * @since 0.1.0
 */
public record TransactionEvent(
        long transaction,
        TransactionStep step,
        String dialect,
        @Nullable String savepoint,
        int attempt) {}
