package dev.ormdantic.internal.replica;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A point in a primary's replication stream: what a write reached once committed, or what a replica has replayed.
 * Positions of one database compare; {@link #covers} is the only question read-your-writes asks.
 */
public sealed interface Position permits Position.Lsn, Position.Gtids {

    /**
     * Whether everything up to {@code other} is included in this position.
     *
     * @param other a position of the same database
     * @return {@code true} when a server at this position has replayed {@code other}
     */
    boolean covers(Position other);

    /**
     * The later of this position and another: the one that covers both.
     *
     * @param other a position of the same database
     * @return a position covering both
     */
    Position union(Position other);

    /**
     * A PostgreSQL write-ahead log position, such as {@code 0/1A000000}.
     *
     * @param value the 64-bit log sequence number
     */
    record Lsn(long value) implements Position {

        /**
         * Parses PostgreSQL's text form, {@code hi/lo} in hexadecimal.
         *
         * @param text the LSN as PostgreSQL prints it
         * @return the position
         * @throws IllegalArgumentException when the text is not an LSN
         */
        public static Lsn parse(String text) {
            int slash = text.indexOf('/');
            if (slash <= 0 || slash == text.length() - 1) {
                throw new IllegalArgumentException("not a PostgreSQL LSN: " + text);
            }
            long high = Long.parseLong(text.substring(0, slash), 16);
            long low = Long.parseLong(text.substring(slash + 1), 16);
            return new Lsn((high << 32) | low);
        }

        @Override
        public boolean covers(Position other) {
            return Long.compareUnsigned(value, ((Lsn) other).value) >= 0;
        }

        @Override
        public Position union(Position other) {
            return covers(other) ? this : other;
        }

        @Override
        public String toString() {
            return Long.toHexString(value >>> 32).toUpperCase(Locale.ROOT) + "/"
                    + Long.toHexString(value & 0xFFFF_FFFFL).toUpperCase(Locale.ROOT);
        }
    }

    /**
     * A MariaDB GTID position, such as {@code 0-1-42,1-2-7}: per replication domain, the sequence number of the last
     * transaction. The server id is left out: sequence numbers grow per domain whichever server wrote them.
     *
     * @param sequences the last sequence number per domain
     */
    record Gtids(Map<Long, Long> sequences) implements Position {

        /** Copies the map. */
        public Gtids {
            sequences = Map.copyOf(sequences);
        }

        /**
         * Parses MariaDB's text form, comma-separated {@code domain-server-sequence} triples; empty for none.
         *
         * @param text the position as {@code @@gtid_binlog_pos} or {@code @@gtid_current_pos} reads
         * @return the position
         * @throws IllegalArgumentException when the text is not a GTID position
         */
        public static Gtids parse(String text) {
            Map<Long, Long> sequences = new HashMap<>();
            for (String part : text.split(",", -1)) {
                String gtid = part.strip();
                if (gtid.isEmpty()) {
                    continue;
                }
                String[] fields = gtid.split("-", -1);
                if (fields.length != 3) {
                    throw new IllegalArgumentException("not a MariaDB GTID position: " + text);
                }
                sequences.merge(Long.parseLong(fields[0]), Long.parseLong(fields[2]), Math::max);
            }
            return new Gtids(sequences);
        }

        @Override
        public boolean covers(Position other) {
            for (Map.Entry<Long, Long> wanted : ((Gtids) other).sequences.entrySet()) {
                Long reached = sequences.get(wanted.getKey());
                if (reached == null || reached < wanted.getValue()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Position union(Position other) {
            Map<Long, Long> merged = new HashMap<>(sequences);
            ((Gtids) other).sequences.forEach((domain, sequence) -> merged.merge(domain, sequence, Math::max));
            return new Gtids(merged);
        }
    }
}
