package dev.ormdantic.internal.replica;

import dev.ormdantic.ReadConsistency;
import dev.ormdantic.internal.connect.ConnectionTarget;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The replicas the builder was given, already checked, and how reads use them.
 *
 * @param sources the replicas, in the order given
 * @param consistency what a read on a replica may miss
 * @param healthInterval how long a replica that failed is left out, and how long a measurement of its lag holds
 * @param maxLag how far behind a replica may be to serve reads; {@code null} for no limit
 */
public record ReplicaOptions(
        List<Source> sources,
        ReadConsistency consistency,
        Duration healthInterval,
        @Nullable Duration maxLag) {

    /** No replica. */
    public static final ReplicaOptions NONE =
            new ReplicaOptions(List.of(), ReadConsistency.READ_YOUR_WRITES, Duration.ofSeconds(5), null);

    /** Copies the list. */
    public ReplicaOptions {
        sources = List.copyOf(sources);
    }

    /** Where one replica's connections come from. */
    public sealed interface Source permits Url, Application {}

    /**
     * A replica Ormdantic opens a read-only pool for.
     *
     * @param target the replica's URL
     */
    public record Url(ConnectionTarget target) implements Source {}

    /**
     * A replica behind an application's data source, which Ormdantic borrows from and never closes.
     *
     * @param dataSource the data source
     */
    public record Application(DataSource dataSource) implements Source {}
}
