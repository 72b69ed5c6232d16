package dev.ormdantic.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Fixture;
import dev.ormdantic.benchmarks.Graphs.ChildTree;
import dev.ormdantic.benchmarks.Graphs.ChildWithParent;
import dev.ormdantic.benchmarks.Graphs.ParentTree;
import dev.ormdantic.benchmarks.InvalidResultException;
import dev.ormdantic.benchmarks.Profile;
import dev.ormdantic.benchmarks.RelationShape;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Validation;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.model.Leaf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * This ORM's relationship cases on SQLite, blocking, listened and async: each returns a result the validator accepts,
 * and the very graph the JDBC floor builds by hand (the same parents in the same order, with the same children and
 * leaves in the same order), over more parents than one select-in batch holds.
 */
class RelationshipCasesTest {

    /** 10,000 read rows: 40 parents, 120 children, 240 leaves, select-in batches of 25 keys. */
    private static final Profile SHAPED = new Profile("t", 10_000, 1_000, 100, 1, 0, 500);

    private static final List<BenchCase> CASES = List.of(
            BenchCase.HYDRATE_RELATIONSHIPS,
            BenchCase.ONE_TO_MANY,
            BenchCase.MANY_TO_ONE,
            BenchCase.NESTED_RELATIONSHIPS);

    @ParameterizedTest
    @EnumSource(
            value = ContenderKind.class,
            names = {"ORMDANTIC_BLOCKING", "ORMDANTIC_LISTENED", "ORMDANTIC_ASYNC"})
    void eachCaseLoadsTheGraphJdbcLoads(ContenderKind kind, @TempDir Path dir) throws Exception {
        Target target = target(dir);
        Workload workload = new Workload(SHAPED);
        RelationShape shape = workload.relations();
        assertEquals(new RelationShape(40, 3, 2, 25), shape);
        try (Fixture fixture = new Fixture(target, workload);
                Contender jdbc = ContenderKind.JDBC.open(target);
                Contender orm = kind.open(target)) {
            fixture.ensure(BenchCase.State.SEEDED);
            Validation validation = new Validation(workload, fixture);
            for (BenchCase benchCase : CASES) {
                Object expected = jdbc.prepare(benchCase, workload).run();
                Contender.Prepared prepared = orm.prepare(benchCase, workload);
                Object actual = prepared.run();
                validation.check(benchCase, orm, actual);
                assertEquals(outline(jdbc, benchCase, expected), outline(orm, benchCase, actual), benchCase.name());
                // prepared once, run again: the same graph
                assertEquals(outline(jdbc, benchCase, expected), outline(orm, benchCase, prepared.run()));
            }
            List<String> nested = outline(
                    orm,
                    BenchCase.NESTED_RELATIONSHIPS,
                    orm.prepare(BenchCase.NESTED_RELATIONSHIPS, workload).run());
            assertEquals(
                    List.of(
                            "parent-000000 parent 0",
                            " child-000000-0 parent-000000 child 0-0",
                            "  leaf-000000-0-0 child-000000-0 leaf 0-0-0",
                            "  leaf-000000-0-1 child-000000-0 leaf 0-0-1"),
                    nested.subList(0, 4));
            assertEquals(shape.parents() + shape.children() + shape.leaves(), nested.size());
        }
    }

    @Test
    void validationRefusesAGraphWithoutItsLeaves(@TempDir Path dir) throws Exception {
        Target target = target(dir);
        Workload workload = new Workload(SHAPED);
        try (Fixture fixture = new Fixture(target, workload);
                Contender orm = ContenderKind.ORMDANTIC_BLOCKING.open(target)) {
            fixture.ensure(BenchCase.State.SEEDED);
            Object withoutLeaves = orm.prepare(BenchCase.ONE_TO_MANY, workload).run();
            InvalidResultException missing = assertThrows(
                    InvalidResultException.class,
                    () -> new Validation(workload, fixture).check(BenchCase.NESTED_RELATIONSHIPS, orm, withoutLeaves));
            assertEquals("leaves of child-000000-0: expected 2, got 0", missing.getMessage());
        }
    }

    /**
     * The graph as lines of keys and names, indented by depth, in the order it was returned; also what
     * PeerRelationshipCasesTest compares the peers' graphs by.
     */
    static List<String> outline(Contender contender, BenchCase benchCase, Object result) {
        List<String> lines = new ArrayList<>();
        for (Object row : (List<?>) result) {
            if (benchCase == BenchCase.MANY_TO_ONE) {
                ChildWithParent pair = contender.asChildWithParent(row);
                lines.add(pair.child().id() + " " + pair.child().parentId() + " "
                        + pair.child().name() + " -> " + pair.parent().id() + " "
                        + pair.parent().name());
                continue;
            }
            ParentTree tree = contender.asParentTree(row);
            lines.add(tree.parent().id() + " " + tree.parent().name());
            for (ChildTree child : tree.children()) {
                lines.add(" " + child.child().id() + " " + child.child().parentId() + " "
                        + child.child().name());
                for (Leaf leaf : child.leaves()) {
                    lines.add("  " + leaf.id() + " " + leaf.child().key() + " " + leaf.name());
                }
            }
        }
        return lines;
    }

    private static Target target(Path dir) {
        String file = dir.resolve("relations.sqlite3").toString();
        return new Target(Backend.SQLITE, Backend.SQLITE.jdbcUrl(file), Backend.SQLITE.ormUrl(file), 2);
    }
}
