package dev.ormdantic.micrometer;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The metrics of the HikariCP pool Ormdantic opens for a URL, reported to a Micrometer {@link MeterRegistry}:
 * {@code Ormdantic.builder(url).hikari(PoolMetrics.to(registry))}. HikariCP then publishes its meters
 * ({@code hikaricp.connections}, {@code hikaricp.connections.active}, {@code .idle}, {@code .pending},
 * {@code hikaricp.connections.acquire}, {@code .usage}, {@code .creation}, {@code .timeout}, ...) tagged with the
 * pool's name ({@code ormdantic-<dialect>-<n>}). An application {@code DataSource} is configured where it is made:
 * bind its pool's metrics there.
 *
 * @since 0.1.0
 */
public final class PoolMetrics {

    private PoolMetrics() {}

    /**
     * The pool adjustment that reports the pool's metrics to a registry.
     *
     * @param registry the meter registry
     * @return the adjustment, for {@code Ormdantic.Builder.hikari(...)}
     */
    public static Consumer<HikariConfig> to(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return config -> config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
}
