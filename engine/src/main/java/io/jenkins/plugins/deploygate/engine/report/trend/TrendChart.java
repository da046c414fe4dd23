package io.jenkins.plugins.deploygate.engine.report.trend;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Draws error findings per deployment, stacked by database engine, as one self-contained SVG
 * document: no script, no external reference, readable on light and dark backgrounds. The job
 * page shows it; each bar links to its deployment's report. The oldest deployment is on the
 * left.
 */
public final class TrendChart {

    /** Engines in the order they stack, each with a colour that is told apart without hue. */
    private static final List<String> ENGINE_ORDER = List.of("oracle", "postgresql", "mysql", "sqlserver");

    private static final List<String> PALETTE =
            List.of("#E69F00", "#0072B2", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442");
    private static final String NO_ENGINE_COLOUR = "#999999";
    /** A clean deployment is a thin mark on the axis, so it is seen, not mistaken for a gap. */
    private static final String CLEAN_COLOUR = "#888888";

    private static final String TITLE = "Errors per deployment";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 44;
    private static final int BOTTOM = 52;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    private static final int MAX_X_LABELS = 16;

    private final List<TrendPoint> points;
    private final List<String> engines;
    private final int axisMax;

    private TrendChart(List<TrendPoint> points) {
        this.points = List.copyOf(points);
        this.engines = enginesInStackOrder(this.points);
        int maxErrors =
                this.points.stream().mapToInt(TrendPoint::totalErrors).max().orElse(0);
        this.axisMax = niceCeiling(maxErrors);
    }

    /** The SVG document for these deployments, oldest first. */
    public static String render(List<TrendPoint> points) {
        return new TrendChart(points).svg();
    }

    private String svg() {
        SvgWriter svg = new SvgWriter(WIDTH, HEIGHT, TITLE, description());
        svg.text(LEFT, 20, "title", "start", TITLE);
        if (points.isEmpty()) {
            svg.text(WIDTH / 2, TOP + PLOT_HEIGHT / 2, "note", "middle", "No deployments recorded yet");
            return svg.finish();
        }
        drawLegend(svg);
        drawYAxis(svg);
        drawBars(svg);
        drawXAxis(svg);
        return svg.finish();
    }

    private String description() {
        if (points.isEmpty()) {
            return "No deployments recorded yet.";
        }
        TrendPoint last = points.get(points.size() - 1);
        return points.size() + " deployments; the latest, " + last.label() + ", had " + last.totalErrors() + " error"
                + (last.totalErrors() == 1 ? "" : "s") + ".";
    }

    private void drawLegend(SvgWriter svg) {
        int x = WIDTH - RIGHT;
        for (int i = engines.size() - 1; i >= 0; i--) {
            String engine = engines.get(i);
            int textWidth = 7 * engine.length();
            x -= textWidth;
            svg.text(x, 20, "legend", "start", engine);
            x -= 16;
            svg.rect(x, 11, 11, 11, colour(engine), null);
            x -= 14;
        }
    }

    private void drawYAxis(SvgWriter svg) {
        int step = tickStep(axisMax);
        for (int value = 0; value <= axisMax; value += step) {
            double y = yOf(value);
            svg.line(LEFT, y, LEFT + PLOT_WIDTH, y, value == 0 ? "axis" : "grid");
            svg.text(LEFT - 8, y + 4, "tick", "end", Integer.toString(value));
        }
        svg.rotatedText(16, TOP + PLOT_HEIGHT / 2.0, "axis-title", "Errors");
    }

    private void drawXAxis(SvgWriter svg) {
        double band = (double) PLOT_WIDTH / points.size();
        int every = (points.size() + MAX_X_LABELS - 1) / MAX_X_LABELS;
        for (int i = 0; i < points.size(); i++) {
            boolean labelled = (points.size() - 1 - i) % every == 0;
            if (labelled) {
                svg.text(
                        LEFT + band * (i + 0.5),
                        TOP + PLOT_HEIGHT + 16,
                        "tick",
                        "middle",
                        points.get(i).label());
            }
        }
        svg.text(LEFT + PLOT_WIDTH / 2.0, HEIGHT - 10, "axis-title", "middle", "Deployment (build)");
    }

    private void drawBars(SvgWriter svg) {
        double band = (double) PLOT_WIDTH / points.size();
        double barWidth = Math.max(1, band * 0.6);
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            double x = LEFT + band * i + (band - barWidth) / 2;
            svg.openLink(point.link());
            if (point.totalErrors() == 0) {
                svg.rect(x, yOf(0) - 2, barWidth, 2, CLEAN_COLOUR, point.label() + ": no errors");
            } else {
                drawStack(svg, point, x, barWidth);
            }
            svg.closeLink(point.link());
        }
    }

    private void drawStack(SvgWriter svg, TrendPoint point, double x, double barWidth) {
        int below = 0;
        for (String engine : engines) {
            int count = point.errorsByEngine().getOrDefault(engine, 0);
            if (count == 0) {
                continue;
            }
            double top = yOf(below + count);
            double height = yOf(below) - top;
            String tooltip = point.label() + ": " + count + " " + engine + " error" + (count == 1 ? "" : "s");
            svg.rect(x, top, barWidth, height, colour(engine), tooltip);
            below += count;
        }
    }

    private double yOf(int value) {
        return TOP + PLOT_HEIGHT - (double) PLOT_HEIGHT * value / axisMax;
    }

    private String colour(String engine) {
        if (TrendPoint.NO_ENGINE.equals(engine)) {
            return NO_ENGINE_COLOUR;
        }
        int known = ENGINE_ORDER.indexOf(engine);
        int index = known >= 0 ? known : ENGINE_ORDER.size() + engines.indexOf(engine);
        return PALETTE.get(index % PALETTE.size());
    }

    /** Known engines first in a fixed order, so colours never change between charts; "other" last. */
    private static List<String> enginesInStackOrder(List<TrendPoint> points) {
        Set<String> present = new LinkedHashSet<>();
        points.forEach(point -> point.errorsByEngine().forEach((engine, count) -> {
            if (count > 0) {
                present.add(engine);
            }
        }));
        List<String> ordered = new ArrayList<>();
        ENGINE_ORDER.stream().filter(present::contains).forEach(ordered::add);
        present.stream()
                .filter(engine -> !ENGINE_ORDER.contains(engine) && !TrendPoint.NO_ENGINE.equals(engine))
                .sorted()
                .forEach(ordered::add);
        if (present.contains(TrendPoint.NO_ENGINE)) {
            ordered.add(TrendPoint.NO_ENGINE);
        }
        return ordered;
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... that holds {@code max}; 1 for an empty chart. */
    static int niceCeiling(int max) {
        int magnitude = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if ((long) factor * magnitude >= max) {
                    return factor * magnitude;
                }
            }
            magnitude *= 10;
        }
    }

    /** At most five intervals on the y axis, each a whole number of errors. */
    static int tickStep(int axisMax) {
        return axisMax <= 5 ? 1 : axisMax / 5;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
