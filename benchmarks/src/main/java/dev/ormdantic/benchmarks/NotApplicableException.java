package dev.ormdantic.benchmarks;

import java.io.Serial;

/** A contender cannot run a case (a feature not built yet, a backend not supported); the message says why. */
public final class NotApplicableException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * The reason, as it appears in the results.
     *
     * @param reason why the case does not apply
     */
    public NotApplicableException(String reason) {
        super(reason);
    }
}
