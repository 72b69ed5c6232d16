package dev.ormdantic.event;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A statement that ran, or failed.
 *
 * @param statement the statement: the very instance its {@code beforeStatement} event showed, so that a listener can
 *     match the two by identity
 * @param duration for a write or DDL, how long the driver took to execute it; for a query, from its execution until
 *     its result was read and closed (building the records is part of it; for a stream, the stream's whole life)
 * @param rows the rows a query returned, or the rows a write changed as the driver counts them; {@code -1} when
 *     unknown (DDL)
 * @param error the driver's exception, with secrets masked from its messages, or the exception of a listener's
 *     {@code beforeStatement} that refused the statement (then nothing was sent and {@code rows} is {@code -1});
 *     {@code null} when it succeeded. The caller receives a driver's failure as an {@code OrmdanticException} with
 *     a code.
 * @since 0.1.0
 */
public record StatementResult(
        StatementEvent statement,
        Duration duration,
        long rows,
        @Nullable Throwable error) {

    /**
     * Whether the statement succeeded.
     *
     * @return {@code true} when {@link #error()} is {@code null}
     */
    public boolean succeeded() {
        return error == null;
    }
}
