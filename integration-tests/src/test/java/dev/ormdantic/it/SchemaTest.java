package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ConstraintViolationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ForeignKeyViolationException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.it.model.Cone;
import dev.ormdantic.it.model.ConeTable;
import dev.ormdantic.it.model.Dip;
import dev.ormdantic.it.model.DipTable;
import dev.ormdantic.it.model.Sprinkle;
import dev.ormdantic.it.model.SprinkleTable;
import dev.ormdantic.it.model.Topping;
import dev.ormdantic.it.model.ToppingTable;
import dev.ormdantic.it.model.ToppingView;
import dev.ormdantic.it.model.ToppingViewTable;
import dev.ormdantic.it.model.Voucher;
import dev.ormdantic.it.model.VoucherTable;
import dev.ormdantic.it.model.Wafer;
import dev.ormdantic.it.model.WaferTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import dev.ormdantic.support.Columns;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Foreign keys with their actions, creation order, unique constraints, composite and partial indexes and views,
 * against every live backend.
 */
class SchemaTest {

    private static final Cone WAFFLE = new Cone("waffle", "Waffle");
    private static final Cone SUGAR = new Cone("sugar", "Sugar");

    private static BlockingTableHandle<Cone, String> cones(Ormdantic db) {
        BlockingTableHandle<Cone, String> cones = db.blockingTable(ConeTable.TABLE);
        cones.insertMany(List.of(WAFFLE, SUGAR));
        return cones;
    }

    @BackendTest
    void cascadeDeletesTheChildren(Ormdantic db) {
        BlockingTableHandle<Cone, String> cones = cones(db);
        BlockingTableHandle<Topping, Long> toppings = db.blockingTable(ToppingTable.TABLE);
        toppings.insertMany(List.of(
                new Topping(1, "waffle", "caramel"),
                new Topping(2, "waffle", "nuts"),
                new Topping(3, "sugar", "nuts")));

        assertTrue(cones.delete("waffle"));

        assertEquals(
                List.of(new Topping(3, "sugar", "nuts")), toppings.findMany().data());
    }

    @BackendTest
    void setNullNullsTheChildren(Ormdantic db) {
        BlockingTableHandle<Cone, String> cones = cones(db);
        BlockingTableHandle<Sprinkle, Long> sprinkles = db.blockingTable(SprinkleTable.TABLE);
        sprinkles.insertMany(List.of(new Sprinkle(1, "waffle"), new Sprinkle(2, "sugar")));

        assertTrue(cones.delete("waffle"));

        assertEquals(
                List.of(new Sprinkle(1, null), new Sprinkle(2, "sugar")),
                sprinkles.findMany(Filter.all(), OrderBy.asc(SprinkleTable.ID)).data());
    }

    @BackendTest
    void restrictAndNoActionRefuseAndLeaveTheRow(Ormdantic db) {
        BlockingTableHandle<Cone, String> cones = cones(db);
        db.blockingTable(WaferTable.TABLE).insert(new Wafer(1, "waffle"));
        db.blockingTable(DipTable.TABLE).insert(new Dip(1, "sugar"));

        ForeignKeyViolationException restrict =
                assertThrows(ForeignKeyViolationException.class, () -> cones.delete("waffle"));
        ForeignKeyViolationException noAction =
                assertThrows(ForeignKeyViolationException.class, () -> cones.delete("sugar"));

        assertEquals(ErrorCode.FOREIGN_KEY_VIOLATION, restrict.code());
        assertEquals(ErrorCode.FOREIGN_KEY_VIOLATION, noAction.code());
        assertEquals(Optional.of(WAFFLE), cones.findOne("waffle"));
        assertEquals(Optional.of(SUGAR), cones.findOne("sugar"));
    }

    @BackendTest
    void aMissingParentIsAForeignKeyViolation(Ormdantic db) {
        cones(db);
        BlockingTableHandle<Topping, Long> toppings = db.blockingTable(ToppingTable.TABLE);

        ForeignKeyViolationException e = assertThrows(
                ForeignKeyViolationException.class, () -> toppings.insert(new Topping(1, "cone-that-is-not", "x")));

        assertEquals("topping", e.table());
        assertEquals(0, toppings.count());
    }

