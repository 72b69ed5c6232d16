package dev.ormdantic;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.InvalidArgumentException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A point in the primary database's history that a later read must see, carried by the application from where it
 * wrote to where it reads: another request, another process. {@link Ormdantic#causality()} gives the point this
 * database's committed writes reached; its {@link #token()} is plain text for a cookie, a header or a message;
 * {@link #of(String)} reads it back; {@link TableHandle#after(Causality)} reads on a replica only once the replica has
 * replayed up to it (else on the primary). It is a replication position, not a time: PostgreSQL's WAL position or
 * MariaDB's GTID position (see docs/replicas.md).
 *
 * @since 0.1.0
 */
public final class Causality {

    private static final Causality NONE = new Causality("");
    /** PostgreSQL's {@code lsn:hi/lo} in hexadecimal, or MariaDB's {@code gtid:domain-server-sequence,...}. */
    private static final Pattern TOKEN = Pattern.compile(
            "lsn:[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}|gtid:\\d{1,10}-\\d{1,10}-\\d{1,19}(,\\d{1,10}-\\d{1,10}-\\d{1,19})*");

    private final String token;

    private Causality(String token) {
        this.token = token;
    }

    /**
     * No point at all: a read after it may see any replica's rows.
     *
     * @return the empty causality
     */
    public static Causality none() {
        return NONE;
    }

    /**
     * Reads a token that {@link #token()} wrote.
     *
     * @param token the token: {@code lsn:...}, {@code gtid:...}, or empty for none
     * @return the causality
     * @throws InvalidArgumentException ({@code ORM2103}) when the text is not a token
     */
    public static Causality of(String token) {
        Objects.requireNonNull(token, "token");
        String text = token.strip();
        if (text.isEmpty()) {
            return NONE;
        }
        if (!TOKEN.matcher(text).matches()) {
            throw new InvalidArgumentException(
                    ErrorCode.INVALID_ARGUMENT,
                    new ErrorContext("Causality.of", null, null),
                    "'" + token
                            + "' is not a causality token: one is lsn:<hex>/<hex>, gtid:<domain>-<server>-<sequence>"
                            + " (comma-separated), or empty",
                    "pass the text of Causality.token() unchanged",
                    null);
        }
        return new Causality(text);
    }

    /**
     * The text to carry: {@code lsn:0/1A000000} on PostgreSQL, {@code gtid:0-0-42} on MariaDB, empty for none.
     *
     * @return the token
     */
    public String token() {
        return token;
    }

    /**
     * Whether this is no point at all.
     *
     * @return {@code true} for {@link #none()}
     */
    public boolean isNone() {
        return token.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Causality that && token.equals(that.token);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }

    @Override
    public String toString() {
        return "Causality[" + token + "]";
    }
}
