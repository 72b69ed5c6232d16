package dev.ormdantic.studio;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.studio.layout.LayeredLayout;
import dev.ormdantic.studio.layout.LayeredLayout.Layout;
import dev.ormdantic.studio.layout.LayeredLayout.Placed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An entity-relationship diagram: tables with their columns, keys and types, and foreign-key edges, laid out on the
 * server by {@link LayeredLayout} and rendered as SVG. Each table and column may carry a drift {@link Mark}, drawn in
 * colour and as a text badge ({@code + added}, {@code − removed}, {@code ~ changed}).
 *
 * <p>The SVG uses classes ({@code table}, {@code col}, {@code fk}, {@code badge}, {@code mark-added}, ...) and data
 * attributes ({@code data-table}, {@code data-column}, {@code data-from}, {@code data-to}) so that a page can style it
 * and a test can count its parts.
 *
 * @since 0.1.0
 */
public final class ErDiagram {

    /** Width of one character of the 12 px monospace font, in pixels. */
    static final double CHAR = 7.3;

    static final double ROW = 18;
    static final double HEAD = 26;
    static final double PAD = 8;
    static final double GUTTER = 24;

    /** What drift says about a table or a column. */
    public enum Mark {
        /** In step with the model. */
        NONE(""),
        /** In the database, not in the model. */
        ADDED("+ added"),
        /** In the model, not in the database. */
        REMOVED("\u2212 removed"),
        /** In both, but different. */
        CHANGED("~ changed");

        private final String badge;

        Mark(String badge) {
            this.badge = badge;
        }

        /**
         * The text badge drawn next to a marked table or column.
         *
         * @return the badge text, empty for {@link #NONE}
         */
        public String badge() {
            return badge;
        }

