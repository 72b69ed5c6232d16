package dev.ormdantic.dialect;

import java.io.Serial;
import java.util.Objects;

/**
 * A table uses something a dialect does not have (a sequence on MySQL, a regular-expression {@code CHECK} on SQL
 * Server, a materialized view on MariaDB). Renderers throw it; the processor catches it per dialect and writes a
 * generated table whose statements for that dialect refuse to run with this message, so the record still compiles and
 * works on every other backend.
 *
 * @since 0.1.0
 */
public final class UnsupportedFeatureException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The dialect that lacks the feature. */
    private final DialectId dialect;

    /** What the table uses, as a short noun phrase ("regular-expression CHECK constraints"). */
    private final String feature;

    /** How to do without it, as a sentence. */
    private final String fix;

    /**
     * Creates an exception.
     *
     * @param dialect the dialect that lacks the feature
     * @param feature what the table uses, as a short noun phrase ("sequences")
     * @param fix how to do without it, as a sentence
     */
    public UnsupportedFeatureException(DialectId dialect, String feature, String fix) {
        super(dialect.displayName() + " does not support " + feature + ". " + Objects.requireNonNull(fix, "fix"));
        this.dialect = dialect;
        this.feature = feature;
        this.fix = fix;
    }

    /**
     * The dialect that lacks the feature.
     *
     * @return the dialect
     */
    public DialectId dialect() {
        return dialect;
    }

    /**
     * What the table uses.
     *
     * @return the feature, as a noun phrase
     */
    public String feature() {
        return feature;
    }

    /**
     * How to do without the feature.
     *
     * @return the fix, as a sentence
     */
    public String fix() {
        return fix;
    }
}
