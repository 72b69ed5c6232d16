package dev.ormdantic.event;

/**
 * A session's flush ({@code Session.flush()}, and the flush before its commit): how many rows it inserts, updates and
 * deletes. {@code beforeFlush} hears of it before the first statement, {@code afterFlush} after the last; between
 * them come the per-table {@code beforeInsert}/{@code afterInsert}, {@code beforeUpdate}/{@code afterUpdate} and
 * {@code beforeDelete}/{@code afterDelete} events, in the order the flush writes.
 *
 * @param inserts the rows inserted
 * @param updates the rows updated
 * @param deletes the rows deleted
 * @since 0.1.0
 */
public record FlushEvent(int inserts, int updates, int deletes) {}
