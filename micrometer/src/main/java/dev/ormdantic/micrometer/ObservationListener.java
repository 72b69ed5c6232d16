package dev.ormdantic.micrometer;

import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.StatementEvent;
import dev.ormdantic.event.StatementResult;
import dev.ormdantic.event.TransactionEvent;
import dev.ormdantic.event.TransactionResult;
import dev.ormdantic.event.TransactionStep;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reports Ormdantic's statements and transactions through Micrometer's Observation API: register it with
 * {@code Ormdantic.builder(url).listener(new ObservationListener(registry))}. With a
 * {@code DefaultMeterObservationHandler} on the registry each observation is a timer; with a tracing bridge
 * (Micrometer Tracing over OpenTelemetry or Brave) it is a span.
 *
 * <ul>
 *   <li>{@value #STATEMENT}: one per statement, from its execution until its result was read. Low-cardinality keys
 *       (tags of the timer): {@code operation} (the API method: {@code insert}, {@code findMany}, ...), {@code table}
 *       ({@code none} for a statement on the whole database), {@code dialect} ({@code sqlite}, {@code postgresql},
 *       ...) and {@code outcome} ({@code success} or {@code error}). High-cardinality keys (span attributes only):
 *       {@code sql}, the statement's text with {@code ?} for each value (values are never part of it), and {@code
 *       rows}. A failed statement's observation carries the driver's exception, secrets masked.
 *   <li>{@value #TRANSACTION}: one per transaction, from its {@code BEGIN} to its {@code COMMIT} or {@code ROLLBACK}.
 *       Low-cardinality keys: {@code dialect} and {@code outcome} ({@code committed}, {@code rolled_back}, or
 *       {@code error} when it could not begin); high-cardinality: {@code attempt}. Savepoints are events of it
 *       ({@code savepoint}, {@code release_savepoint}, {@code rollback_to_savepoint}).
 * </ul>
 *
 * <p>The observations have as parent the observation current on the thread that starts them (a request's, say);
 * a statement's is not made a child of its transaction's.
 *
 * @since 0.1.0
 */
public final class ObservationListener implements OrmdanticListener {

    /** The name of a statement's observation. */
    public static final String STATEMENT = "ormdantic.statement";

    /** The name of a transaction's observation. */
    public static final String TRANSACTION = "ormdantic.transaction";

    private final ObservationRegistry registry;
    /** Running statements, by the identity of their event (an after event carries the same instance). */
    private final Map<StatementEvent, Observation> statements = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Running transactions, by their number. */
    private final Map<Long, Observation> transactions = new ConcurrentHashMap<>();

    /**
     * Makes a listener that reports to a registry.
     *
     * @param registry the observation registry
     */
    public ObservationListener(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void beforeStatement(StatementEvent event) {
        if (registry.isNoop()) {
            return;
        }
        Observation observation = Observation.createNotStarted(STATEMENT, registry)
                .contextualName("ormdantic " + event.operation())
                .lowCardinalityKeyValue("operation", event.operation())
                .lowCardinalityKeyValue("table", event.table() == null ? "none" : event.table())
                .lowCardinalityKeyValue("dialect", event.dialect())
                .highCardinalityKeyValue("sql", event.sql())
                .start();
        statements.put(event, observation);
    }

    @Override
    public void afterStatement(StatementResult result) {
        Observation observation = statements.remove(result.statement());
        if (observation == null) {
            return;
        }
        observation.lowCardinalityKeyValue("outcome", result.succeeded() ? "success" : "error");
        observation.highCardinalityKeyValue("rows", Long.toString(result.rows()));
        Throwable error = result.error();
        if (error != null) {
            observation.error(error);
        }
        observation.stop();
    }

    @Override
    public void beforeTransaction(TransactionEvent event) {
        if (event.step() != TransactionStep.BEGIN || registry.isNoop()) {
            return;
        }
        Observation observation = Observation.createNotStarted(TRANSACTION, registry)
                .contextualName("ormdantic transaction")
                .lowCardinalityKeyValue("dialect", event.dialect())
                .highCardinalityKeyValue("attempt", Integer.toString(event.attempt()))
                .start();
        transactions.put(event.transaction(), observation);
    }

    @Override
    public void afterTransaction(TransactionResult result) {
        TransactionEvent event = result.event();
        Observation observation = transactions.get(event.transaction());
        if (observation == null) {
            return;
        }
        Throwable error = result.error();
        switch (event.step()) {
            case BEGIN -> {
                if (error != null) {
                    end(event, observation, "error", error);
                }
            }
            case COMMIT -> {
                if (error == null) {
                    end(event, observation, "committed", null);
                } else {
                    observation.error(error); // a rollback follows
                }
            }
            case ROLLBACK -> end(event, observation, "rolled_back", error);
            case SAVEPOINT, RELEASE_SAVEPOINT, ROLLBACK_TO_SAVEPOINT ->
                observation.event(Observation.Event.of(
                        event.step().name().toLowerCase(Locale.ROOT),
                        event.step().name().toLowerCase(Locale.ROOT) + " " + event.savepoint()));
        }
    }

    private void end(TransactionEvent event, Observation observation, String outcome, @Nullable Throwable error) {
        transactions.remove(event.transaction());
        observation.lowCardinalityKeyValue("outcome", outcome);
        if (error != null) {
            observation.error(error);
        }
        observation.stop();
    }
}
