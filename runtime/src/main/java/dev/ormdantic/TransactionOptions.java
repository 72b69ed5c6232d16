package dev.ormdantic;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.InvalidArgumentException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a transaction runs: its isolation level, whether it only reads, how long it may take and how often it is run
 * again after a conflict. Immutable; each method returns a copy with one option changed.
 *
 * <pre>{@code
 * var options = TransactionOptions.defaults()
 *         .isolation(Isolation.SERIALIZABLE)
 *         .timeout(Duration.ofSeconds(5))
 *         .retry(3);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TransactionOptions {

    /** The most attempts {@link #retry(int)} accepts after the first. */
    public static final int MAX_RETRIES = 100;

    private static final TransactionOptions DEFAULTS = new TransactionOptions(null, false, null, 0);

    private final @Nullable Isolation isolation;
    private final boolean readOnly;
    private final @Nullable Duration timeout;
    private final int retries;

    private TransactionOptions(
            @Nullable Isolation isolation, boolean readOnly, @Nullable Duration timeout, int retries) {
        this.isolation = isolation;
        this.readOnly = readOnly;
        this.timeout = timeout;
        this.retries = retries;
    }

    /**
     * The defaults: the database's own isolation level, read and write, no timeout of its own (every statement is
     * still bounded by the database's query timeout), no retry.
     *
     * @return the options
     */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The options with an isolation level, which {@link Isolation} maps per database.
     *
     * @param level the level
     * @return the options
     */
    public TransactionOptions isolation(Isolation level) {
        return new TransactionOptions(Objects.requireNonNull(level, "level"), readOnly, timeout, retries);
    }

    /**
     * The options for a transaction that only reads: the database refuses its writes (PostgreSQL, MySQL, MariaDB,
     * Oracle {@code SET TRANSACTION READ ONLY}; SQLite {@code PRAGMA query_only}). SQL Server has no read-only
     * transaction, and refuses this option with {@code ORM2007}.
     *
     * @return the options
     */
    public TransactionOptions readOnly() {
        return new TransactionOptions(isolation, true, timeout, retries);
    }

    /**
     * The options with a bound on the whole transaction, its callback included: when it runs out, the running
     * statement is cancelled on a server (SQLite's, which runs in-process, is left to finish), the transaction is
     * rolled back and the call fails with {@code ORM2412}; a callback that waits forever is interrupted. The bound
     * does not apply once {@code COMMIT} was sent.
     *
     * @param timeout how long the transaction may take, positive
     * @return the options
     * @throws InvalidArgumentException ({@code ORM2003}) when the timeout is zero or negative
     */
    public TransactionOptions timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidArgumentException(
                    ErrorCode.OPTION_OUT_OF_RANGE,
                    new ErrorContext("transaction", null, null),
                    "the transaction timeout " + timeout + " is not positive",
                    "pass a positive duration such as Duration.ofSeconds(5)",
                    null);
        }
        return new TransactionOptions(isolation, readOnly, timeout, retries);
    }

    /**
     * The options with retries: when the database aborts the transaction to resolve a serialization conflict or a
     * deadlock (SQLSTATE {@code 40001}, {@code 40P01}, MySQL and MariaDB error 1213, TiDB errors 9007, 8022 and
     * 8028, SQLite busy; CockroachDB's and YugabyteDB's restarts are {@code 40001}), the transaction is
     * rolled back and the whole callback runs again on a fresh transaction, after a jittered, growing pause, up to
     * {@code retries} more times. The callback must therefore be safe to run again: it should do its work through the
     * transaction only and keep effects outside the database for {@link Transaction#afterCommit(Runnable)}. A commit
     * whose outcome is unknown ({@code ORM2405}) is never run again.
     *
     * @param retries how many times to run again, {@code 0} to {@value #MAX_RETRIES}
     * @return the options
     * @throws InvalidArgumentException ({@code ORM2003}) when out of range
     */
    public TransactionOptions retry(int retries) {
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new InvalidArgumentException(
                    ErrorCode.OPTION_OUT_OF_RANGE,
                    new ErrorContext("transaction", null, null),
                    "retry(" + retries + ") is out of range",
                    "pass 0 to " + MAX_RETRIES,
                    null);
        }
        return new TransactionOptions(isolation, readOnly, timeout, retries);
    }

    /**
     * The isolation level, if one was chosen.
     *
     * @return the level, or empty for the database's own
     */
    public Optional<Isolation> isolationLevel() {
        return Optional.ofNullable(isolation);
    }

    /**
     * Whether the transaction only reads.
     *
     * @return {@code true} when {@link #readOnly()} was chosen
     */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * The bound on the whole transaction, if one was chosen.
     *
     * @return the timeout, or empty for none
     */
    public Optional<Duration> timeoutDuration() {
        return Optional.ofNullable(timeout);
    }

    /**
     * How many times the transaction runs again after a conflict.
     *
     * @return the retries, {@code 0} for none
     */
    public int retries() {
        return retries;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TransactionOptions that
                && isolation == that.isolation
                && readOnly == that.readOnly
                && Objects.equals(timeout, that.timeout)
                && retries == that.retries;
    }

    @Override
    public int hashCode() {
        return Objects.hash(isolation, readOnly, timeout, retries);
    }

    @Override
    public String toString() {
        return "TransactionOptions[isolation=" + (isolation == null ? "default" : isolation) + ", readOnly=" + readOnly
                + ", timeout=" + (timeout == null ? "none" : timeout) + ", retries=" + retries + "]";
    }
}
