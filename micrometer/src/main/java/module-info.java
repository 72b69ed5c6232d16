/**
 * Ormdantic's observations through Micrometer: {@link dev.ormdantic.micrometer.ObservationListener} reports each
 * statement and transaction through the Observation API (timers with a meter handler, spans with a tracing bridge
 * such as OpenTelemetry's), and {@link dev.ormdantic.micrometer.PoolMetrics} binds the metrics of the HikariCP pool
 * Ormdantic opens for a URL.
 */
// transitive: the API takes Micrometer's registries; Micrometer names its modules in its manifests only
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.ormdantic.micrometer {
    requires transitive dev.ormdantic;
    requires transitive micrometer.observation;
    requires transitive micrometer.core;

    exports dev.ormdantic.micrometer;
}
