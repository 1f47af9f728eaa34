package io.yeonpyo.relationship;

import io.yeonpyo.extraction.PartialDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A temperature drawn as bars above (cooperation) or below (conflict) a zero line, one per half-year with events.
 * Geometry only, in SVG user units; {@code fragments/temperature} prints it.
 */
public record TemperatureChart(String relationshipId, double width, double height, double zeroY, double plotLeft,
                               double plotRight, List<Bar> bars, List<YearLabel> years, double maxScore) {

    /** Proportions: the compact chart on the timeline and the large one on the relationship page. */
    public record Size(double width, double height, double top, double bottom, double left, double right) {
    }

    public static final Size COMPACT = new Size(320, 90, 8, 18, 4, 4);
    public static final Size LARGE = new Size(760, 240, 14, 26, 36, 10);

    private static final double MIN_BAR = 2;

    public TemperatureChart {
        bars = List.copyOf(bars);
        years = List.copyOf(years);
    }

    /**
     * @param from the half-year's first month and {@code to} its last: the page links the bar to the timeline
     *             filtered to the relationship and this period, the events behind the bar
     */
    public record Bar(int year, int half, double score, int count, PartialDate from, PartialDate to,
                      double x, double y, double width, double height) {

        public boolean warm() {
            return score > 0;
        }

        public boolean cold() {
            return score < 0;
        }
    }

    public record YearLabel(int year, double x, double y, double lineX) {
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public static TemperatureChart of(String relationshipId, Temperature temperature, Size size) {
        List<Temperature.Point> points = temperature.points();
        double plotLeft = size.left();
        double plotRight = size.width() - size.right();
        double zeroY = size.top() + (size.height() - size.top() - size.bottom()) / 2;
        double half = zeroY - size.top();
        double max = Math.max(1, points.stream().mapToDouble(p -> Math.abs(p.score())).max().orElse(1));
        double step = points.isEmpty() ? 0 : (plotRight - plotLeft) / points.size();
        double barWidth = Math.max(2, step * 0.7);
        List<Bar> bars = new ArrayList<>();
        List<YearLabel> years = new ArrayList<>();
        int labelEvery = step * 2 >= 34 ? 1 : step * 2 >= 16 ? 2 : 5;
        for (int i = 0; i < points.size(); i++) {
            Temperature.Point p = points.get(i);
            double x = plotLeft + i * step;
            if (p.half() == 1 || i == 0) {
                if (p.year() % labelEvery == 0 || labelEvery == 1) {
                    double labelX = Math.min(x + (p.half() == 1 ? step : step / 2), plotRight - 12);
                    years.add(new YearLabel(p.year(), round(labelX), size.height() - 5, round(x)));
                }
            }
            if (p.isEmpty()) {
                continue;
            }
            double length = Math.max(MIN_BAR, Math.abs(p.score()) / max * half);
            double y = p.score() >= 0 ? zeroY - length : zeroY;
            if (p.score() == 0) {
                y = zeroY - MIN_BAR / 2;
            }
            bars.add(new Bar(p.year(), p.half(), p.score(), p.slugs().size(), p.from(), p.to(),
                    round(x + (step - barWidth) / 2), round(y), round(barWidth), round(length)));
        }
        return new TemperatureChart(relationshipId, size.width(), size.height(), round(zeroY), plotLeft, plotRight,
                bars, years, max);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
