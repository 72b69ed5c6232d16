package dev.ormdantic.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Fixture;
import dev.ormdantic.benchmarks.InvalidResultException;
import dev.ormdantic.benchmarks.NotApplicableException;
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
 * Every contender with a unit of work runs the session case as it claims on SQLite: of the first 1,000 rows by key,
 * every tenth ends with its score plus one and no other row changes; jOOQ and Jdbi say why they cannot; and the
 * validator refuses a run that wrote nothing or the wrong rows.
 */
class SessionCaseTest {

    private static final Profile SMALL = new Profile("s", 2_000, 1_000, 100, 1, 0, 500);

    @ParameterizedTest
    // the replica readers run no write case (ReplicaContenderTest), and SQLite has no replicas
    @EnumSource(
            value = ContenderKind.class,
            names = {"ORMDANTIC_REPLICA", "JDBC_REPLICA"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyTenthLoadedRowIsWrittenWithItsScorePlusOne(ContenderKind kind, @TempDir Path dir) throws Exception {
        Target target = target(dir);
        Workload workload = new Workload(SMALL);
        try (Fixture fixture = new Fixture(target, workload);
                Contender contender = kind.open(target)) {
            fixture.ensure(BenchCase.State.SEEDED);
            Contender.Prepared prepared;
            try {
                prepared = contender.prepare(BenchCase.SESSION, workload);
            } catch (NotApplicableException e) {
                assertEquals(true, kind.name().startsWith("JOOQ") || kind.name().startsWith("JDBI"), kind.name());
                return;
            }
            assertEquals(100L, prepared.run());
            new Validation(workload, fixture).check(BenchCase.SESSION, contender, 100L);
            assertEquals(
                    List.of(1, 1, 11, 991, 999, 0),
                    fixture.scores(List.of(
                            Workload.id(0),
                            Workload.id(1),
                            Workload.id(10),
                            Workload.id(990),
                            Workload.id(999),
                            Workload.id(1000))),
                    "rows 0, 10 and 990 raised; 1, 999 and row 1000 (outside the first thousand) not");
        }
    }

    @Test
    void validationRefusesARunThatWroteNothingOrTheWrongRows(@TempDir Path dir) throws Exception {
        Target target = target(dir);
        Workload workload = new Workload(SMALL);
        try (Fixture fixture = new Fixture(target, workload);
                Contender jdbc = ContenderKind.JDBC.open(target)) {
            Validation validation = new Validation(workload, fixture);
            fixture.ensure(BenchCase.State.SEEDED);
            InvalidResultException none =
                    assertThrows(InvalidResultException.class, () -> validation.check(BenchCase.SESSION, jdbc, 100L));
            assertEquals("sum of every score: expected 999100, got 999000", none.getMessage());

            jdbc.prepare(BenchCase.SESSION, workload).run();
            InvalidResultException count =
                    assertThrows(InvalidResultException.class, () -> validation.check(BenchCase.SESSION, jdbc, 99L));
            assertEquals("rows changed: expected 100, got 99", count.getMessage());
        }
    }

    private static Target target(Path dir) {
        String file = dir.resolve("session.sqlite3").toString();
        return new Target(Backend.SQLITE, Backend.SQLITE.jdbcUrl(file), Backend.SQLITE.ormUrl(file), 2);
    }
}
