package dev.ormdantic.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.event.StatementEvent;
import dev.ormdantic.event.StatementResult;
import dev.ormdantic.event.TransactionEvent;
import dev.ormdantic.event.TransactionResult;
import dev.ormdantic.event.TransactionStep;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The observations a listener makes of statement and transaction events, their names, keys and errors. */
class ObservationListenerTest {

    private static final StatementEvent INSERT =
            new StatementEvent("insert", "flavor", "sqlite", "INSERT INTO flavor (id) VALUES (?)", List.of());

    @Test
    void aStatementIsObservedWithItsKeysAndOutcome() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        ObservationListener listener = new ObservationListener(registry);
        listener.beforeStatement(INSERT);
        listener.afterStatement(new StatementResult(INSERT, Duration.ofMillis(1), 1, null));
        assertThat(registry)
                .hasNumberOfObservationsEqualTo(1)
                .hasObservationWithNameEqualTo(ObservationListener.STATEMENT)
                .that()
                .hasContextualNameEqualTo("ormdantic insert")
                .hasLowCardinalityKeyValue("operation", "insert")
                .hasLowCardinalityKeyValue("table", "flavor")
                .hasLowCardinalityKeyValue("dialect", "sqlite")
                .hasLowCardinalityKeyValue("outcome", "success")
                .hasHighCardinalityKeyValue("sql", "INSERT INTO flavor (id) VALUES (?)")
                .hasHighCardinalityKeyValue("rows", "1")
                .doesNotHaveError()
                .hasBeenStarted()
                .hasBeenStopped();
    }

    @Test
    void aFailedStatementRecordsItsError() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        ObservationListener listener = new ObservationListener(registry);
        StatementEvent ddl = new StatementEvent("init", null, "postgresql", "CREATE TABLE t (x INT)", List.of());
        SQLException failure = new SQLException("relation exists", "42P07");
        listener.beforeStatement(ddl);
        listener.afterStatement(new StatementResult(ddl, Duration.ofMillis(2), -1, failure));
        assertThat(registry)
                .hasSingleObservationThat()
                .hasLowCardinalityKeyValue("table", "none")
                .hasLowCardinalityKeyValue("outcome", "error")
                .hasError()
                .assertThatError()
                .isSameAs(failure);
    }

    @Test
    void twoEqualStatementsRunningAtOnceAreTwoObservations() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        ObservationListener listener = new ObservationListener(registry);
        StatementEvent first = new StatementEvent("count", "flavor", "sqlite", "SELECT COUNT(*)", List.of());
        StatementEvent second = new StatementEvent("count", "flavor", "sqlite", "SELECT COUNT(*)", List.of());
        listener.beforeStatement(first);
        listener.beforeStatement(second);
        listener.afterStatement(new StatementResult(second, Duration.ZERO, 1, null));
        listener.afterStatement(new StatementResult(first, Duration.ZERO, 1, null));
        assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo(ObservationListener.STATEMENT, 2)
                .forAllObservationsWithNameEqualTo(
                        ObservationListener.STATEMENT,
                        observation -> observation.hasLowCardinalityKeyValue("outcome", "success"));
    }

    @Test
    void aTransactionIsOneObservationFromBeginToCommitWithSavepointEvents() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        List<String> events = new ArrayList<>();
        registry.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
            @Override
            public void onEvent(Observation.Event event, Observation.Context context) {
                events.add(event.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        ObservationListener listener = new ObservationListener(registry);
        step(listener, 7, TransactionStep.BEGIN, null, null);
        step(listener, 7, TransactionStep.SAVEPOINT, "ormdantic_sp_1", null);
        step(listener, 7, TransactionStep.ROLLBACK_TO_SAVEPOINT, "ormdantic_sp_1", null);
        step(listener, 7, TransactionStep.COMMIT, null, null);
        assertThat(registry)
                .hasSingleObservationThat()
                .hasNameEqualTo(ObservationListener.TRANSACTION)
                .hasLowCardinalityKeyValue("dialect", "mariadb")
                .hasLowCardinalityKeyValue("outcome", "committed")
                .hasHighCardinalityKeyValue("attempt", "1")
                .hasBeenStopped();
        assertEquals(List.of("savepoint", "rollback_to_savepoint"), events);
    }

    @Test
    void aFailedCommitThenRollbackEndsRolledBackWithTheCommitsError() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        ObservationListener listener = new ObservationListener(registry);
        SQLException lost = new SQLException("connection lost", "08006");
        step(listener, 3, TransactionStep.BEGIN, null, null);
        step(listener, 3, TransactionStep.COMMIT, null, lost);
        step(listener, 3, TransactionStep.ROLLBACK, null, null);
        assertThat(registry)
                .hasSingleObservationThat()
                .hasLowCardinalityKeyValue("outcome", "rolled_back")
                .hasError(lost)
                .hasBeenStopped();
    }

    @Test
    void withAMeterHandlerStatementsBecomeTimersTaggedByTheLowCardinalityKeys() {
        MeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        ObservationListener listener = new ObservationListener(registry);
        for (int i = 0; i < 3; i++) {
            StatementEvent insert =
                    new StatementEvent("insert", "flavor", "sqlite", "INSERT INTO flavor (id) VALUES (?)", List.of());
            listener.beforeStatement(insert);
            listener.afterStatement(new StatementResult(insert, Duration.ZERO, 1, null));
        }
        Timer timer = meters.get(ObservationListener.STATEMENT)
                .tags("operation", "insert", "table", "flavor", "dialect", "sqlite", "outcome", "success")
                .timer();
        assertEquals(3, timer.count());
    }

    private static void step(
            ObservationListener listener,
            long transaction,
            TransactionStep step,
            @Nullable String savepoint,
            @Nullable Throwable error) {
        TransactionEvent event = new TransactionEvent(transaction, step, "mariadb", savepoint, 1);
        listener.beforeTransaction(event);
        listener.afterTransaction(new TransactionResult(event, Duration.ofMillis(1), error));
    }
}
