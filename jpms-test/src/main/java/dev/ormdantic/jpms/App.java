package dev.ormdantic.jpms;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.TransactionOptions;
import dev.ormdantic.jpms.json.Nutrition;
import java.util.List;

/** The quickstart's calls, printed one a line so that the launching test can compare them. */
public final class App {

    private App() {}

    /**
     * Opens the SQLite database given as the only argument, creates the tables, writes and reads them, and prints what
     * it saw.
     *
     * @param args the database URL
     */
    public static void main(String[] args) {
        try (Ormdantic db = Ormdantic.open(args[0])) {
            db.init().join();
            System.out.println("module: " + App.class.getModule().getName());
            System.out.println("tables: " + db.tableNames());

            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            flavors.insert(new Flavor("vanilla", "Vanilla", 5, new Nutrition(207, false), List.of("classic")));
            flavors.insert(new Flavor("mint", "Mint", 2, new Nutrition(180, true), List.of()));
            db.blockingTable(ToppingTable.TABLE).insert(new Topping("nuts", "Nuts"));

            System.out.println("found: " + flavors.findOne("vanilla").orElseThrow());
            System.out.println("rated 4+: " + flavors.count(FlavorTable.RATING.ge(4)));
            System.out.println("count: " + flavors.count() + " flavors, "
                    + db.blockingTable(ToppingTable.TABLE).count() + " toppings");
            // the async handle is a proxy over the blocking one: it must work from a named module too
            System.out.println("async: " + db.table(FlavorTable.TABLE).count().join() + " flavors");
            // transactions live in a package of their own and reach SQLite's driver: both must resolve here too
            long inside = db.blocking()
                    .transaction(
                            TransactionOptions.defaults().readOnly(),
                            tx -> tx.blockingTable(FlavorTable.TABLE).count());
            String rolledBack;
            try {
                db.blocking().inTransaction(tx -> {
                    tx.blockingTable(ToppingTable.TABLE).insert(new Topping("sprinkles", "Sprinkles"));
                    throw new IllegalStateException("undo");
                });
                rolledBack = "no";
            } catch (IllegalStateException expected) {
                rolledBack = "yes, " + db.blockingTable(ToppingTable.TABLE).count() + " toppings";
            }
            System.out.println("transaction: " + inside + " flavors; rolled back: " + rolledBack);
        }
    }
}
