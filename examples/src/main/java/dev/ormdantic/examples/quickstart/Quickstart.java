package dev.ormdantic.examples.quickstart;

import dev.ormdantic.BlockingOrmdantic;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Result;
import dev.ormdantic.error.ValidationException;
import dev.ormdantic.query.OrderBy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the quickstart on a fresh SQLite file and prints what it did. */
public final class Quickstart {

    private Quickstart() {}

    /**
     * Runs the quickstart in the system's temporary directory.
     *
     * @param args ignored
     * @throws IOException when the database file cannot be replaced
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "ormdantic-quickstart.sqlite3");
        Files.deleteIfExists(file);
        run("sqlite:" + file, System.out);
    }

    /**
     * Creates the table, inserts two flavors, refuses an invalid one, and finds the good ones.
     *
     * @param url the database URL
     * @param out where to report
     * @return the names of the flavors rated 4 or more, by name
     */
    public static List<String> run(String url, PrintStream out) {
        try (Ormdantic db = Ormdantic.open(url)) {
            BlockingOrmdantic blocking = db.blocking(); // db.table(...) and db.init() return futures instead
            blocking.init();
            out.println("Opened " + url + " and created table flavor");

            BlockingTableHandle<Flavor, String> flavors = blocking.table(FlavorTable.TABLE);
            flavors.insert(new Flavor("vanilla", "Vanilla", 5));
            flavors.insert(new Flavor("mint", "Mint", 2));
            out.println("Inserted vanilla (5) and mint (2)");

            try {
                flavors.insert(new Flavor("x", "X", 1));
            } catch (ValidationException invalid) {
                out.println("Refused an invalid flavor: " + invalid.getMessage());
            }

            Result<Flavor> result = flavors.findMany(FlavorTable.RATING.ge(4), OrderBy.asc(FlavorTable.NAME));
            List<String> names = result.data().stream().map(Flavor::name).toList();
            out.println("Flavors rated 4 or more, by name: " + names);
            out.println("Rows in flavor: " + flavors.count());
            return names;
        }
    }
}