        String css() {
            return "mark-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A column as drawn.
     *
     * @param name the column name
     * @param type the type as shown ({@code STRING(80)}, {@code VARCHAR(80)})
     * @param primaryKey whether it is part of the primary key
     * @param foreignKey whether it is part of a foreign key
     * @param nullable whether it accepts {@code NULL} (drawn as a trailing {@code ?})
     * @param mark its drift mark
     * @param note what differs, shown as a tooltip; empty when nothing does
     */
    public record Column(
            String name,
            String type,
            boolean primaryKey,
            boolean foreignKey,
            boolean nullable,
            Mark mark,
            String note) {}

    /**
     * A table as drawn.
     *
     * @param name the table's name, qualified with its schema when it has one
     * @param columns the columns, in order
     * @param mark its drift mark
     * @param notes what differs on the table itself (keys, indexes, checks), shown as a tooltip
     */
    public record Table(String name, List<Column> columns, Mark mark, List<String> notes) {

        /** Copies the lists. */
        public Table {
            columns = List.copyOf(columns);
            notes = List.copyOf(notes);
        }
    }

    /**
     * A foreign key as drawn.
     *
     * @param name the constraint name (may be empty)
     * @param from the referencing table
     * @param fromColumn the first referencing column
     * @param to the referenced table
     * @param toColumn the first referenced column
     */
    public record Edge(String name, String from, String fromColumn, String to, String toColumn) {}

    private final List<Table> tables;
    private final List<Edge> edges;
    private final Layout layout;

    private ErDiagram(List<Table> tables, List<Edge> edges) {
        this.tables = List.copyOf(tables);
        this.edges = List.copyOf(edges);
        List<LayeredLayout.Box> boxes = new ArrayList<>();
        for (Table table : this.tables) {
            boxes.add(new LayeredLayout.Box(table.name(), width(table), height(table)));
        }
        List<LayeredLayout.Link> links = new ArrayList<>();
        for (Edge edge : this.edges) {
            links.add(new LayeredLayout.Link(edge.from(), edge.to()));
        }
        this.layout = LayeredLayout.layout(boxes, links);
    }

    /**
     * Lays out tables and edges. Edges whose tables are not among the tables are left out.
     *
     * @param tables the tables, with unique names
     * @param edges the foreign keys
     * @return the diagram
     */
    public static ErDiagram of(List<Table> tables, List<Edge> edges) {
        Set<String> names = new HashSet<>();
        for (Table table : tables) {
            names.add(table.name());
        }
        List<Edge> kept = edges.stream()
                .filter(e -> names.contains(e.from()) && names.contains(e.to()))
                .toList();
        return new ErDiagram(tables, kept);
    }

    /**
     * The diagram of a snapshot's tables and views, unmarked.
     *
     * @param snapshot the snapshot, such as {@code Snapshots.fromClasspath(loader)}
     * @return the diagram
     */
    public static ErDiagram of(SchemaSnapshot snapshot) {
        List<Table> tables = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (TableSnapshot table : snapshot.tables()) {
            tables.add(table(table.table(), Mark.NONE));
            edges.addAll(edges(table.table()));
        }
        return of(tables, edges);
    }

    static String qualified(String schema, String name) {
        return schema.isEmpty() ? name : schema + "." + name;
    }

    static Table table(TableSpec spec, Mark mark) {
        Set<String> fkColumns = new HashSet<>();
        for (ForeignKeySpec fk : spec.foreignKeys()) {
            fkColumns.addAll(fk.columns());
        }
        List<Column> columns = new ArrayList<>();
        for (ColumnSpec column : spec.columns()) {
            columns.add(new Column(
                    column.name(),
                    typeLabel(column.type()),
                    spec.primaryKey().contains(column.name()),
                    fkColumns.contains(column.name()),
                    column.nullable(),
                    mark,
                    ""));
        }
        return new Table(qualified(spec.schema(), spec.name()), columns, mark, List.of());
    }

    static List<Edge> edges(TableSpec spec) {
        List<Edge> out = new ArrayList<>();
        for (ForeignKeySpec fk : spec.foreignKeys()) {
            String targetSchema = fk.targetSchema().isEmpty() ? spec.schema() : fk.targetSchema();
            out.add(new Edge(
                    fk.name(),
                    qualified(spec.schema(), spec.name()),
                    fk.columns().isEmpty() ? "" : fk.columns().get(0),
                    qualified(targetSchema, fk.targetTable()),
                    fk.targetColumns().isEmpty() ? "" : fk.targetColumns().get(0)));
        }
        return out;
    }

    /**
     * A logical type as shown: {@code STRING(80)}, {@code DECIMAL(10,2)}, {@code INT}.
     *
     * @param type the type
     * @return the label
     */
    static String typeLabel(ColumnType type) {
        return switch (type.kind()) {
            case STRING -> type.length() > 0 ? "STRING(" + type.length() + ")" : "STRING";
            case DECIMAL -> "DECIMAL(" + type.precision() + "," + type.scale() + ")";
            default -> type.kind().name();
        };
    }

    /**
     * The tables, as given.
     *
     * @return the tables
     */
    public List<Table> tables() {
        return tables;
    }

    /**
     * The edges drawn.
     *
     * @return the edges
     */
    public List<Edge> edges() {
        return edges;
    }

    /**
     * Where each table box is.
     *
     * @return the layout
     */
    public Layout layout() {
        return layout;
    }

    private static double width(Table table) {
        int name = 0;
        int type = 0;
        for (Column column : table.columns()) {
            name = Math.max(name, column.name().length());
            type = Math.max(
                    type,
                    column.type().length() + 1 + column.mark().badge().length() + (column.mark() == Mark.NONE ? 0 : 1));
        }
        double columns = PAD + GUTTER + (name + 2 + type) * CHAR + PAD;
        String badge = table.mark().badge();
        double title = PAD + (table.name().length() + (badge.isEmpty() ? 0 : badge.length() + 3)) * CHAR + PAD;
        return Math.ceil(Math.max(Math.max(columns, title), 120));
    }

    private static double height(Table table) {
        return HEAD + Math.max(1, table.columns().size()) * ROW + 6;
    }

    /**
     * The diagram as a standalone SVG document fragment ({@code <svg ...>...</svg>}).
     *
     * @return the SVG text
     */
    public String svg() {
        StringBuilder out = new StringBuilder(4096 + tables.size() * 1024);
        long width = Math.round(layout.width()) + 20;
        long height = Math.round(layout.height()) + 20;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"er\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"-10 -10 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" data-tables=\"")
                .append(tables.size())
                .append("\" data-edges=\"")
                .append(edges.size())
                .append("\">");
        out.append("<defs><marker id=\"er-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        out.append("<g class=\"edges\">");
        for (Edge edge : edges) {
            edge(out, edge);
        }
        out.append("</g><g class=\"tables\">");
        for (Table table : tables) {
            table(out, table, Objects.requireNonNull(layout.boxes().get(table.name())));
        }
        out.append("</g></svg>");
        return out.toString();
    }

