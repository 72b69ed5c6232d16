package dev.ormdantic.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.studio.layout.LayeredLayout;
import dev.ormdantic.studio.layout.LayeredLayout.Box;
import dev.ormdantic.studio.layout.LayeredLayout.Layout;
import dev.ormdantic.studio.layout.LayeredLayout.Link;
import dev.ormdantic.studio.layout.LayeredLayout.Placed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The server-side ER layout: every box placed, none overlapping, links respected, the same input the same picture. */
class LayeredLayoutTest {

    /** A random schema: sizes like tables', links mostly to earlier tables, some cycles and isolated tables. */
    private static List<Box> boxes(int n, long seed) {
        Random random = new Random(seed);
        List<Box> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Box("b" + i, 120 + random.nextInt(200), 50 + 18 * random.nextInt(12)));
        }
        return out;
    }

    private static List<Link> links(int n, long seed) {
        Random random = new Random(seed + 1);
        List<Link> out = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (i % 9 == 0) {
                continue; // isolated
            }
            out.add(new Link("b" + i, "b" + random.nextInt(i)));
            if (i % 4 == 0) {
                out.add(new Link("b" + random.nextInt(i), "b" + i)); // a cycle
            }
        }
        out.add(new Link("b3", "b3")); // a self-reference
        out.add(new Link("b3", "nowhere")); // an unknown target is ignored
        return out;
    }

    private static void assertNoOverlap(Layout layout) {
        List<Placed> placed = new ArrayList<>(layout.boxes().values());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).overlaps(placed.get(j)), placed.get(i) + " overlaps " + placed.get(j));
            }
        }
        for (Placed box : placed) {
            assertTrue(box.x() >= 0 && box.y() >= 0, box + " is outside the drawing");
            assertTrue(box.x() + box.width() <= layout.width() + 0.5, box + " is right of the drawing");
            assertTrue(box.y() + box.height() <= layout.height() + 0.5, box + " is below the drawing");
        }
    }

    @Test
    void hundredBoxesArePlacedWithoutOverlap() {
        for (long seed = 1; seed <= 5; seed++) {
            Layout layout = LayeredLayout.layout(boxes(100, seed), links(100, seed));
            assertEquals(100, layout.boxes().size());
            assertNoOverlap(layout);
        }
    }

    @Test
    void aReferencedTableIsLeftOfTheTablesReferencingIt() {
        // a chain and a star without cycles: every link goes from a right column to a left one
        List<Box> boxes = boxes(12, 7);
        List<Link> links = new ArrayList<>();
        for (int i = 1; i < 6; i++) {
            links.add(new Link("b" + i, "b" + (i - 1)));
        }
        for (int i = 6; i < 12; i++) {
            links.add(new Link("b" + i, "b2"));
        }
        Layout layout = LayeredLayout.layout(boxes, links);
        for (Link link : links) {
            Placed from = Objects.requireNonNull(layout.boxes().get(link.from()));
            Placed to = Objects.requireNonNull(layout.boxes().get(link.to()));
            assertTrue(to.column() < from.column(), link + ": " + to + " should be left of " + from);
            assertTrue(to.x() + to.width() < from.x(), link + ": boxes should be in separate columns");
        }
        assertNoOverlap(layout);
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameLayout() {
        List<Box> boxes = boxes(60, 3);
        List<Link> links = links(60, 3);
        Layout first = LayeredLayout.layout(boxes, links);
        List<Box> shuffledBoxes = new ArrayList<>(boxes);
        List<Link> shuffledLinks = new ArrayList<>(links);
        Collections.shuffle(shuffledBoxes, new Random(11));
        Collections.shuffle(shuffledLinks, new Random(12));
        Layout second = LayeredLayout.layout(shuffledBoxes, shuffledLinks);
        assertEquals(first, second);
    }

    @Test
    void cyclesAndSelfLinksAreLaidOut() {
        List<Box> boxes = List.of(new Box("a", 100, 60), new Box("b", 100, 60), new Box("c", 100, 60));
        List<Link> links = List.of(new Link("a", "b"), new Link("b", "c"), new Link("c", "a"), new Link("a", "a"));
        Layout layout = LayeredLayout.layout(boxes, links);
        assertEquals(Set.of("a", "b", "c"), layout.boxes().keySet());
        assertNoOverlap(layout);
    }

    @Test
    void twoBoxesWithOneIdAreRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> LayeredLayout.layout(List.of(new Box("a", 10, 10), new Box("a", 20, 20)), List.of()));
        assertEquals("two boxes have the id a", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Box("z", 0, 10));
    }

    @Test
    void theSvgHasEveryTableColumnAndForeignKey() {
        SchemaSnapshot snapshot = Fixtures.snapshot(30);
        ErDiagram diagram = ErDiagram.of(snapshot);
        String svg = diagram.svg();
        Set<String> tables = new TreeSet<>();
        Matcher table = Pattern.compile("<g class=\"table [a-z-]+\" data-table=\"([^\"]+)\"")
                .matcher(svg);
        while (table.find()) {
            tables.add(table.group(1));
        }
        assertEquals(30, tables.size());
        assertTrue(tables.contains("t00") && tables.contains("t29"), tables.toString());
        List<String> edges = new ArrayList<>();
        Matcher edge = Pattern.compile("<path class=\"fk\"[^>]* data-from=\"([^\"]+)\" data-to=\"([^\"]+)\"")
                .matcher(svg);
        while (edge.find()) {
            edges.add(edge.group(1) + "->" + edge.group(2));
        }
        edges.sort(null);
        assertEquals(38, edges.size());
        assertEquals(Fixtures.expectedEdges(30), edges);
        // keys and types are drawn: t05 has its primary key, a foreign key and a STRING(45) name
        int t05 = svg.indexOf("data-table=\"t05\"");
        String box = svg.substring(t05, svg.indexOf("</g></g>", t05));
        assertTrue(box.contains(">PK</text><text class=\"name\" x=\"32\" y=\"41\">id</text>"), box);
        assertTrue(box.contains(">FK</text><text class=\"name\" x=\"32\" y=\"95\">parent_id</text>"), box);
        assertTrue(box.contains(">STRING(45)</text>"), box);
        assertTrue(box.contains(">DATE?</text>"), box);
        assertNoOverlap(diagram.layout());
        assertEquals(svg, ErDiagram.of(snapshot).svg(), "the same snapshot draws the same bytes");
    }

    @Test
    void driftMarksAreDrawnAsColourClassesAndTextBadges() {
        ErDiagram diagram = ErDiagram.of(
                List.of(new ErDiagram.Table(
                        "pet",
                        List.of(
                                new ErDiagram.Column("id", "TEXT", true, false, false, ErDiagram.Mark.NONE, ""),
                                new ErDiagram.Column(
                                        "nick", "TEXT", false, false, true, ErDiagram.Mark.ADDED, "column 'nick'"),
                                new ErDiagram.Column("age", "INT", false, false, false, ErDiagram.Mark.REMOVED, "")),
                        ErDiagram.Mark.CHANGED,
                        List.of("column 'nick' (TEXT) is not in the model"))),
                List.of());
        String svg = diagram.svg();
        assertTrue(svg.contains("<g class=\"table mark-changed\" data-table=\"pet\" data-mark=\"changed\""), svg);
        assertTrue(svg.contains("<text class=\"badge badge-changed\""), svg);
        assertTrue(svg.contains(">~ changed</text>"), svg);
        assertTrue(
                svg.contains("<g class=\"col mark-added\" data-column=\"nick\"><title>column &#39;nick&#39;</title>"),
                svg);
        assertTrue(svg.contains(">+ added</tspan>"), svg);
        assertTrue(svg.contains(">\u2212 removed</tspan>"), svg);
    }
}
