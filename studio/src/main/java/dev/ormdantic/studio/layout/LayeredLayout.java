package dev.ormdantic.studio.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A layered (Sugiyama-style) layout of boxes joined by directed links, for an ER diagram: each connected group of
 * boxes is laid out in columns (a referenced table left of the tables that reference it), the order inside each
 * column is improved by barycenter sweeps to reduce crossings, each box is pulled toward the boxes it is linked with,
 * and the groups are packed in rows. Boxes never overlap: boxes of one column are stacked with a gap, columns are
 * disjoint, and groups are packed side by side. The result depends only on the input (box ids are sorted first), so
 * the same schema always gives the same picture.
 *
 * <p>No Graphviz binary and no browser-side layout is needed; 100 tables take a few milliseconds (measured by the
 * benchmarks module's {@code studio-layout} profile).
 *
 * @since 0.1.0
 */
public final class LayeredLayout {

    /** Horizontal gap between columns, in pixels. */
    public static final double COLUMN_GAP = 80;

    /** Vertical gap between the boxes of one column, in pixels. */
    public static final double BOX_GAP = 28;

    /** Gap between packed groups, in pixels. */
    public static final double GROUP_GAP = 48;

    private static final int SWEEPS = 6;

    private LayeredLayout() {}

    /**
     * A box to place.
     *
     * @param id the box's unique id (a table's qualified name)
     * @param width the width, in pixels, positive
     * @param height the height, in pixels, positive
     */
    public record Box(String id, double width, double height) {

        /**
         * Checks the size.
         *
         * @throws IllegalArgumentException when a side is not positive or not finite
         */
        public Box {
            if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
                throw new IllegalArgumentException("box " + id + " needs a positive size, not " + width + "x" + height);
            }
        }
    }

    /**
     * A directed link, from the referencing box to the referenced one (a foreign key's table to its target).
     *
     * @param from the referencing box's id
     * @param to the referenced box's id
     */
    public record Link(String from, String to) {}

    /**
     * A placed box.
     *
     * @param id the box's id
     * @param x the left edge
     * @param y the top edge
     * @param width the width
     * @param height the height
     * @param column the box's column inside its group (0 is the leftmost)
     */
    public record Placed(String id, double x, double y, double width, double height, int column) {

        /**
         * Whether this box and another share any area (touching edges do not count).
         *
         * @param other the other box
         * @return true when they overlap
         */
        public boolean overlaps(Placed other) {
            return x < other.x + other.width
                    && other.x < x + width
                    && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    /**
     * A finished layout.
     *
     * @param boxes every box by id, in id order
     * @param width the width of the whole drawing
     * @param height the height of the whole drawing
     */
    public record Layout(Map<String, Placed> boxes, double width, double height) {}

    /**
     * Lays out boxes and links. Links to unknown ids and self-links take no part in the placement.
     *
     * @param boxes the boxes, with unique ids
     * @param links the links
     * @return the layout
     * @throws IllegalArgumentException when two boxes share an id
     */
    public static Layout layout(List<Box> boxes, List<Link> links) {
        TreeMap<String, Box> byId = new TreeMap<>();
        for (Box box : boxes) {
            if (byId.put(box.id(), box) != null) {
                throw new IllegalArgumentException("two boxes have the id " + box.id());
            }
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int n = ids.size();
        List<Set<Integer>> parents = new ArrayList<>();
        List<Set<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parents.add(new java.util.TreeSet<>());
            neighbours.add(new java.util.TreeSet<>());
        }
        for (Link link : links) {
            Integer from = index.get(link.from());
            Integer to = index.get(link.to());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            parents.get(from).add(to);
            neighbours.get(from).add(to);
            neighbours.get(to).add(from);
        }
        double[] width = new double[n];
        double[] height = new double[n];
        int at = 0;
        for (Box box : byId.values()) {
            width[at] = box.width();
            height[at] = box.height();
            at++;
        }
        List<Group> groups = new ArrayList<>();
        boolean[] seen = new boolean[n];
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(start);
            seen[start] = true;
            while (!queue.isEmpty()) {
                int node = queue.poll();
                members.add(node);
                for (int next : neighbours.get(node)) {
                    if (!seen[next]) {
                        seen[next] = true;
                        queue.add(next);
                    }
                }
            }
            members.sort(Comparator.naturalOrder());
            groups.add(layoutGroup(members, parents, neighbours, width, height));
        }
        return pack(groups, ids, width, height);
    }

    /** One connected group laid out at the origin. */
    private static final class Group {
        private final List<Integer> members;
        private final double[] x;
        private final double[] y;
        private final int[] column;
        private final double width;
        private final double height;

        Group(List<Integer> members, double[] x, double[] y, int[] column, double width, double height) {
            this.members = members;
            this.x = x;
            this.y = y;
            this.column = column;
            this.width = width;
            this.height = height;
        }

        List<Integer> members() {
            return members;
        }

        double[] x() {
            return x;
        }

        double[] y() {
            return y;
        }

        int[] column() {
            return column;
        }

        double width() {
            return width;
        }

        double height() {
            return height;
        }
    }

    private static Group layoutGroup(
            List<Integer> members,
            List<Set<Integer>> parents,
            List<Set<Integer>> neighbours,
            double[] width,
            double[] height) {
        int n = width.length;
        // 1. break cycles: a depth-first search in id order ignores the edges that close a cycle
        Set<Long> ignored = new HashSet<>();
        byte[] state = new byte[n];
        for (int root : members) {
            if (state[root] == 0) {
                breakCycles(root, parents, state, ignored);
            }
        }
        // 2. layers: a referenced box sits left of every box that references it (longest path)
        int[] layer = new int[n];
        Arrays.fill(layer, -1);
        for (int node : members) {
            layerOf(node, parents, ignored, layer);
        }
        // pull a box with no parents right, next to its nearest child, so that it is not far from what links to it
        for (int node : members) {
            if (parents.get(node).isEmpty()) {
                int nearest = Integer.MAX_VALUE;
                for (int other : neighbours.get(node)) {
                    if (parents.get(other).contains(node) && !ignored.contains(edge(other, node))) {
                        nearest = Math.min(nearest, layer[other]);
                    }
                }
                if (nearest != Integer.MAX_VALUE && nearest - 1 > layer[node]) {
                    layer[node] = nearest - 1;
                }
            }
        }
        int layers = 0;
        for (int node : members) {
            layers = Math.max(layers, layer[node] + 1);
        }
        List<List<Integer>> columns = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            columns.add(new ArrayList<>());
        }
        for (int node : members) {
            columns.get(layer[node]).add(node);
        }
        // 3. order inside each column: barycenter sweeps, left to right then right to left
        double[] rank = new double[n];
        renumber(columns, rank);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean rightward = sweep % 2 == 0;
            for (int step = 1; step < layers; step++) {
                int l = rightward ? step : layers - 1 - step;
                List<Integer> column = columns.get(l);
                Map<Integer, Double> key = new HashMap<>();
                for (int node : column) {
                    double sum = 0;
                    int count = 0;
                    for (int other : neighbours.get(node)) {
                        if (rightward ? layer[other] < l : layer[other] > l) {
                            sum += rank[other];
                            count++;
                        }
                    }
                    key.put(node, count == 0 ? rank[node] : sum / count);
                }
                column.sort(Comparator.comparingDouble(key::get));
                renumber(columns, rank);
            }
        }
        // 4. coordinates: columns side by side; inside a column, boxes stacked, each pulled toward its neighbours
        double[] x = new double[n];
        double[] y = new double[n];
        double left = 0;
        for (List<Integer> column : columns) {
            double widest = 0;
            double top = 0;
            for (int node : column) {
                x[node] = left;
                y[node] = top;
                top += height[node] + BOX_GAP;
                widest = Math.max(widest, width[node]);
            }
            left += widest + COLUMN_GAP;
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean rightward = sweep % 2 == 0;
            for (int step = 0; step < layers; step++) {
                int l = rightward ? step : layers - 1 - step;
                List<Integer> column = columns.get(l);
                double[] wanted = new double[column.size()];
                for (int i = 0; i < column.size(); i++) {
                    int node = column.get(i);
                    double sum = 0;
                    int count = 0;
                    for (int other : neighbours.get(node)) {
                        if (layer[other] != l) {
                            sum += y[other] + height[other] / 2;
                            count++;
                        }
                    }
                    wanted[i] = count == 0 ? y[node] : sum / count - height[node] / 2;
                }
                place(column, wanted, y, height);
            }
        }
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (int node : members) {
            minY = Math.min(minY, y[node]);
        }
        for (int node : members) {
            y[node] = Math.round(y[node] - minY);
            x[node] = Math.round(x[node]);
            maxX = Math.max(maxX, x[node] + width[node]);
            maxY = Math.max(maxY, y[node] + height[node]);
        }
        return new Group(members, x, y, layer, maxX, maxY);
    }

    /**
     * Places one column's boxes in their order as near their wanted tops as the gaps allow: top-down, each below the
     * one before, then the whole column shifted by the mean displacement so that pushing down does not accumulate.
     */
    private static void place(List<Integer> column, double[] wanted, double[] y, double[] height) {
        int size = column.size();
        double[] top = new double[size];
        double floor = -Double.MAX_VALUE;
        double displaced = 0;
        for (int i = 0; i < size; i++) {
            top[i] = Math.max(wanted[i], floor);
            floor = top[i] + height[column.get(i)] + BOX_GAP;
            displaced += top[i] - wanted[i];
        }
        double shift = size == 0 ? 0 : displaced / size;
        for (int i = 0; i < size; i++) {
            y[column.get(i)] = top[i] - shift;
        }
    }

    private static void renumber(List<List<Integer>> columns, double[] rank) {
        for (List<Integer> column : columns) {
            for (int i = 0; i < column.size(); i++) {
                rank[column.get(i)] = column.size() == 1 ? 0.5 : (double) i / (column.size() - 1);
            }
        }
    }

    private static long edge(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    private static void breakCycles(int root, List<Set<Integer>> parents, byte[] state, Set<Long> ignored) {
        // iterative depth-first search: 1 = on the stack, 2 = done
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        Map<Integer, List<Integer>> pending = new LinkedHashMap<>();
        state[root] = 1;
        stack.push(new int[] {root});
        pending.put(root, new ArrayList<>(parents.get(root)));
        while (!stack.isEmpty()) {
            int node = stack.peek()[0];
            List<Integer> next = pending.get(node);
            if (next == null || next.isEmpty()) {
                state[node] = 2;
                stack.pop();
                continue;
            }
            int parent = next.removeFirst();
            if (state[parent] == 1) {
                ignored.add(edge(node, parent));
            } else if (state[parent] == 0) {
                state[parent] = 1;
                pending.put(parent, new ArrayList<>(parents.get(parent)));
                stack.push(new int[] {parent});
            }
        }
    }

    private static int layerOf(int start, List<Set<Integer>> parents, Set<Long> ignored, int[] layer) {
        if (layer[start] >= 0) {
            return layer[start];
        }
        // iterative post-order over the acyclic parent edges
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            int node = stack.peek();
            boolean ready = true;
            int deepest = -1;
            for (int parent : parents.get(node)) {
                if (ignored.contains(edge(node, parent))) {
                    continue;
                }
                if (layer[parent] < 0) {
                    ready = false;
                    stack.push(parent);
                } else {
                    deepest = Math.max(deepest, layer[parent]);
                }
            }
            if (ready) {
                stack.pop();
                if (layer[node] < 0) {
                    layer[node] = deepest + 1;
                }
            }
        }
        return layer[start];
    }

    /** Packs the groups in rows (largest first) no wider than about a 16:10 page of their total area. */
    private static Layout pack(List<Group> groups, List<String> ids, double[] width, double[] height) {
        List<Group> order = new ArrayList<>(groups);
        order.sort(Comparator.comparingInt((Group g) -> -g.members().size())
                .thenComparingDouble(g -> -g.height())
                .thenComparingInt(g -> g.members().get(0)));
        double area = 0;
        double widest = 0;
        for (Group group : order) {
            area += (group.width() + GROUP_GAP) * (group.height() + GROUP_GAP);
            widest = Math.max(widest, group.width());
        }
        double rowWidth = Math.max(widest, Math.sqrt(area * 1.6));
        Map<String, Placed> placed = new TreeMap<>();
        double left = 0;
        double top = 0;
        double rowHeight = 0;
        double totalWidth = 0;
        for (Group group : order) {
            if (left > 0 && left + group.width() > rowWidth) {
                left = 0;
                top += rowHeight + GROUP_GAP;
                rowHeight = 0;
            }
            for (int node : group.members()) {
                placed.put(
                        ids.get(node),
                        new Placed(
                                ids.get(node),
                                group.x()[node] + left,
                                group.y()[node] + top,
                                width[node],
                                height[node],
                                group.column()[node]));
            }
            totalWidth = Math.max(totalWidth, left + group.width());
            rowHeight = Math.max(rowHeight, group.height());
            left += group.width() + GROUP_GAP;
        }
        return new Layout(java.util.Collections.unmodifiableMap(placed), totalWidth, top + rowHeight);
    }
}