    private void edge(StringBuilder out, Edge edge) {
        Placed from = Objects.requireNonNull(layout.boxes().get(edge.from()));
        Placed to = Objects.requireNonNull(layout.boxes().get(edge.to()));
        double fromY = from.y() + rowCenter(edge.from(), edge.fromColumn());
        double toY = to.y() + rowCenter(edge.to(), edge.toColumn());
        String d;
        if (edge.from().equals(edge.to())) {
            double x = from.x() + from.width();
            d = "M" + n(x) + "," + n(fromY) + " C" + n(x + 40) + "," + n(fromY) + " " + n(x + 40) + "," + n(toY) + " "
                    + n(x) + "," + n(toY);
        } else {
            double fromCenter = from.x() + from.width() / 2;
            double toCenter = to.x() + to.width() / 2;
            boolean leftward = toCenter < fromCenter - 1;
            boolean sameColumn = Math.abs(from.x() - to.x()) < 1;
            double x1;
            double x2;
            double bend;
            if (sameColumn) {
                x1 = from.x() + from.width();
                x2 = to.x() + to.width();
                bend = Math.max(x1, x2) + 40;
                d = "M" + n(x1) + "," + n(fromY) + " C" + n(bend) + "," + n(fromY) + " " + n(bend) + "," + n(toY) + " "
                        + n(x2) + "," + n(toY);
            } else {
                x1 = leftward ? from.x() : from.x() + from.width();
                x2 = leftward ? to.x() + to.width() : to.x();
                double mid = (x1 + x2) / 2;
                d = "M" + n(x1) + "," + n(fromY) + " C" + n(mid) + "," + n(fromY) + " " + n(mid) + "," + n(toY) + " "
                        + n(x2) + "," + n(toY);
            }
        }
        out.append("<path class=\"fk\" marker-end=\"url(#er-arrow)\" data-from=\"")
                .append(esc(edge.from()))
                .append("\" data-to=\"")
                .append(esc(edge.to()))
                .append("\" data-fk=\"")
                .append(esc(edge.name()))
                .append("\" d=\"")
                .append(d)
                .append("\"><title>")
                .append(esc(edge.from() + "." + edge.fromColumn() + " \u2192 " + edge.to() + "." + edge.toColumn()))
                .append("</title></path>");
    }

    private double rowCenter(String tableName, String column) {
        for (Table table : tables) {
            if (table.name().equals(tableName)) {
                for (int i = 0; i < table.columns().size(); i++) {
                    if (table.columns().get(i).name().equalsIgnoreCase(column)) {
                        return HEAD + i * ROW + ROW / 2 + 2;
                    }
                }
            }
        }
        return HEAD / 2;
    }

    private static void table(StringBuilder out, Table table, Placed box) {
        out.append("<g class=\"table ")
                .append(table.mark().css())
                .append("\" data-table=\"")
                .append(esc(table.name()))
                .append("\" data-mark=\"")
                .append(table.mark().name().toLowerCase(Locale.ROOT))
                .append("\" transform=\"translate(")
                .append(n(box.x()))
                .append(',')
                .append(n(box.y()))
                .append(")\">");
        if (!table.notes().isEmpty()) {
            out.append("<title>").append(esc(String.join("\n", table.notes()))).append("</title>");
        }
        out.append("<rect class=\"box\" width=\"")
                .append(n(box.width()))
                .append("\" height=\"")
                .append(n(box.height()))
                .append("\" rx=\"5\"/>");
        out.append("<rect class=\"head\" width=\"")
                .append(n(box.width()))
                .append("\" height=\"")
                .append(n(HEAD))
                .append("\" rx=\"5\"/>");
        out.append("<text class=\"title\" x=\"")
                .append(n(PAD))
                .append("\" y=\"18\">")
                .append(esc(table.name()))
                .append("</text>");
        if (table.mark() != Mark.NONE) {
            out.append("<text class=\"badge badge-")
                    .append(table.mark().name().toLowerCase(Locale.ROOT))
                    .append("\" x=\"")
                    .append(n(box.width() - PAD))
                    .append("\" y=\"18\" text-anchor=\"end\">")
                    .append(esc(table.mark().badge()))
                    .append("</text>");
        }
        int nameChars = 0;
        for (Column column : table.columns()) {
            nameChars = Math.max(nameChars, column.name().length());
        }
        double typeX = PAD + GUTTER + (nameChars + 2) * CHAR;
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            double y = HEAD + i * ROW + 15;
            out.append("<g class=\"col ")
                    .append(column.mark().css())
                    .append("\" data-column=\"")
                    .append(esc(column.name()))
                    .append("\">");
            if (!column.note().isEmpty()) {
                out.append("<title>").append(esc(column.note())).append("</title>");
            }
            String key = column.primaryKey() ? "PK" : column.foreignKey() ? "FK" : "";
            if (!key.isEmpty()) {
                out.append("<text class=\"key\" x=\"")
                        .append(n(PAD))
                        .append("\" y=\"")
                        .append(n(y))
                        .append("\">")
                        .append(key)
                        .append("</text>");
            }
            out.append("<text class=\"name\" x=\"")
                    .append(n(PAD + GUTTER))
                    .append("\" y=\"")
                    .append(n(y))
                    .append("\">")
                    .append(esc(column.name()))
                    .append("</text>");
            out.append("<text class=\"type\" x=\"")
                    .append(n(typeX))
                    .append("\" y=\"")
                    .append(n(y))
                    .append("\">")
                    .append(esc(column.type() + (column.nullable() ? "?" : "")));
            if (column.mark() != Mark.NONE) {
                out.append("<tspan class=\"badge badge-")
                        .append(column.mark().name().toLowerCase(Locale.ROOT))
                        .append("\" dx=\"")
                        .append(n(CHAR))
                        .append("\">")
                        .append(esc(column.mark().badge()))
                        .append("</tspan>");
            }
            out.append("</text></g>");
        }
        out.append("</g>");
    }

    private static String n(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : Double.toString(rounded / 10.0);
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
