package dev.ormdantic;

import static dev.ormdantic.Gadgets.gadget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ConstraintViolationException;
import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.HydrationException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.error.UnknownTableException;
import dev.ormdantic.error.ValidationException;
import dev.ormdantic.fixture.Flavor;
import dev.ormdantic.fixture.FlavorTable;
import dev.ormdantic.fixture.Gadget;
import dev.ormdantic.fixture.GadgetTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure has its code, its context and a clear message, and leaves the database as it was. */
class ErrorsTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);

    @TempDir
    Path dir;

    private Ormdantic db;
    private BlockingTableHandle<Flavor, String> flavors;

    @BeforeEach
    void open() {
        db = Ormdantic.open("sqlite:" + dir.resolve("errors.sqlite3"));
        db.init().join();
        flavors = db.blockingTable(FlavorTable.TABLE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyCodeIsDistinctAndWellFormed() {
        List<String> ids = Arrays.stream(ErrorCode.values()).map(ErrorCode::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size());
        ids.forEach(id -> assertTrue(id.matches("ORM2\\d{3}"), id));
        assertEquals("ORM2201", ErrorCode.DUPLICATE_KEY.toString());
    }

    @Test
    void duplicateKeyNamesTableAndKeyAndLeavesTheRowAlone() {
        flavors.insert(VANILLA);
        DuplicateKeyException e =
                assertThrows(DuplicateKeyException.class, () -> flavors.insert(new Flavor("vanilla", "Other", 1)));
        assertEquals(
                "[ORM2201] insert into table 'flavor' failed: a row with key id = 'vanilla' already exists;"
                        + " use upsert() to replace it or update() to change it",
                e.getMessage());
        assertEquals(ErrorCode.DUPLICATE_KEY, e.code());
        assertEquals("insert", e.operation());
        assertEquals("flavor", e.table());
        assertEquals("sqlite", e.dialect());
        assertEquals("use upsert() to replace it or update() to change it", e.fix());
        assertEquals("vanilla", e.key());
        assertInstanceOf(SQLException.class, e.getCause());
        assertEquals(List.of(VANILLA), flavors.findMany().data());
    }

    @Test
    void uniqueViolationIsAConstraintErrorAndSecretValuesAreMasked() {
        BlockingTableHandle<Gadget, Long> gadgets = db.blockingTable(GadgetTable.TABLE);
        gadgets.insert(gadget(1));
        Gadget sameToken = new Gadget(
                2,
                gadget(1).apiToken(),
                "Other",
                true,
                gadget(2).price(),
                gadget(2).uid(),
                gadget(2).day(),
                gadget(2).localAt(),
                gadget(2).at(),
                gadget(2).data(),
                null);
        ConstraintViolationException unique =
                assertThrows(ConstraintViolationException.class, () -> gadgets.insert(sameToken));
        assertEquals(ErrorCode.UNIQUE_VIOLATION, unique.code());
        assertFalse(unique instanceof DuplicateKeyException);
        assertTrue(
                unique.getMessage()
                        .startsWith("[ORM2202] insert into table 'gadget' failed: another row has the"
                                + " same value in a unique column"),
                unique.getMessage());
        assertFalse(unique.getMessage().contains("token-1-secret"), unique.getMessage());
        assertFalse(gadgets.update(sameToken));
        assertEquals(1, gadgets.count());

        ValidationException invalid = assertThrows(
                ValidationException.class,
                () -> gadgets.insert(new Gadget(
                        3,
                        "short",
                        " ",
                        true,
                        gadget(3).price(),
                        gadget(3).uid(),
                        gadget(3).day(),
                        gadget(3).localAt(),
                        gadget(3).at(),
                        gadget(3).data(),
                        null)));
        assertEquals(
                List.of("apiToken @Size(min = 8, max = 64)", "label @NotBlank"),
                invalid.violations().stream()
                        .map(v -> v.component() + " " + v.constraint())
                        .toList());
        assertEquals(
                "[ORM2104] insert into table 'gadget' failed: the record breaks constraints:"
                        + " apiToken: size must be between 8 and 64 (was 5) @Size(min = 8, max = 64),"
                        + " label: must not be blank @NotBlank; correct the values; nothing was written",
                invalid.getMessage());
        assertFalse(invalid.getMessage().contains("short"), "values are not repeated in messages");
    }

    @Test
    void secretLookingKeyColumnsAreMasked() {
        var redactor = new dev.ormdantic.internal.error.Redactor(List.of());
        assertEquals("***", redactor.value("api_token", "abc"));
        assertEquals("***", redactor.value("user_password", 42));
        assertEquals("'vanilla'", redactor.value("id", "vanilla"));
        assertEquals("42", redactor.value("id", 42L));
        assertEquals("NULL", redactor.value("name", null));
    }

    @Test
    void nullInANotNullComponentIsAHydrationError() throws SQLException {
        BlockingTableHandle<Gadget, Long> gadgets = db.blockingTable(GadgetTable.TABLE);
        gadgets.insert(gadget(1));
        execute("UPDATE gadget SET label = NULL");
        HydrationException e = assertThrows(HydrationException.class, () -> gadgets.findOne(1L));
        assertEquals(ErrorCode.NULL_IN_NOT_NULL_COLUMN, e.code());
        assertEquals(
                "[ORM2301] findOne on table 'gadget' failed: column 'label' is NULL in the database, but its record"
                        + " component is not nullable; annotate the component @Nullable, or replace the NULL values in"
                        + " the database",
                e.getMessage());

        // primitives: NULL reads as false/0 from the driver, and must still be told apart from a stored false/0;
        // the same rows in a table without NOT NULL, as a database written by something else may hold them
        execute("ALTER TABLE gadget RENAME TO gadget_strict");
        execute("CREATE TABLE gadget AS SELECT * FROM gadget_strict");
        execute("UPDATE gadget SET label = 'fine', active = NULL");
        HydrationException nullBoolean = assertThrows(HydrationException.class, () -> gadgets.findOne(1L));
        assertEquals(ErrorCode.NULL_IN_NOT_NULL_COLUMN, nullBoolean.code());
        assertTrue(nullBoolean.getMessage().contains("column 'active' is NULL"), nullBoolean.getMessage());
        execute("UPDATE gadget SET active = 0, id = 0");
        assertFalse(gadgets.findOne(0L).orElseThrow().active());
        execute("UPDATE gadget SET id = NULL");
        HydrationException nullLong = assertThrows(HydrationException.class, () -> gadgets.findMany(Filter.all()));
        assertEquals(ErrorCode.NULL_IN_NOT_NULL_COLUMN, nullLong.code());
        assertTrue(nullLong.getMessage().contains("column 'id' is NULL"), nullLong.getMessage());
        execute("UPDATE gadget SET id = 1");

        execute("UPDATE gadget SET label = 'fine', uid = 'not-a-uuid'");
        HydrationException unreadable = assertThrows(HydrationException.class, () -> gadgets.findMany(Filter.all()));
        assertEquals(ErrorCode.UNREADABLE_VALUE, unreadable.code());
        assertTrue(
                unreadable.getMessage().contains("column 'uid' holds a value that cannot be read as UUID"),
                unreadable.getMessage());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = db.database().pool().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void unknownTableListsTheManagedTables() {
        UnknownTableException e = assertThrows(UnknownTableException.class, () -> db.table(Unindexed.TABLE));
        assertEquals(ErrorCode.UNKNOWN_TABLE, e.code());
        assertTrue(
                e.getMessage().startsWith("[ORM2101] looking up table '" + Unindexed.class.getName() + "' failed: "),
                e.getMessage());
        assertTrue(
                e.getMessage().contains("it manages flavor (dev.ormdantic.fixture.FlavorTable), gadget"),
                e.getMessage());
        assertEquals(
                List.of("dev.ormdantic.fixture.FlavorTable", "dev.ormdantic.fixture.GadgetTable"), e.managedTables());
    }

    @Test
    void aTableOutsideTheChosenOnesIsUnknown() {
        try (Ormdantic only = Ormdantic.builder("sqlite:" + dir.resolve("only.sqlite3"))
                .tables(GadgetTable.TABLE)
                .open()) {
            assertEquals(List.of("gadget"), only.tableNames());
            UnknownTableException e = assertThrows(UnknownTableException.class, () -> only.table(FlavorTable.TABLE));
            assertEquals(List.of("dev.ormdantic.fixture.GadgetTable"), e.managedTables());
        }
    }

    @Test
    void aBadSliceOrSeekIsAnInvalidArgumentBeforeAnyCall() {
        InvalidArgumentException limit = assertThrows(InvalidArgumentException.class, () -> Slice.limit(0));
        assertEquals(
                "[ORM2103] Slice.limit(0) is not a limit: it must be at least 1; leave the limit out, as Slice.all(), to"
                        + " read every row",
                limit.getMessage());
        assertEquals("findMany", limit.operation());
        InvalidArgumentException offset = assertThrows(
                InvalidArgumentException.class, () -> Slice.limit(5).offset(-5));
        assertEquals(ErrorCode.INVALID_ARGUMENT, offset.code());
        assertEquals(
                "[ORM2103] offset(-5) is not an offset: it must be 0 or more; pass the number of rows to skip, 0 for"
                        + " none",
                offset.getMessage());
        assertThrows(InvalidArgumentException.class, () -> Slice.all().offset(-1));
        InvalidArgumentException seek = assertThrows(InvalidArgumentException.class, () -> Seek.limit(-3));
        assertEquals(
                "[ORM2103] Seek.limit(-3) is not a page size: it must be at least 1; pass the number of records per page",
                seek.getMessage());
        assertEquals("findPage", seek.operation());
    }

    @Test
    void aSliceAndASeekSayWhatTheyAre() {
        assertEquals(0, Slice.all().limit());
        assertEquals(0, Slice.all().offset());
        Slice slice = Slice.limit(20).offset(40);
        assertEquals(20, slice.limit());
        assertEquals(40, slice.offset());
        assertEquals(Slice.limit(20).offset(40), slice);
        assertEquals("Slice[limit=20, offset=40]", slice.toString());
        assertEquals("Slice[limit=none, offset=7]", Slice.all().offset(7).toString());
        Seek next = Seek.limit(10).after("c2VjcmV0");
        assertEquals(10, next.limit());
        assertEquals("c2VjcmV0", next.cursor());
        assertNull(Seek.limit(10).after(null).cursor());
        assertEquals("Seek[limit=10, after a cursor]", next.toString()); // the cursor's row values stay out of logs
    }

    @Test
    @SuppressWarnings("NullAway") // passes null on purpose
    void nullArgumentsAreRefusedNamingTheParameter() {
        TableHandle<Flavor, String> async = db.table(FlavorTable.TABLE);
        assertEquals(
                "row",
                assertThrows(NullPointerException.class, () -> flavors.insert(null))
                        .getMessage());
        assertEquals(
                "row",
                assertThrows(NullPointerException.class, () -> async.upsert(null))
                        .getMessage());
        assertEquals(
                "key",
                assertThrows(NullPointerException.class, () -> async.findOne(null))
                        .getMessage());
        assertEquals(
                "key",
                assertThrows(NullPointerException.class, () -> flavors.delete(null))
                        .getMessage());
        assertEquals(
                "filter",
                assertThrows(NullPointerException.class, () -> async.count(null))
                        .getMessage());
        assertEquals(
                "orderBy",
                assertThrows(NullPointerException.class, () -> flavors.findMany(Filter.all(), null))
                        .getMessage());
        assertEquals(
                "rows[1]",
                assertThrows(NullPointerException.class, () -> async.insertMany(Arrays.asList(VANILLA, null)))
                        .getMessage());
        assertEquals(
                "rows",
                assertThrows(NullPointerException.class, () -> flavors.upsertMany(null))
                        .getMessage());
        assertEquals(
                "slice",
                assertThrows(NullPointerException.class, () -> async.findMany(Filter.all(), OrderBy.none(), null))
                        .getMessage());
        assertEquals(
                "seek",
                assertThrows(NullPointerException.class, () -> async.findPage(Filter.all(), OrderBy.none(), null))
                        .getMessage());
        assertEquals(
                "assignments",
                assertThrows(NullPointerException.class, () -> async.updateAll(null))
                        .getMessage());
    }

    @Test
    void useAfterCloseFailsClearly() {
        TableHandle<Flavor, String> async = db.table(FlavorTable.TABLE);
        db.close();
        db.close();
        assertTrue(db.isClosed());
        ClosedException blocking = assertThrows(ClosedException.class, () -> flavors.insert(VANILLA));
        assertEquals(ErrorCode.DATABASE_CLOSED, blocking.code());
        assertTrue(
                blocking.getMessage().startsWith("[ORM2102] insert into table 'flavor' failed: the database sqlite:"),
                blocking.getMessage());
        assertTrue(
                blocking.getMessage().endsWith(" is closed; open a new Ormdantic; a closed one stays closed"),
                blocking.getMessage());
        ClosedException later = assertInstanceOf(ClosedException.class, Futures.failure(async.count()));
        assertEquals("count", later.operation());
        ClosedException init = assertInstanceOf(ClosedException.class, Futures.failure(db.init()));
        assertTrue(
                init.getMessage().startsWith("[ORM2102] creating the tables of database 'sqlite:"), init.getMessage());
        assertNull(init.table());
        assertThrows(ClosedException.class, () -> db.table(FlavorTable.TABLE));
        assertThrows(ClosedException.class, () -> db.table(Unindexed.TABLE));
        assertTrue(db.toString().endsWith(", closed]"), db.toString());
    }

    @Test
    void aTableThatDiffersFromItsRecordFailsInitBeforeAnyTableIsCreated() throws SQLException {
        // A view named like the second table: init()'s schema check finds it lacks the record's columns before any DDL
        // runs (it used to pass CREATE TABLE IF NOT EXISTS and fail indexing the view with ORM2404).
        execute("DROP TABLE flavor");
        execute("DROP TABLE gadget");
        execute("CREATE VIEW gadget AS SELECT 1 AS id, 'x' AS api_token");
        CompletableFuture<Void> init = db.init();
        ConfigurationException e = assertInstanceOf(ConfigurationException.class, Futures.failure(init));
        assertEquals(ErrorCode.SCHEMA_MISMATCH, e.code());
        assertEquals("init", e.operation());
        assertTrue(
                e.getMessage()
                        .startsWith("[ORM2160] init: 1 existing table does not match its model; nothing was"
                                + " created or changed:\n  table gadget (dev.ormdantic.fixture.Gadget):\n"),
                e.getMessage());
        assertTrue(e.getMessage().contains("- column 'label' is missing"), e.getMessage());
        assertEquals(0L, count("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'flavor%'"));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = db.database().pool().getConnection();
                Statement statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aLockHeldLongerThanTheBusyTimeoutIsABusyError() throws SQLException {
        try (Ormdantic impatient = Ormdantic.builder("sqlite:" + dir.resolve("errors.sqlite3"))
                        .busyTimeout(java.time.Duration.ZERO)
                        .open();
                Connection holder = db.database().pool().getConnection()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("INSERT INTO flavor VALUES ('held', 'Held', 1)");
            }
            QueryException e = assertThrows(
                    QueryException.class,
                    () -> impatient.blockingTable(FlavorTable.TABLE).insert(VANILLA));
            assertEquals(ErrorCode.DATABASE_BUSY, e.code());
            assertTrue(
                    e.getMessage().startsWith("[ORM2403] insert into table 'flavor' failed: the database is locked"),
                    e.getMessage());
            holder.rollback();
            holder.setAutoCommit(true);
            assertEquals(VANILLA, impatient.blockingTable(FlavorTable.TABLE).insert(VANILLA));
        }
        assertEquals(List.of(VANILLA), flavors.findMany().data());
    }

    /** A table class that is not in the index. */
    static final class Unindexed extends dev.ormdantic.support.GeneratedTable<Flavor, String> {
        static final Unindexed TABLE = new Unindexed();

        Unindexed() {
            super(FORMAT, Flavor.class, FlavorTable.TABLE.spec());
        }

        @Override
        public List<dev.ormdantic.query.Column<Flavor, ?>> columns() {
            return List.of();
        }

        @Override
        public dev.ormdantic.dialect.TableStatements statements(dev.ormdantic.dialect.DialectId dialect) {
            return FlavorTable.TABLE.statements(dialect);
        }

        @Override
        public Flavor read(dev.ormdantic.support.Row row) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void bindRow(dev.ormdantic.support.Params params, Flavor row) {}

        @Override
        public void bindUpdate(dev.ormdantic.support.Params params, Flavor row) {}

        @Override
        public void bindKey(dev.ormdantic.support.Params params, String key) {}

        @Override
        public String key(Flavor row) {
            return row.id();
        }

        @Override
        public void validate(Flavor row, dev.ormdantic.support.Violations violations) {}
    }
}
