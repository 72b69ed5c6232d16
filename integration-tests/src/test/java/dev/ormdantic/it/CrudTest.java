package dev.ormdantic.it;

import static dev.ormdantic.it.model.FlavorTable.ID;
import static dev.ormdantic.it.model.FlavorTable.NAME;
import static dev.ormdantic.it.model.FlavorTable.RATING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Result;
import dev.ormdantic.Slice;
import dev.ormdantic.TableHandle;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Every table-handle method, async and blocking, through the generated {@code FlavorTable}. */
class CrudTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);
    private static final Flavor MINT = new Flavor("mint", "Mint", 2);
    private static final Flavor CHOCOLATE = new Flavor("chocolate", "Chocolate", 4);

    @BackendTest
    void quickstartExample(Ormdantic db) {
        TableHandle<Flavor, String> flavors = db.table(FlavorTable.TABLE);
        assertSame(VANILLA, flavors.insert(VANILLA).join());
        flavors.insert(MINT).join();
        Result<Flavor> result =
                flavors.findMany(RATING.ge(4), OrderBy.asc(NAME)).join();
        assertEquals(List.of(VANILLA), result.data());
        assertEquals(0, result.offset());
        assertEquals(0, result.limit());
    }

    @BackendTest
    void insertThenFindOne(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.insert(VANILLA);
        assertEquals(Optional.of(VANILLA), flavors.findOne("vanilla"));
        assertEquals(Optional.empty(), flavors.findOne("strawberry"));
        assertEquals(
                Optional.of(VANILLA),
                db.table(FlavorTable.TABLE).findOne("vanilla").join());
    }

    @BackendTest
    void insertManyKeepsOrderAndChunksLargeBatches(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        // 12,000 rows of 3 columns = 36,000 parameters: more than SQLite's 32,766 per statement.
        List<Flavor> many = IntStream.range(0, 12_000)
                .mapToObj(i -> new Flavor("f%05d".formatted(i), "Flavor " + i, i % 10))
                .toList();
        assertEquals(many, flavors.insertMany(many));
        assertEquals(12_000, flavors.count());
        assertEquals(1_200, flavors.count(RATING.eq(7)));
        assertEquals(
                many.subList(0, 3),
                flavors.findMany(Filter.all(), OrderBy.asc(ID), Slice.limit(3)).data());
        assertEquals(
                List.of(many.get(11_999)),
                flavors.findMany(Filter.all(), OrderBy.asc(ID), Slice.all().offset(11_999))
                        .data());
        assertEquals(List.of(), flavors.insertMany(List.of()));
    }

    @BackendTest
    void findManyFiltersOrdersAndPages(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.insertMany(List.of(VANILLA, MINT, CHOCOLATE));

        assertEquals(
                List.of(CHOCOLATE, MINT, VANILLA),
                flavors.findMany(Filter.all(), OrderBy.asc(NAME)).data());
        assertEquals(
                List.of(VANILLA, CHOCOLATE, MINT),
                flavors.findMany(Filter.all(), OrderBy.desc(RATING)).data());
        assertEquals(List.of(MINT), flavors.findMany(RATING.lt(4)).data());
        assertEquals(
                List.of(CHOCOLATE, MINT),
                flavors.findMany(RATING.le(4), OrderBy.asc(NAME)).data());
        assertEquals(List.of(VANILLA), flavors.findMany(RATING.gt(4)).data());
        assertEquals(
                List.of(CHOCOLATE, VANILLA),
                flavors.findMany(RATING.ge(4), OrderBy.asc(NAME)).data());
        assertEquals(
                List.of(MINT, VANILLA),
                flavors.findMany(NAME.ne("Chocolate"), OrderBy.asc(NAME)).data());
        assertEquals(
                List.of(MINT, VANILLA),
                flavors.findMany(ID.in(List.of("mint", "vanilla", "x")), OrderBy.asc(ID))
                        .data());
        assertEquals(List.of(), flavors.findMany(ID.in(List.of())).data());
        assertEquals(
                List.of(CHOCOLATE),
                flavors.findMany(ID.notIn(List.of("mint", "vanilla"))).data());
        assertEquals(3, flavors.findMany(ID.notIn(List.of())).data().size());
        assertEquals(List.of(VANILLA), flavors.findMany(NAME.like("Van%")).data());
        assertEquals(List.of(VANILLA), flavors.findMany(NAME.ilike("vAN%")).data());
        assertEquals(List.of(), flavors.findMany(NAME.isNull()).data());
        assertEquals(3, flavors.findMany(NAME.isNotNull()).data().size());
        assertEquals(
                List.of(MINT, VANILLA),
                flavors.findMany(RATING.eq(2).or(RATING.eq(5)), OrderBy.asc(ID)).data());
        assertEquals(
                List.of(CHOCOLATE),
                flavors.findMany(RATING.ge(4).and(NAME.like("C%"))).data());
        assertEquals(
                List.of(CHOCOLATE, MINT),
                flavors.findMany(ID.eq("vanilla").not(), OrderBy.asc(ID)).data());

        Result<Flavor> page =
                flavors.findMany(Filter.all(), OrderBy.asc(ID), Slice.limit(2).offset(1));
        assertEquals(List.of(MINT, VANILLA), page.data());
        assertEquals(2, page.limit());
        assertEquals(1, page.offset());
        assertEquals(
                List.of(VANILLA),
                flavors.findMany(Filter.all(), OrderBy.asc(ID), Slice.all().offset(2))
                        .data());
    }

    @BackendTest
    void updateReportsWhetherARowChanged(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.insert(VANILLA);
        assertTrue(flavors.update(new Flavor("vanilla", "French Vanilla", 4)));
        assertEquals(Optional.of(new Flavor("vanilla", "French Vanilla", 4)), flavors.findOne("vanilla"));
        assertFalse(flavors.update(MINT));
        assertEquals(1, flavors.count());
        assertTrue(db.table(FlavorTable.TABLE).update(VANILLA).join());
    }

    @BackendTest
    void upsertInsertsThenReplaces(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.upsert(VANILLA);
        assertEquals(Optional.of(VANILLA), flavors.findOne("vanilla"));
        Flavor changed = new Flavor("vanilla", "Vanilla Bean", 3);
        assertEquals(changed, db.table(FlavorTable.TABLE).upsert(changed).join());
        assertEquals(List.of(changed), flavors.findMany().data());

        List<Flavor> mixed = new ArrayList<>(List.of(new Flavor("vanilla", "Vanilla", 5), MINT, CHOCOLATE));
        assertEquals(mixed, flavors.upsertMany(mixed));
        assertEquals(
                List.of(CHOCOLATE, MINT, VANILLA),
                flavors.findMany(Filter.all(), OrderBy.asc(ID)).data());
    }

    @BackendTest
    void deleteReportsWhetherARowWasDeleted(Ormdantic db) {
        TableHandle<Flavor, String> flavors = db.table(FlavorTable.TABLE);
        flavors.insertMany(List.of(VANILLA, MINT)).join();
        assertTrue(flavors.delete("vanilla").join());
        assertFalse(flavors.delete("vanilla").join());
        assertEquals(Optional.empty(), flavors.findOne("vanilla").join());
        assertEquals(List.of(MINT), flavors.findMany().join().data());
        assertEquals(1L, flavors.count().join());
    }

    @BackendTest
    void countsWithAndWithoutFilter(Ormdantic db) {
        TableHandle<Flavor, String> flavors = db.table(FlavorTable.TABLE);
        assertEquals(0L, flavors.count().join());
        flavors.insertMany(List.of(VANILLA, MINT, CHOCOLATE)).join();
        assertEquals(3L, flavors.count().join());
        assertEquals(2L, flavors.count(RATING.ge(4)).join());
        assertEquals(0L, flavors.count(RATING.gt(5)).join());
    }

    @BackendTest
    void initIsIdempotent(Ormdantic db) {
        db.blockingTable(FlavorTable.TABLE).insert(VANILLA);
        db.init().join();
        assertEquals(
                List.of(VANILLA), db.blockingTable(FlavorTable.TABLE).findMany().data());
    }
}
