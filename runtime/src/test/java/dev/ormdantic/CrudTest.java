package dev.ormdantic;

import static dev.ormdantic.fixture.FlavorTable.ID;
import static dev.ormdantic.fixture.FlavorTable.NAME;
import static dev.ormdantic.fixture.FlavorTable.RATING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.fixture.Flavor;
import dev.ormdantic.fixture.FlavorTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every handle method, blocking and asynchronous, on a SQLite file. */
class CrudTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);
    private static final Flavor MINT = new Flavor("mint", "Mint", 2);
    private static final Flavor CHOCOLATE = new Flavor("chocolate", "Chocolate", 4);
    private static final Flavor NONE = new Flavor("none", "Nothing", 0);

    @TempDir
    Path dir;

    private Ormdantic db;
    private BlockingTableHandle<Flavor, String> flavors;
    private TableHandle<Flavor, String> async;

    @BeforeEach
    void open() {
        db = Ormdantic.open("sqlite:" + dir.resolve("crud.sqlite3"));
        db.init().join();
        flavors = db.blockingTable(FlavorTable.TABLE);
        async = db.table(FlavorTable.TABLE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Flavor> byId() {
        return flavors.findMany(Filter.all(), OrderBy.asc(ID)).data();
    }

    @Test
    void handlesAreTheTwoFacesOfOneTable() {
        assertSame(flavors, async.blocking());
        assertSame(async, flavors.async());
        assertEquals("flavor", async.name());
        assertEquals(List.of("flavor", "gadget"), db.tableNames());
        assertEquals("sqlite", db.dialect());
    }

    @Test
    void blockingRoundTrip() {
        assertSame(VANILLA, flavors.insert(VANILLA));
        assertEquals(List.of(MINT, CHOCOLATE), flavors.insertMany(List.of(MINT, CHOCOLATE)));
        assertEquals(Optional.of(VANILLA), flavors.findOne("vanilla"));
        assertEquals(Optional.empty(), flavors.findOne("strawberry"));
        assertEquals(List.of(CHOCOLATE, MINT, VANILLA), byId());
        assertEquals(3, flavors.count());
        assertEquals(2, flavors.count(RATING.ge(4)));

        Flavor french = new Flavor("vanilla", "French Vanilla", 4);
        assertTrue(flavors.update(french));
        assertEquals(Optional.of(french), flavors.findOne("vanilla"));

        Flavor bean = new Flavor("vanilla", "Vanilla Bean", 3);
        assertSame(bean, flavors.upsert(bean));
        assertSame(NONE, flavors.upsert(NONE));
        assertEquals(List.of(CHOCOLATE, MINT, NONE, bean), byId());

        List<Flavor> again = List.of(VANILLA, new Flavor("mint", "Peppermint", 3), new Flavor("lemon", "Lemon", 1));
        assertEquals(again, flavors.upsertMany(again));
        assertEquals(
                List.of(CHOCOLATE, new Flavor("lemon", "Lemon", 1), new Flavor("mint", "Peppermint", 3), NONE, VANILLA),
                byId());

        assertTrue(flavors.delete("none"));
        assertEquals(4, flavors.count());
    }

    @Test
    void asyncRoundTrip() {
        assertSame(VANILLA, async.insert(VANILLA).join());
        assertEquals(
                List.of(MINT, CHOCOLATE),
                async.insertMany(List.of(MINT, CHOCOLATE)).join());
        assertEquals(Optional.of(MINT), async.findOne("mint").join());
        assertEquals(Optional.empty(), async.findOne("strawberry").join());
        assertEquals(3, async.findMany().join().data().size());
        assertEquals(List.of(MINT), async.findMany(RATING.lt(3)).join().data());
        assertEquals(
                List.of(CHOCOLATE, VANILLA),
                async.findMany(RATING.gt(2), OrderBy.asc(NAME)).join().data());
        Result<Flavor> page = async.findMany(
                        Filter.all(), OrderBy.desc(RATING), Slice.limit(1).offset(1))
                .join();
        assertEquals(new Result<>(1, 1, List.of(CHOCOLATE)), page);
        assertEquals(3L, async.count().join());
        assertEquals(1L, async.count(NAME.like("M%")).join());

        assertTrue(async.update(new Flavor("mint", "Mint Chip", 3)).join());
        assertFalse(async.update(NONE).join());
        assertSame(NONE, async.upsert(NONE).join());
        assertEquals(List.of(NONE), async.upsertMany(List.of(NONE)).join());
        assertTrue(async.delete("none").join());
        assertFalse(async.delete("none").join());
        assertEquals(List.of(CHOCOLATE, new Flavor("mint", "Mint Chip", 3), VANILLA), byId());
    }

    @Test
    void updateAndDeleteOfMissingRowsReturnFalseAndChangeNothing() {
        flavors.insert(VANILLA);
        assertFalse(flavors.update(MINT));
        assertFalse(flavors.delete("mint"));
        assertEquals(List.of(VANILLA), byId());
    }

    @Test
    void emptyBatchesWriteNothing() {
        assertEquals(List.of(), flavors.insertMany(List.of()));
        assertEquals(List.of(), async.upsertMany(List.of()).join());
        assertEquals(0, flavors.count());
    }

    @Test
    void filtersCoverEveryOperator() {
        flavors.insertMany(List.of(VANILLA, MINT, CHOCOLATE, NONE));
        assertEquals(List.of(MINT), find(NAME.eq("Mint")));
        assertEquals(List.of(CHOCOLATE, NONE, VANILLA), find(NAME.ne("Mint")));
        assertEquals(List.of(MINT, NONE), find(RATING.lt(4)));
        assertEquals(List.of(CHOCOLATE, MINT, NONE), find(RATING.le(4)));
        assertEquals(List.of(VANILLA), find(RATING.gt(4)));
        assertEquals(List.of(CHOCOLATE, VANILLA), find(RATING.ge(4)));
        assertEquals(List.of(CHOCOLATE, VANILLA), find(RATING.ge(4)));
        assertEquals(List.of(MINT, NONE), find(RATING.le(2)));
        assertEquals(List.of(MINT, VANILLA), find(ID.in(List.of("mint", "vanilla", "absent"))));
        assertEquals(List.of(), find(ID.in(List.of())));
        assertEquals(List.of(CHOCOLATE, NONE), find(ID.notIn(List.of("mint", "vanilla"))));
        assertEquals(4, find(ID.notIn(List.of())).size());
        assertEquals(List.of(CHOCOLATE), find(NAME.like("Ch%")));
        assertEquals(List.of(MINT, NONE, VANILLA), find(NAME.notLike("Ch%")));
        assertEquals(List.of(VANILLA), find(NAME.ilike("vAn%")));
        assertEquals(List.of(), find(NAME.isNull()));
        assertEquals(4, find(NAME.isNotNull()).size());
        assertEquals(List.of(), find(NAME.eq((String) null)));
        assertEquals(List.of(MINT, VANILLA), find(RATING.eq(2).or(RATING.eq(5))));
        assertEquals(List.of(CHOCOLATE), find(RATING.ge(4).and(NAME.like("C%"))));
        assertEquals(List.of(CHOCOLATE, MINT, NONE), find(ID.eq("vanilla").not()));
        assertEquals(
                List.of(NONE, VANILLA),
                find(RATING.eq(0).or(RATING.ge(5).and(NAME.like("V%"))).and(ID.ne("x"))));
    }

    private List<Flavor> find(Filter<Flavor> filter) {
        assertEquals(flavors.findMany(filter).data().size(), flavors.count(filter));
        return flavors.findMany(filter, OrderBy.asc(ID)).data();
    }

    @Test
    void orderLimitAndOffset() {
        flavors.insertMany(List.of(VANILLA, MINT, CHOCOLATE, NONE));
        flavors.insert(new Flavor("mint2", "Mint", 9));
        assertEquals(
                List.of("chocolate", "mint2", "mint", "none", "vanilla"),
                flavors.findMany(Filter.all(), OrderBy.asc(NAME).thenDesc(RATING)).data().stream()
                        .map(Flavor::id)
                        .toList());
        Result<Flavor> first = flavors.findMany(Filter.all(), OrderBy.desc(RATING), Slice.limit(2));
        assertEquals(0, first.offset());
        assertEquals(2, first.limit());
        assertEquals(
                List.of("mint2", "vanilla"),
                first.data().stream().map(Flavor::id).toList());
        assertEquals(
                List.of("mint", "none"),
                flavors.findMany(Filter.all(), OrderBy.desc(RATING), Slice.all().offset(3)).data().stream()
                        .map(Flavor::id)
                        .toList());
        assertEquals(
                List.of(),
                flavors.findMany(Filter.all(), OrderBy.asc(ID), Slice.limit(10).offset(5))
                        .data());
        Result<Flavor> filtered =
                flavors.findMany(RATING.ge(4), OrderBy.asc(ID), Slice.limit(1).offset(1));
        assertEquals(new Result<>(1, 1, List.of(new Flavor("mint2", "Mint", 9))), filtered);
    }

    @Test
    void initIsIdempotentAndDropAllRemovesTables() {
        flavors.insert(VANILLA);
        db.init().join();
        assertEquals(List.of(VANILLA), byId());
        db.dropAll().join();
        db.dropAll().join();
        db.init().join();
        assertEquals(0, flavors.count());
    }
}
