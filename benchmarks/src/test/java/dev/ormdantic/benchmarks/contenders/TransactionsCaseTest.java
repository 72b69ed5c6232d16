package dev.ormdantic.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Fixture;
import dev.ormdantic.benchmarks.InvalidResultException;
import dev.ormdantic.benchmarks.Profile;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Validation;
import dev.ormdantic.benchmarks.Workload;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every contender's transactions case does what it claims on SQLite: each lookup key's row ends with its seeded score
 * plus one, no other row changes, and a second call adds one more; and the validator refuses a run that did not
 * commit, or committed twice.
 */
class TransactionsCaseTest {

    private static final Profile SMALL = new Profile("t", 1_000, 1_000, 100, 1, 0, 500);

    @ParameterizedTest
    // the replica readers run no write case (ReplicaContenderTest), and SQLite has no replicas
    @EnumSource(
            value = ContenderKind.class,
            names = {"ORMDANTIC_REPLICA", "JDBC_REPLICA"},
            mode = EnumSource.Mode.EXCLUDE)
    void eachTransactionReadsTheRowAndCommitsItsScorePlusOne(ContenderKind kind, @TempDir Path dir) throws Exception {
        Target target = target(dir);
        Workload workload = new Workload(SMALL);
        List<String> ids = workload.lookupIds();
        try (Fixture fixture = new Fixture(target, workload);
                Contender contender = kind.open(target)) {
            fixture.ensure(BenchCase.State.SEEDED);
            Contender.Prepared prepared = contender.prepare(BenchCase.TRANSACTIONS, workload);

            assertEquals(100L, prepared.run());
            new Validation(workload, fixture).check(BenchCase.TRANSACTIONS, contender, 100L);
            assertEquals(
                    Workload.item(0).score() + 1,
                    fixture.scores(List.of(ids.getFirst())).getFirst());
            assertEquals(
                    List.of(Workload.item(1).score(), Workload.item(999).score()),
                    fixture.scores(List.of(Workload.id(1), Workload.id(999))),
                    "rows without a transaction keep their score");

            // the same call again, on the same prepared work: every row one more
            assertEquals(100L, prepared.run());
            fixture.touched();
            List<Integer> twice = fixture.scores(ids);
            for (int i = 0; i < ids.size(); i++) {
                assertEquals(Workload.transactedScore(ids.get(i)) + 1, twice.get(i), ids.get(i));
            }
            assertEquals(workload.scoreSum() + 2L * ids.size(), fixture.sumScores());
        }
    }

    @Test
    void validationRefusesARunThatCommittedNothingOrTwice(@TempDir Path dir) throws Exception {
        Target target = target(dir);
        Workload workload = new Workload(SMALL);
        try (Fixture fixture = new Fixture(target, workload);
                Contender jdbc = ContenderKind.JDBC.open(target)) {
            Validation validation = new Validation(workload, fixture);
            fixture.ensure(BenchCase.State.SEEDED);
            InvalidResultException none = assertThrows(
                    InvalidResultException.class, () -> validation.check(BenchCase.TRANSACTIONS, jdbc, 100L));
            assertEquals("score of item-00000000: expected 1, got 0", none.getMessage());

            Contender.Prepared prepared = jdbc.prepare(BenchCase.TRANSACTIONS, workload);
            prepared.run();
            prepared.run();
            fixture.touched();
            InvalidResultException twice = assertThrows(
                    InvalidResultException.class, () -> validation.check(BenchCase.TRANSACTIONS, jdbc, 100L));
            assertEquals("score of item-00000000: expected 1, got 2", twice.getMessage());

            fixture.ensure(BenchCase.State.SEEDED);
            prepared.run();
            InvalidResultException count = assertThrows(
                    InvalidResultException.class, () -> validation.check(BenchCase.TRANSACTIONS, jdbc, 99L));
            assertEquals("transactions committed: expected 100, got 99", count.getMessage());
        }
    }

    private static Target target(Path dir) {
        String file = dir.resolve("tx.sqlite3").toString();
        return new Target(Backend.SQLITE, Backend.SQLITE.jdbcUrl(file), Backend.SQLITE.ormUrl(file), 2);
    }
}
