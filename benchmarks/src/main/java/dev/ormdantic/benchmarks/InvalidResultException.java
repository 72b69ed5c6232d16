package dev.ormdantic.benchmarks;

import java.io.Serial;

/** A sample produced the wrong value; the contender's case is reported as failed with this message. */
public final class InvalidResultException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * The mismatch.
     *
     * @param message what was expected and what came
     */
    public InvalidResultException(String message) {
        super(message);
    }
}
