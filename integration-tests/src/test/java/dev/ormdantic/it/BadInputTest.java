package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.UnknownTableException;
import dev.ormdantic.error.ValidationException;
import dev.ormdantic.error.Violation;
import dev.ormdantic.it.model.Account;
import dev.ormdantic.it.model.AccountTable;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.support.GeneratedTable;
import java.util.List;
import java.util.concurrent.CompletionException;

/** Bad input gets a clear, coded error and leaves the database exactly as it was. */
class BadInputTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);
    private static final Flavor MINT = new Flavor("mint", "Mint", 2);

    private static List<Flavor> all(BlockingTableHandle<Flavor, String> flavors) {
        return flavors.findMany(Filter.all(), OrderBy.asc(FlavorTable.ID)).data();
    }

    @BackendTest
    void invalidRecordIsRefusedBeforeAnythingIsWritten(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.insert(VANILLA);
        Flavor tooShort = new Flavor("x", "X", 1);

        ValidationException insert = assertThrows(ValidationException.class, () -> flavors.insert(tooShort));
        assertTrue(insert.getMessage().startsWith("[ORM"), insert.getMessage());
        assertEquals(
                List.of(new Violation(
                        "name", "@Size(min = 2, max = 80)", "size must be between 2 and 80 (was 1)", "X")),
                insert.violations());
        assertThrows(ValidationException.class, () -> flavors.upsert(tooShort));
        assertThrows(ValidationException.class, () -> flavors.update(new Flavor("vanilla", "V", 5)));
        assertThrows(ValidationException.class, () -> flavors.insertMany(List.of(MINT, tooShort)));
        assertThrows(ValidationException.class, () -> flavors.upsertMany(List.of(MINT, tooShort)));

        assertEquals(List.of(VANILLA), all(flavors));
    }

    @BackendTest
    void everyViolationOfARecordIsReportedTogether(Ormdantic db) {
        BlockingTableHandle<Account, Integer> accounts = db.blockingTable(AccountTable.TABLE);
        ValidationException e =
                assertThrows(ValidationException.class, () -> accounts.insert(new Account(1, " ", 200, -1)));
        assertEquals(
                List.of("handle @NotBlank", "handle @Size(min = 3, max = 20)", "age @Max(150)", "referrals @Min(0)"),
                e.violations().stream()
                        .map(v -> v.component() + " " + v.constraint())
                        .toList());
        assertEquals(0, accounts.count());
        accounts.insert(new Account(1, "ada", 36, null));
        assertEquals(1, accounts.count());
    }

    @BackendTest
    void duplicateKeyIsItsOwnErrorAndWritesNothing(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.insert(VANILLA);

        DuplicateKeyException e =
                assertThrows(DuplicateKeyException.class, () -> flavors.insert(new Flavor("vanilla", "Other", 1)));
        assertTrue(e.getMessage().contains("'flavor'"), e.getMessage());
        assertTrue(e.getMessage().contains("vanilla"), e.getMessage());
        assertEquals("flavor", e.table());
        assertEquals(List.of(VANILLA), all(flavors));

        // A duplicate in the middle of a batch: the rows before it are not kept either.
        assertThrows(
                DuplicateKeyException.class,
                () -> flavors.insertMany(List.of(MINT, new Flavor("vanilla", "Again", 3), new Flavor("c", "Cc", 1))));
        assertEquals(List.of(VANILLA), all(flavors));
    }

    @BackendTest
    void asyncFailuresCarryTheSameException(Ormdantic db) {
        db.table(FlavorTable.TABLE).insert(VANILLA).join();
        CompletionException e = assertThrows(
                CompletionException.class,
                () -> db.table(FlavorTable.TABLE).insert(VANILLA).join());
        assertInstanceOf(DuplicateKeyException.class, e.getCause());
    }

    @BackendTest
    void unknownTableNamesTheManagedOnes(Ormdantic db) {
        UnknownTableException e = assertThrows(UnknownTableException.class, () -> db.table(NotATable.TABLE));
        assertTrue(e.getMessage().startsWith("[ORM"), e.getMessage());
        assertTrue(e.getMessage().contains("flavor"), e.getMessage());
        assertEquals(List.of(), db.blockingTable(FlavorTable.TABLE).findMany().data());
    }

    /** A table class that no index lists. */
    static final class NotATable extends GeneratedTable<Flavor, String> {
        static final NotATable TABLE = new NotATable();

        NotATable() {
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
