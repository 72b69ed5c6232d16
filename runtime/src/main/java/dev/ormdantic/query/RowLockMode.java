package dev.ormdantic.query;

import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.InvalidArgumentException;

/**
 * The one implementation of {@link RowLock}: the lock clause the dialects render.
 *
 * @param clause the lock and what it does about rows locked by others
 */
record RowLockMode(LockClause clause) implements RowLock {

    static final RowLockMode FOR_UPDATE =
            new RowLockMode(new LockClause(LockClause.Mode.UPDATE, LockClause.OnLocked.WAIT));
    static final RowLockMode FOR_SHARE =
            new RowLockMode(new LockClause(LockClause.Mode.SHARE, LockClause.OnLocked.WAIT));

    @Override
    public RowLock noWait() {
        return with(LockClause.OnLocked.NOWAIT);
    }

    @Override
    public RowLock skipLocked() {
        return with(LockClause.OnLocked.SKIP_LOCKED);
    }

    private RowLockMode with(LockClause.OnLocked onLocked) {
        if (clause.onLocked() != LockClause.OnLocked.WAIT && clause.onLocked() != onLocked) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT,
                    ErrorContext.none(),
                    "a row lock either fails at once on a locked row (noWait) or leaves it out (skipLocked), not both",
                    "choose one of noWait() and skipLocked()",
                    null);
        }
        return new RowLockMode(new LockClause(clause.mode(), onLocked));
    }

    @Override
    public String toString() {
        return "RowLock[" + clause + "]";
    }
}
