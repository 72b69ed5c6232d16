package dev.ormdantic.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Fixture;
import dev.ormdantic.benchmarks.Graphs.ChildWithParent;
import dev.ormdantic.benchmarks.InvalidResultException;
import dev.ormdantic.benchmarks.Profile;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Validation;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.model.Parent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every peer's relationship cases (jOOQ, Jdbi, Hibernate, Ebean) on SQLite, and on PostgreSQL and MariaDB when
 * {@code ORMDANTIC_BENCH_POSTGRES_JDBC} / {@code ORMDANTIC_BENCH_MARIADB_JDBC} name a database (both URLs of a server
 * are needed, as for a benchmark run): each returns a result the validator accepts, and the very graph the JDBC floor
 * builds by hand, line by line, over more parents than one select-in batch holds; and the validator refuses the
 * peer's one-to-many graph (no leaves) as a nested one, and its many-to-one pairs with a parent swapped or a parent
 * that is only its key (no name), as Ebean's unfetched reference was.
 */
class PeerRelationshipCasesTest {

    /** 10,000 read rows: 40 parents, 120 children, 240 leaves, select-in batches of 25 keys. */
    private static final Profile SHAPED = new Profile("t", 10_000, 1_000, 100, 1, 0, 500);

    private static final List<BenchCase> CASES = List.of(
            BenchCase.HYDRATE_RELATIONSHIPS,
            BenchCase.ONE_TO_MANY,
            BenchCase.MANY_TO_ONE,
            BenchCase.NESTED_RELATIONSHIPS);

    private static final List<ContenderKind> PEERS =
            List.of(ContenderKind.JOOQ, ContenderKind.JDBI, ContenderKind.HIBERNATE, ContenderKind.EBEAN);

    static Stream<Arguments> peersOnBackends() {
        List<Backend> backends = new ArrayList<>(List.of(Backend.SQLITE));
        if (System.getenv("ORMDANTIC_BENCH_POSTGRES_JDBC") != null) {
            backends.add(Backend.POSTGRES);
        }
        if (System.getenv("ORMDANTIC_BENCH_MARIADB_JDBC") != null) {
            backends.add(Backend.MARIADB);
        }
        return backends.stream().flatMap(b -> PEERS.stream().map(k -> Arguments.of(b, k)));
    }

    @ParameterizedTest
    @MethodSource("peersOnBackends")
    void eachCaseLoadsTheGraphJdbcLoads(Backend backend, ContenderKind kind, @TempDir Path dir) throws Exception {
        String file = dir.resolve("peers.sqlite3").toString();
        Target target = new Target(backend, backend.jdbcUrl(file), backend.ormUrl(file), 2);
        Workload workload = new Workload(SHAPED);
        try (Fixture fixture = new Fixture(target, workload);
                Contender jdbc = ContenderKind.JDBC.open(target);
                Contender peer = kind.open(target)) {
            fixture.ensure(BenchCase.State.SEEDED);
            Validation validation = new Validation(workload, fixture);
            for (BenchCase benchCase : CASES) {
                List<String> expected = RelationshipCasesTest.outline(
                        jdbc, benchCase, jdbc.prepare(benchCase, workload).run());
                Contender.Prepared prepared = peer.prepare(benchCase, workload);
                Object actual = prepared.run();
                validation.check(benchCase, peer, actual);
                assertEquals(expected, RelationshipCasesTest.outline(peer, benchCase, actual), benchCase.name());
                // prepared once, run again: the same graph
                assertEquals(
                        expected,
                        RelationshipCasesTest.outline(peer, benchCase, prepared.run()),
                        benchCase.name() + " again");
            }
            List<String> nested = RelationshipCasesTest.outline(
                    peer,
                    BenchCase.NESTED_RELATIONSHIPS,
                    peer.prepare(BenchCase.NESTED_RELATIONSHIPS, workload).run());
            assertEquals(
                    List.of(
                            "parent-000000 parent 0",
                            " child-000000-0 parent-000000 child 0-0",
                            "  leaf-000000-0-0 child-000000-0 leaf 0-0-0",
                            "  leaf-000000-0-1 child-000000-0 leaf 0-0-1"),
                    nested.subList(0, 4));
            assertEquals(40 + 120 + 240, nested.size());

            Object withoutLeaves = peer.prepare(BenchCase.ONE_TO_MANY, workload).run();
            InvalidResultException missing = assertThrows(
                    InvalidResultException.class,
                    () -> validation.check(BenchCase.NESTED_RELATIONSHIPS, peer, withoutLeaves));
            assertEquals("leaves of child-000000-0: expected 2, got 0", missing.getMessage());

            List<?> pairs =
                    (List<?>) peer.prepare(BenchCase.MANY_TO_ONE, workload).run();
            ChildWithParent first = peer.asChildWithParent(pairs.get(0));
            ChildWithParent last = peer.asChildWithParent(pairs.get(pairs.size() - 1));
            List<ChildWithParent> swapped = new ArrayList<>();
            for (Object pair : pairs) {
                swapped.add(peer.asChildWithParent(pair));
            }
            swapped.set(0, new ChildWithParent(first.child(), last.parent()));
            InvalidResultException wrongParent = assertThrows(
                    InvalidResultException.class, () -> validation.check(BenchCase.MANY_TO_ONE, jdbc, swapped));
            assertEquals(
                    "parent of " + first.child().id() + ": expected "
                            + first.child().parentId() + ", got "
                            + last.parent().id(),
                    wrongParent.getMessage());

            // a parent that is only a reference (its key, not its row) fails too
            swapped.set(
                    0,
                    new ChildWithParent(first.child(), new Parent(first.parent().id(), "")));
            InvalidResultException unloaded = assertThrows(
                    InvalidResultException.class, () -> validation.check(BenchCase.MANY_TO_ONE, jdbc, swapped));
            assertEquals(
                    "name of " + first.parent().id() + ": expected "
                            + first.parent().name() + ", got ",
                    unloaded.getMessage());
        }
    }
}
