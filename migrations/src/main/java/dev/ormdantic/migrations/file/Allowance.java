package dev.ormdantic.migrations.file;

import java.util.Locale;
import java.util.Objects;

/**
 * A decision recorded in a migration's manifest, with its reason, that lets the migration do what is otherwise
 * refused: drop or delete data on the way up ({@link Kind#DESTRUCTIVE}) or on the way down
 * ({@link Kind#DESTRUCTIVE_ROLLBACK}). The reason is for the reviewer; it must not be blank.
 *
 * @param kind what is allowed
 * @param reason why, for the reviewer
 * @since 0.1.0
 */
public record Allowance(Kind kind, String reason) {

    /** What an allowance allows. */
    public enum Kind {
        /** Up statements that drop or delete data. */
        DESTRUCTIVE,
        /** Down statements that drop or delete data. */
        DESTRUCTIVE_ROLLBACK;

        /**
         * The name in a manifest: {@code destructive}, {@code destructive_rollback}.
         *
         * @return the lower-case name
         */
        public String manifestName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Creates an allowance.
     *
     * @param kind what is allowed
     * @param reason why, for the reviewer; not blank
     */
    public Allowance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an allowance needs a reason for the reviewer");
        }
    }

    /**
     * An allowance to drop or delete data on the way up.
     *
     * @param reason why, for the reviewer
     * @return the allowance
     */
    public static Allowance destructive(String reason) {
        return new Allowance(Kind.DESTRUCTIVE, reason);
    }
}
