package dev.ormdantic.event;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A step of a transaction that was taken, or failed.
 *
 * @param event the step: the very instance its {@code beforeTransaction} event showed
 * @param duration how long the step took
 * @param error why it failed, secrets masked, or the exception of a listener's {@code beforeTransaction} that refused
 *     the step; {@code null} when it succeeded
 * @since 0.1.0
 */
public record TransactionResult(
        TransactionEvent event, Duration duration, @Nullable Throwable error) {

    /**
     * Whether the step succeeded.
     *
     * @return {@code true} when {@link #error()} is {@code null}
     */
    public boolean succeeded() {
        return error == null;
    }
}
