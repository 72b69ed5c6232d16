package dev.ormdantic.internal.replica;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The text form of a position that an application carries between processes ({@code Causality}):
 * {@code lsn:0/1A000000} for PostgreSQL, {@code gtid:0-0-42,1-0-7} for MariaDB (the server id is not kept), empty for
 * none.
 */
public final class PositionTokens {

    private static final String LSN = "lsn:";
    private static final String GTID = "gtid:";

    private PositionTokens() {}

    /**
     * The token of a position.
     *
     * @param position the position, or {@code null} for none
     * @return the token, empty for none
     */
    public static String token(@Nullable Position position) {
        return switch (position) {
            case null -> "";
            case Position.Lsn lsn -> LSN + lsn;
            case Position.Gtids gtids -> {
                StringBuilder text = new StringBuilder(GTID);
                for (Map.Entry<Long, Long> domain : new TreeMap<>(gtids.sequences()).entrySet()) {
                    if (text.length() > GTID.length()) {
                        text.append(',');
                    }
                    text.append(domain.getKey()).append("-0-").append(domain.getValue());
                }
                yield text.toString();
            }
        };
    }

    /**
     * Parses a token.
     *
     * @param token the token
     * @return the position, or {@code null} for the empty token
     * @throws IllegalArgumentException when the token is not one
     */
    public static @Nullable Position parse(String token) {
        if (token.isEmpty()) {
            return null;
        }
        if (token.startsWith(LSN)) {
            return Position.Lsn.parse(token.substring(LSN.length()));
        }
        if (token.startsWith(GTID)) {
            return Position.Gtids.parse(token.substring(GTID.length()));
        }
        throw new IllegalArgumentException("a causality token starts with lsn: or gtid:, or is empty");
    }

    /**
     * Whether a position is of the kind a database's queries read.
     *
     * @param position the position
     * @param sql the database's position queries
     * @return {@code true} when they compare
     */
    public static boolean fits(Position position, PositionSql sql) {
        return sql.equals(PositionSql.POSTGRESQL)
                ? position instanceof Position.Lsn
                : position instanceof Position.Gtids;
    }
}
