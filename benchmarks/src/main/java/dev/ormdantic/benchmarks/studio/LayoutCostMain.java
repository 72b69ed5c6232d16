package dev.ormdantic.benchmarks.studio;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.studio.ErDiagram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Prints what laying out and drawing the schema studio's ER diagram costs, as a Markdown table:
 *
 * <pre>
 * ./build -q -Pstudio-layout -pl benchmarks -am package -DskipTests
 * ./build -q -Pstudio-layout -pl benchmarks -am package -DskipTests -Dstudio-layout.args="--tables 100 --runs 50"
 * </pre>
 *
 * <p>For each table count it reports the <b>cold</b> time (the first diagram this JVM draws, class loading and
 * interpretation included: what a user waits for when the studio starts) and the median and maximum of
 * {@code --runs} <b>warm</b> runs after as many warm-up runs, each for the layout alone ({@code ErDiagram.of}) and for
 * layout plus SVG. The schema is generated: each table has 4 to 12 columns and, from the second on, a foreign key to
 * an earlier table (a random one, with a fixed seed), every fifth a second one, every seventh a self-reference, and
 * every eleventh none (an isolated table).
 */
public final class LayoutCostMain {

    private LayoutCostMain() {}

    /**
     * Runs the measurement.
     *
     * @param args {@code --tables 30,100,300} and {@code --runs 30}
     */
    public static void main(String[] args) {
        List<Integer> counts = List.of(30, 100, 300);
        int runs = 30;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--tables" ->
                    counts = Arrays.stream(args[i + 1].split(",", -1))
                            .map(String::trim)
                            .map(Integer::parseInt)
                            .toList();
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println("| tables | foreign keys | cold: layout + SVG (ms) | warm layout, median (ms) |"
                + " warm layout + SVG, median (ms) | warm layout + SVG, max (ms) | SVG bytes |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        boolean first = true;
        for (int count : counts) {
            SchemaSnapshot snapshot = schema(count);
            long start = System.nanoTime();
            String svg = ErDiagram.of(snapshot).svg();
            double cold = (System.nanoTime() - start) / 1e6;
            int edges = ErDiagram.of(snapshot).edges().size();
            double[] layout = new double[runs];
            double[] drawn = new double[runs];
            for (int r = 0; r < runs * 2; r++) {
                long a = System.nanoTime();
                ErDiagram diagram = ErDiagram.of(snapshot);
                long b = System.nanoTime();
                int length = diagram.svg().length();
                long c = System.nanoTime();
                if (length == 0) {
                    throw new IllegalStateException("empty SVG");
                }
                if (r >= runs) {
                    layout[r - runs] = (b - a) / 1e6;
                    drawn[r - runs] = (c - a) / 1e6;
                }
            }
            Arrays.sort(layout);
            Arrays.sort(drawn);
            System.out.printf(
                    "| %d | %d | %s | %.2f | %.2f | %.2f | %d |%n",
                    count,
                    edges,
                    first ? String.format("%.1f", cold) : String.format("%.1f (JVM already warm)", cold),
                    layout[runs / 2],
                    drawn[runs / 2],
                    drawn[runs - 1],
                    svg.length());
            first = false;
        }
    }

    static SchemaSnapshot schema(int tables) {
        Random random = new Random(42);
        List<TableSnapshot> out = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            String name = String.format("table_%03d", i);
            List<ColumnSpec> columns = new ArrayList<>();
            List<ForeignKeySpec> fks = new ArrayList<>();
            columns.add(new ColumnSpec("id", ColumnType.of(ColumnType.Kind.LONG), false));
            int extra = 3 + random.nextInt(9);
            for (int c = 0; c < extra; c++) {
                columns.add(new ColumnSpec("column_" + c, ColumnType.string(20 + random.nextInt(200)), c % 2 == 0));
            }
            if (i > 0 && i % 11 != 0) {
                columns.add(new ColumnSpec("parent_id", ColumnType.of(ColumnType.Kind.LONG), true));
                fks.add(fk(name, "parent_id", String.format("table_%03d", random.nextInt(i))));
            }
            if (i >= 5 && i % 5 == 0) {
                columns.add(new ColumnSpec("other_id", ColumnType.of(ColumnType.Kind.LONG), true));
                fks.add(fk(name, "other_id", String.format("table_%03d", random.nextInt(i))));
            }
            if (i >= 7 && i % 7 == 0) {
                columns.add(new ColumnSpec("previous_id", ColumnType.of(ColumnType.Kind.LONG), true));
                fks.add(fk(name, "previous_id", name));
            }
            out.add(new TableSnapshot(
                    new TableSpec(name, columns, List.of("id"), List.of(), "", List.of(), fks, null)));
        }
        return SchemaSnapshot.of(out);
    }

    private static ForeignKeySpec fk(String from, String column, String to) {
        return new ForeignKeySpec(
                from + "_" + column + "_fkey",
                List.of(column),
                "",
                to,
                List.of("id"),
                ForeignKeySpec.Action.NO_ACTION,
                ForeignKeySpec.Action.NO_ACTION);
    }
}
