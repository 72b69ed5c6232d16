package dev.ormdantic.benchmarks.report;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal grouped bar chart on a logarithmic axis, written as SVG by hand: one group per case, one bar per
 * contender, "n/a" where a contender has no number, and optional reference lines (such as the 1.10× target).
 */
public final class SvgChart {

    private static final String[] COLORS = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"
    };
    private static final int LEFT = 250;
    private static final int PLOT_WIDTH = 620;
    private static final int RIGHT = 150;
    private static final int TOP = 50;
    private static final int BAR = 9;
    private static final int GROUP_GAP = 10;

    /**
     * A dashed vertical line.
     *
     * @param value where on the axis
     * @param label its label
     */
    public record Reference(double value, String label) {}

    private final String title;
    private final String axisLabel;
    private final List<String> groups;
    private final List<String> series;
    private final double[][] values;
    private final List<Reference> references;

    /**
     * A chart; the lists and the values are copied.
     *
     * @param title the chart title
     * @param axisLabel the unit under the axis
     * @param groups the case labels, top to bottom
     * @param series the contender names, in legend order
     * @param values {@code values[group][series]}, {@code NaN} for none
     * @param references values to mark with a dashed line, with their labels
     */
    public SvgChart(
            String title,
            String axisLabel,
            List<String> groups,
            List<String> series,
            double[][] values,
            List<Reference> references) {
        this.title = title;
        this.axisLabel = axisLabel;
        this.groups = List.copyOf(groups);
        this.series = List.copyOf(series);
        this.values = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            this.values[i] = values[i].clone();
        }
        this.references = List.copyOf(references);
    }

    /**
     * The SVG document.
     *
     * @return the text
     */
    public String render() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (!Double.isNaN(v) && v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        for (Reference r : references) {
            min = Math.min(min, r.value());
            max = Math.max(max, r.value());
        }
        if (min == Double.POSITIVE_INFINITY) {
            min = 0.1;
            max = 10;
        }
        double lo = Math.floor(Math.log10(min));
        double hi = Math.max(Math.ceil(Math.log10(max)), lo + 1);
        int groupHeight = series.size() * BAR + GROUP_GAP;
        int height = TOP + groups.size() * groupHeight + 50;
        int width = LEFT + PLOT_WIDTH + RIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">%n",
                width,
                height,
                width,
                height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                10,
                escape(title)));
        int plotBottom = TOP + groups.size() * groupHeight;
        for (double decade = lo; decade <= hi; decade++) {
            double x = x(Math.pow(10, decade), lo, hi);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    x,
                    TOP - 5,
                    x,
                    plotBottom));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x,
                    plotBottom + 15,
                    tick(Math.pow(10, decade))));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                LEFT + PLOT_WIDTH / 2,
                plotBottom + 32,
                escape(axisLabel)));
        for (int g = 0; g < groups.size(); g++) {
            int y0 = TOP + g * groupHeight;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 8,
                    y0 + series.size() * BAR / 2 + 4,
                    escape(groups.get(g))));
            for (int s = 0; s < series.size(); s++) {
                double v = values[g][s];
                int y = y0 + s * BAR;
                if (Double.isNaN(v) || v <= 0) {
                    svg.append(String.format(
                            Locale.ROOT,
                            "<text x=\"%d\" y=\"%d\" font-size=\"8\" fill=\"#999\">n/a</text>%n",
                            LEFT + 3,
                            y + BAR - 1));
                    continue;
                }
                double x = x(v, lo, hi);
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %s</title>"
                                + "</rect>%n",
                        LEFT,
                        y,
                        Math.max(x - LEFT, 1),
                        BAR - 1,
                        COLORS[s % COLORS.length],
                        escape(series.get(s)),
                        number(v)));
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" font-size=\"8\">%s</text>%n",
                        Math.max(x, LEFT) + 3,
                        y + BAR - 1,
                        number(v)));
            }
        }
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            double x = x(r.value(), lo, hi);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c00\" stroke-dasharray=\"4 3\"/>%n",
                    x,
                    TOP - 12,
                    x,
                    plotBottom));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" fill=\"#c00\" font-size=\"9\">%s</text>%n",
                    x + 2,
                    TOP - 14 - 10 * i,
                    escape(r.label())));
        }
        int legendX = LEFT + PLOT_WIDTH + 20;
        for (int s = 0; s < series.size(); s++) {
            int y = TOP + s * 16;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\">%s</text>%n",
                    legendX,
                    y,
                    COLORS[s % COLORS.length],
                    legendX + 14,
                    y + 9,
                    escape(series.get(s))));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(double value, double lo, double hi) {
        return LEFT + (Math.log10(value) - lo) / (hi - lo) * PLOT_WIDTH;
    }

    private static String tick(double value) {
        return value >= 1 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%s", value);
    }

    private static String number(double value) {
        return value >= 100
                ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
