package dev.ormdantic.benchmarks;

import dev.ormdantic.benchmarks.model.Item;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Checks what a sample produced, after the clock stops: the value the case returned and, for the write cases, the
 * rows in the database. A failed check ends the contender's case with the reason instead of a number.
 */
public final class Validation {

    private final Workload w;
    private final Fixture fixture;

    /**
     * A validator over a workload and the database the fixture reads.
     *
     * @param workload the data and expected values
     * @param fixture the database
     */
    public Validation(Workload workload, Fixture fixture) {
        this.w = workload;
        this.fixture = fixture;
    }

    /**
     * Checks one sample.
     *
     * @param benchCase the case
     * @param contender who ran it, to read its row objects
     * @param result what it returned
     * @throws InvalidResultException naming the expected and the actual value
     * @throws SQLException when the database cannot be read back
     */
    public void check(BenchCase benchCase, Contender contender, Object result)
            throws InvalidResultException, SQLException {
        long lookups = w.lookupIds().size();
        switch (benchCase) {
            case SCHEMA_CREATE_DROP -> expect("item table after drop", false, fixture.itemsExist());
            case RAW_BATCH_INSERT, ORM_INSERT_MODELS -> {
                expect("rows written", (long) w.profile().writeRows(), number(result));
                expect("rows in table", (long) w.profile().writeRows(), fixture.countItems(null));
            }
            case ORM_UPDATE_FILTERED -> {
                expect("updated rows counted", w.categoryRows(), number(result));
                expect("rows with the new score", w.categoryRows(), fixture.countItems(Workload.UPDATED_SCORE));
            }
            case ORM_UPSERT_MIXED -> {
                expect("rows upserted", 2 * lookups, number(result));
                expect("rows in table", w.profile().readRows() + lookups, fixture.countItems(null));
                expect("rows with the upserted score", 2 * lookups, fixture.countItems(Workload.UPSERTED_SCORE));
            }
            case ORM_DELETE_FILTERED -> {
                expect("rows left", w.profile().readRows() - w.categoryRows(), number(result));
                expect("rows in table", w.profile().readRows() - w.categoryRows(), fixture.countItems(null));
            }
            case TRANSACTIONS -> {
                expect("transactions committed", lookups, number(result));
                List<Integer> scores = fixture.scores(w.lookupIds());
                for (int i = 0; i < scores.size(); i++) {
                    String id = w.lookupIds().get(i);
                    expect("score of " + id, Workload.transactedScore(id), scores.get(i));
                }
                expect("sum of every score", w.scoreSum() + lookups, fixture.sumScores());
            }
            case SESSION -> {
                expect("rows changed", w.sessionChanged(), number(result));
                expect("sum of every score", w.scoreSum() + w.sessionChanged(), fixture.sumScores());
                List<Integer> scores = fixture.scores(List.of(Workload.id(0), Workload.id(1), Workload.id(10)));
                expect("scores of rows 0, 1 and 10", List.of(1, 1, 11), scores);
            }
            case COUNT_ALL -> expect("count", (long) w.profile().readRows(), number(result));
            case COUNT_EQUALITY -> expect("count", w.categoryRows(), number(result));
            case COUNT_RANGE -> expect("count", w.rangeRows(), number(result));
            case AGGREGATE_FILTERED ->
                expect("aggregate", new Aggregate(w.categoryRows(), w.categoryScoreSum()), result);
            case SCALAR_PROJECTION, TYPED_PROJECTION -> {
                List<?> rows = list(result);
                expect("rows", w.categoryRows(), (long) rows.size());
                if (!rows.isEmpty()) {
                    expect("first row", new IdScore(Workload.id(3), 3), contender.asIdScore(rows.getFirst()));
                }
            }
            case PK_LOOKUP -> expect("rows found", lookups, number(result));
            case PAGINATED_FIND_MANY -> {
                List<?> rows = list(result);
                expect("rows", (long) w.secondPageRows(), (long) rows.size());
                if (!rows.isEmpty()) {
                    int first = w.profile().pageLimit();
                    expect("first row", Workload.item(first), contender.asItem(rows.getFirst()));
                }
            }
            case ORDERED_FIND_MANY -> {
                List<?> rows = list(result);
                expect("rows", (long) w.orderedPageRows(), (long) rows.size());
                if (!rows.isEmpty()) {
                    expect("first row", Workload.item(0), contender.asItem(rows.getFirst()));
                }
            }
            case HYDRATE_FLAT -> {
                List<?> rows = list(result);
                expect("rows", (long) w.flatPageRows(), (long) rows.size());
                for (Object row : rows) {
                    Item item = contender.asItem(row);
                    expect("category", Workload.CATEGORY, item.category());
                    expect(
                            "row " + item.id(),
                            Workload.item(Integer.parseInt(item.id().substring(5))),
                            item);
                }
            }
            case HYDRATE_RELATIONSHIPS, NESTED_RELATIONSHIPS -> trees(contender, result, true);
            case ONE_TO_MANY -> trees(contender, result, false);
            case MANY_TO_ONE -> {
                RelationShape shape = w.relations();
                List<?> rows = list(result);
                expect("children", (long) shape.children(), (long) rows.size());
                for (Object row : rows) {
                    Graphs.ChildWithParent loaded = contender.asChildWithParent(row);
                    expect(
                            "parent of " + loaded.child().id(),
                            loaded.child().parentId(),
                            loaded.parent().id());
                    expect(
                            "name of " + loaded.parent().id(),
                            parentName(loaded.parent().id()),
                            loaded.parent().name());
                }
            }
        }
    }

    private void trees(Contender contender, Object result, boolean withLeaves) throws InvalidResultException {
        RelationShape shape = w.relations();
        List<?> rows = list(result);
        expect("parents", (long) shape.parents(), (long) rows.size());
        for (Object row : rows) {
            Graphs.ParentTree tree = contender.asParentTree(row);
            expect(
                    "name of " + tree.parent().id(),
                    parentName(tree.parent().id()),
                    tree.parent().name());
            expect(
                    "children of " + tree.parent().id(),
                    shape.childrenPerParent(),
                    tree.children().size());
            for (Graphs.ChildTree child : tree.children()) {
                expect(
                        "parent of " + child.child().id(),
                        tree.parent().id(),
                        child.child().parentId());
                expect(
                        "leaves of " + child.child().id(),
                        withLeaves ? shape.leavesPerChild() : 0,
                        child.leaves().size());
            }
        }
    }

    /** The name the fixture gives a parent: {@code parent 7} for {@code parent-000007}. */
    private static String parentName(String id) {
        return "parent " + Integer.parseInt(id.substring(id.indexOf('-') + 1));
    }

    private static long number(Object result) throws InvalidResultException {
        if (result instanceof Number n) {
            return n.longValue();
        }
        throw new InvalidResultException(
                "expected a number, got " + result.getClass().getName());
    }

    private static List<?> list(Object result) throws InvalidResultException {
        if (result instanceof List<?> l) {
            return l;
        }
        throw new InvalidResultException(
                "expected a list, got " + result.getClass().getName());
    }

    private static void expect(String what, Object expected, Object actual) throws InvalidResultException {
        if (!Objects.equals(expected, actual)) {
            throw new InvalidResultException(what + ": expected " + expected + ", got " + actual);
        }
    }
}