    @BackendTest
    void aForeignKeyColumnHasTheTypeOfTheKeyItReferences(TestDatabase database) throws SQLException {
        database.db();
        assertEquals(ColumnType.string(40), Columns.spec(ToppingTable.CONE_ID).type());
        assertEquals(
                ColumnType.string(40),
                ToppingTable.TABLE.spec().column("cone_id").type());
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT cone_id FROM topping")) {
            if (database.backend() != Backend.SQLITE) {
                assertEquals(40, rs.getMetaData().getPrecision(1), "cone_id is VARCHAR(40) like cone.id");
            }
        }
    }

    @BackendTest
    void tablesAreCreatedAfterTheTablesTheyReferenceAndDroppedBefore(TestDatabase database) {
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(ToppingTable.TABLE, WaferTable.TABLE, ToppingViewTable.TABLE, ConeTable.TABLE)
                .open()) {
            db.init().join();
            cones(db);
            db.blockingTable(ToppingTable.TABLE).insert(new Topping(1, "waffle", "caramel"));
            assertEquals(
                    List.of(new ToppingView(1, "Waffle", "caramel")),
                    db.blockingTable(ToppingViewTable.TABLE).findMany().data());

            db.dropAll().join();
            db.init().join();

            assertEquals(0, db.blockingTable(ConeTable.TABLE).count());
            assertEquals(0, db.blockingTable(ToppingTable.TABLE).count());
        }
    }

    @BackendTest
    void aUniqueConstraintViolationNamesTheConstraint(TestDatabase database) {
        Ormdantic db = database.db();
        BlockingTableHandle<Cone, String> cones = cones(db);

        ConstraintViolationException e =
                assertThrows(ConstraintViolationException.class, () -> cones.insert(new Cone("copy", "Waffle")));

        assertEquals(ErrorCode.UNIQUE_VIOLATION, e.code());
        // SQLite names the columns of a constraint, the servers its name.
        assertTrue(
                e.getMessage().contains(database.backend() == Backend.SQLITE ? "cone.name" : "cone_unique_0"),
                e.getMessage());
        assertEquals(2, cones.count());
    }

    @BackendTest
    void aCompositeUniqueIndexRefusesTheSamePairOnly(TestDatabase database) {
        Ormdantic db = database.db();
        cones(db);
        BlockingTableHandle<Topping, Long> toppings = db.blockingTable(ToppingTable.TABLE);
        toppings.insertMany(List.of(new Topping(1, "waffle", "nuts"), new Topping(2, "sugar", "nuts")));

        ConstraintViolationException e = assertThrows(
                ConstraintViolationException.class, () -> toppings.insert(new Topping(3, "waffle", "nuts")));

        assertEquals(ErrorCode.UNIQUE_VIOLATION, e.code());
        assertTrue(
                e.getMessage()
                        .contains(
                                database.backend() == Backend.SQLITE
                                        ? "topping.name, topping.cone_id"
                                        : "topping_name_cone_id_unique_idx"),
                e.getMessage());
        assertEquals(2, toppings.count());
    }

    @BackendTest
    void aPartialUniqueIndexOrItsRefusal(TestDatabase database) throws SQLException {
        if (database.backend() == Backend.MARIADB || database.backend() == Backend.MYSQL) {
            try (Ormdantic db =
                    Ormdantic.builder(database.url()).tables(VoucherTable.TABLE).open()) {
                CompletionException e =
                        assertThrows(CompletionException.class, () -> db.init().join());
                ConfigurationException refusal = assertInstanceOf(ConfigurationException.class, e.getCause());
                assertEquals(ErrorCode.FEATURE_UNSUPPORTED, refusal.code());
                String product = database.backend() == Backend.MARIADB ? "MariaDB" : "MySQL";
                assertEquals(
                        "[ORM2007] table voucher (Voucher) cannot be used on " + product + ": " + product
                                + " does not support partial indexes (index voucher_code_unique_idx WHERE code IS NOT"
                                + " NULL). Remove @Index(where), or keep this record off " + product + ".; keep this"
                                + " record on a backend that has the feature, or remove the feature from the record",
                        refusal.getMessage());
            }
            try (Connection connection = database.jdbc();
                    Statement statement = connection.createStatement()) {
                assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM voucher"));
            }
            return;
        }
        BlockingTableHandle<Voucher, Long> vouchers = database.db().blockingTable(VoucherTable.TABLE);
        vouchers.insertMany(List.of(new Voucher(1, null), new Voucher(2, null), new Voucher(3, "SPRING")));

        ConstraintViolationException e =
                assertThrows(ConstraintViolationException.class, () -> vouchers.insert(new Voucher(4, "SPRING")));

        assertEquals(ErrorCode.UNIQUE_VIOLATION, e.code());
        assertEquals(3, vouchers.count());
    }

    @BackendTest
    void aViewReadsAndRefusesEveryWrite(Ormdantic db) {
        cones(db);
        db.blockingTable(ToppingTable.TABLE)
                .insertMany(List.of(
                        new Topping(1, "waffle", "caramel"),
                        new Topping(2, "sugar", "nuts"),
                        new Topping(3, "sugar", "cream")));
        BlockingTableHandle<ToppingView, Long> view = db.blockingTable(ToppingViewTable.TABLE);

        assertEquals(
                List.of(new ToppingView(2, "Sugar", "nuts"), new ToppingView(3, "Sugar", "cream")),
                view.findMany(ToppingViewTable.CONE_NAME.eq("Sugar"), OrderBy.asc(ToppingViewTable.ID))
                        .data());
        assertEquals(Optional.of(new ToppingView(1, "Waffle", "caramel")), view.findOne(1L));
        assertEquals(3, view.count());
        assertEquals(
                List.of(3L, 2L),
                view.stream(Filter.all(), OrderBy.desc(ToppingViewTable.ID))
                        .map(ToppingView::id)
                        .filter(id -> id > 1)
                        .toList());
        assertEquals(
                3L,
                ((Number) view.select(Query.from(ToppingViewTable.TABLE))
                                .getFirst()
                                .values()
                                .getFirst())
                        .longValue());

        ToppingView row = new ToppingView(9, "Sugar", "x");
        List<Runnable> writes = List.of(
                () -> view.insert(row),
                () -> view.insertMany(List.of(row)),
                () -> view.update(row),
                () -> view.upsert(row),
                () -> view.upsertMany(List.of(row)),
                () -> view.delete(1L),
                () -> view.updateWhere(ToppingViewTable.ID.eq(1L), List.of(ToppingViewTable.NAME.set("y"))),
                () -> view.deleteWhere(ToppingViewTable.ID.eq(1L)));
        for (Runnable write : writes) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, write::run);
            assertEquals(ErrorCode.VIEW_NOT_WRITABLE, e.code());
            assertTrue(e.getMessage().contains("topping_view is a view, which Ormdantic only reads"), e.getMessage());
        }
        CompletionException async = assertThrows(
                CompletionException.class,
                () -> db.table(ToppingViewTable.TABLE).insert(row).join());
        assertInstanceOf(InvalidArgumentException.class, async.getCause());
        assertEquals(3, view.count());
    }
}
