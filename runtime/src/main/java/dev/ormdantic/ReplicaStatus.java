package dev.ormdantic;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What an open database knows of one of its read replicas, from {@link Ormdantic#replicaStatus()}: for health checks
 * and dashboards. No statement runs to make it: it is what the reads have found so far.
 *
 * @param name the replica's URL without secrets, or its data source's description
 * @param reachable {@code false} while the replica is left out after its connection failed (for one health
 *     interval)
 * @param lag the lag last measured under {@link Ormdantic.Builder#maxReplicaLag(Duration)}; {@code null} without
 *     that limit, before the first measurement, or when the replica could not tell
 * @param withinLag whether the replica may serve reads as far as the lag limit goes: {@code true} without a limit,
 *     else the verdict of the last measurement ({@code false} before the first)
 * @param reads how many reads the replica has served since the database opened
 * @since 0.1.0
 */
public record ReplicaStatus(
        String name, boolean reachable, @Nullable Duration lag, boolean withinLag, long reads) {}
