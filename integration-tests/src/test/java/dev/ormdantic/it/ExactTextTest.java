package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.query.Filter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Text compares exactly on every backend: a trailing space makes a different value and a different key (MySQL's and
 * MariaDB's {@code utf8mb4_bin} pads with spaces before comparing), and case-insensitive matching folds every letter,
 * not only ASCII ones (SQLite's own {@code lower} does).
 */
class ExactTextTest {

    private static List<String> ids(BlockingTableHandle<Flavor, String> flavors, Filter<Flavor> filter) {
        return flavors.findMany(filter).data().stream()
                .map(Flavor::id)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    @BackendTest
    void keysThatDifferOnlyInTrailingSpacesAreDifferentRows(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.insert(new Flavor("x1", "Plain", 1));
        assertEquals(Optional.empty(), flavors.findOne("x1 "));

        Flavor spaced = new Flavor("x1 ", "Spaced", 2);
        flavors.insert(spaced);
        assertEquals(2L, flavors.count());
        assertEquals(Optional.of(spaced), flavors.findOne("x1 "));
        assertEquals("Plain", flavors.findOne("x1").orElseThrow().name());

        flavors.upsert(new Flavor("x1 ", "Spaced again", 3));
        assertEquals("Plain", flavors.findOne("x1").orElseThrow().name());
        assertEquals(true, flavors.delete("x1 "));
        assertEquals(List.of("x1"), ids(flavors, FlavorTable.ID.ne("x1 ")));
        assertEquals(false, flavors.delete("x1 "));
        assertEquals(1L, flavors.count());
    }

    @BackendTest
    void filtersOnTextMatchTrailingSpacesExactly(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.insertMany(
                List.of(new Flavor("a", "vanilla", 1), new Flavor("b", "tail   ", 2), new Flavor("c", "vanilla ", 3)));

        assertEquals(List.of("c"), ids(flavors, FlavorTable.NAME.eq("vanilla ")));
        assertEquals(List.of("a"), ids(flavors, FlavorTable.NAME.eq("vanilla")));
        assertEquals(List.of(), ids(flavors, FlavorTable.NAME.eq("tail")));
        assertEquals(List.of("a", "c"), ids(flavors, FlavorTable.NAME.ne("tail   ")));
        assertEquals(List.of("a", "b", "c"), ids(flavors, FlavorTable.NAME.ne("tail")));
        assertEquals(List.of("b", "c"), ids(flavors, FlavorTable.NAME.ne("vanilla")));
        assertEquals(List.of("a"), ids(flavors, FlavorTable.NAME.in(Set.of("vanilla", "tail"))));
        assertEquals(List.of("b", "c"), ids(flavors, FlavorTable.NAME.notIn(Set.of("vanilla", "tail"))));
    }

    @BackendTest
    void caseInsensitiveMatchingFoldsEveryLetter(Ormdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
        flavors.insertMany(List.of(
                new Flavor("a", "CRÈME BRÛLÉE", 1), new Flavor("b", "Ölmühle", 2), new Flavor("c", "creme", 3)));

        assertEquals(List.of("a"), ids(flavors, FlavorTable.NAME.eqIgnoreCase("crème brûlée")));
        assertEquals(List.of("a"), ids(flavors, FlavorTable.NAME.icontains("crème")));
        assertEquals(List.of("a"), ids(flavors, FlavorTable.NAME.ilike("%brûl%")));
        assertEquals(List.of("b"), ids(flavors, FlavorTable.NAME.istartsWith("ölm")));
        assertEquals(List.of("b"), ids(flavors, FlavorTable.NAME.iendsWith("MÜHLE")));
        assertEquals(List.of("a", "c"), ids(flavors, FlavorTable.NAME.notIlike("%ühle")));
    }
}
