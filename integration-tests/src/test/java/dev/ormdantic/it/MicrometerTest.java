package dev.ormdantic.it;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.micrometer.ObservationListener;
import dev.ormdantic.micrometer.PoolMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;

/**
 * ormdantic-micrometer on a real database: observations of real statements and a transaction, with their keys and
 * errors, and the pool's meters that HikariCP reports once PoolMetrics is bound.
 */
class MicrometerTest {

    @BackendTest
    void statementsTransactionsAndThePoolAreObserved(TestDatabase test) {
        TestObservationRegistry observations = TestObservationRegistry.create();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (Ormdantic db = Ormdantic.builder(test.url())
                .tables(FlavorTable.TABLE)
                .listener(new ObservationListener(observations))
                .hikari(PoolMetrics.to(meters))
                .open()) {
            db.init().join();
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            flavors.insert(new Flavor("vanilla", "Vanilla", 5));
            assertThrows(OrmdanticException.class, () -> flavors.insert(new Flavor("vanilla", "Vanilla", 5)));
            db.blocking()
                    .inTransaction(tx -> tx.blockingTable(FlavorTable.TABLE).count());

            String dialect = test.backend().label();
            assertThat(observations)
                    .hasAnObservation(observation -> observation
                            .hasNameEqualTo(ObservationListener.STATEMENT)
                            .hasLowCardinalityKeyValue("operation", "insert")
                            .hasLowCardinalityKeyValue("table", "flavor")
                            .hasLowCardinalityKeyValue("dialect", dialect)
                            .hasLowCardinalityKeyValue("outcome", "success")
                            .hasHighCardinalityKeyValue("rows", "1")
                            .doesNotHaveError())
                    .hasAnObservation(observation -> observation
                            .hasNameEqualTo(ObservationListener.STATEMENT)
                            .hasLowCardinalityKeyValue("operation", "insert")
                            .hasLowCardinalityKeyValue("outcome", "error")
                            .hasError())
                    .hasAnObservation(observation -> observation
                            .hasNameEqualTo(ObservationListener.STATEMENT)
                            .hasLowCardinalityKeyValue("operation", "init")
                            .hasLowCardinalityKeyValue("table", "flavor"))
                    .hasAnObservation(observation -> observation
                            .hasNameEqualTo(ObservationListener.TRANSACTION)
                            .hasLowCardinalityKeyValue("dialect", dialect)
                            .hasLowCardinalityKeyValue("outcome", "committed"));
            assertThat(observations)
                    .forAllObservationsWithNameEqualTo(
                            ObservationListener.STATEMENT,
                            observation -> observation.hasHighCardinalityKeyValueWithKey("sql"));

            assertTrue(meters.find("hikaricp.connections").gauge() != null, meters.getMetersAsString());
            String pool = String.valueOf(
                    meters.get("hikaricp.connections").gauge().getId().getTag("pool"));
            assertTrue(pool.matches("ormdantic-" + dialect + "-\\d+"), pool);
        }
    }
}
