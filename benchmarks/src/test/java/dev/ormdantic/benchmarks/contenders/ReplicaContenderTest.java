package dev.ormdantic.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Fixture;
import dev.ormdantic.benchmarks.NotApplicableException;
import dev.ormdantic.benchmarks.Profile;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Validation;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.cli.BenchmarkMain;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The replica readers ({@code ormdantic-replica}, {@code jdbc-replica}): named on the command line, left out of a run
 * that names no contenders, not applicable on SQLite with a reason, and, where the replica rig runs
 * ({@code .ci/replicas}; skipped otherwise), returning results the validator accepts for every read case right after
 * the fixture seeded the primary.
 */
class ReplicaContenderTest {

    private static final Profile SMALL = new Profile("t", 1_000, 1_000, 100, 1, 0, 500);

    @Test
    void theReplicaReadersAreNamedButNotInTheDefaultRun() {
        assertEquals(ContenderKind.ORMDANTIC_REPLICA, ContenderKind.named("ormdantic-replica"));
        assertEquals(ContenderKind.JDBC_REPLICA, ContenderKind.named(" JDBC-Replica "));
        BenchmarkMain.Options named =
                BenchmarkMain.Options.parse("--contenders", "ormdantic-replica,jdbc-replica,jdbc");
        assertEquals(
                List.of(ContenderKind.ORMDANTIC_REPLICA, ContenderKind.JDBC_REPLICA, ContenderKind.JDBC),
                named.contenders());
        List<ContenderKind> defaults = BenchmarkMain.Options.parse().contenders();
        assertFalse(defaults.contains(ContenderKind.ORMDANTIC_REPLICA));
        assertFalse(defaults.contains(ContenderKind.JDBC_REPLICA));
        assertEquals(ContenderKind.values().length - 2, defaults.size());
        assertEquals(ContenderKind.defaults(), defaults);
    }

    @ParameterizedTest
    @EnumSource(
            value = ContenderKind.class,
            names = {"ORMDANTIC_REPLICA", "JDBC_REPLICA"})
    void sqliteHasNoReplicas(ContenderKind kind, @TempDir Path dir) {
        String file = dir.resolve("bench.sqlite3").toString();
        Target target = new Target(Backend.SQLITE, Backend.SQLITE.jdbcUrl(file), Backend.SQLITE.ormUrl(file), 2);
        NotApplicableException e = assertThrows(NotApplicableException.class, () -> kind.open(target));
        assertTrue(Objects.requireNonNull(e.getMessage()).startsWith("SQLite has no replicas"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(
            value = Backend.class,
            names = {"POSTGRES", "MARIADB"})
    void everyReadCaseValidatesOnTheReplicaAndWritesAreNotApplicable(Backend backend, @TempDir Path dir)
            throws Exception {
        assumeTrue(reachable(backend.jdbcUrl("")), "no primary: " + backend.id());
        assumeTrue(reachable(Objects.requireNonNull(backend.replicaJdbcUrl())), "no replica rig: " + backend.id());
        Target target = new Target(backend, backend.jdbcUrl(""), backend.ormUrl(""), 2);
        Workload workload = new Workload(SMALL);
        try (Fixture fixture = new Fixture(target, workload)) {
            fixture.ensure(BenchCase.State.SEEDED);
            Validation validation = new Validation(workload, fixture);
            for (ContenderKind kind : List.of(ContenderKind.ORMDANTIC_REPLICA, ContenderKind.JDBC_REPLICA)) {
                try (Contender contender = kind.open(target)) {
                    for (BenchCase benchCase : BenchCase.values()) {
                        if (benchCase.mutates()) {
                            NotApplicableException e = assertThrows(
                                    NotApplicableException.class, () -> contender.prepare(benchCase, workload));
                            assertTrue(
                                    Objects.requireNonNull(e.getMessage()).startsWith("writes run on the primary"),
                                    e.getMessage());
                            continue;
                        }
                        // a reseed between cases, as after a write case: the next prepare waits for the replica
                        if (benchCase == BenchCase.PK_LOOKUP) {
                            fixture.touched();
                            fixture.ensure(BenchCase.State.SEEDED);
                        }
                        Object result = contender.prepare(benchCase, workload).run();
                        validation.check(benchCase, contender, result);
                    }
                }
            }
        }
    }

    private static boolean reachable(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
