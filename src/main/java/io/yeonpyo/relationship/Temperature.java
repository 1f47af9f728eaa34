package io.yeonpyo.relationship;

import io.yeonpyo.event.EventOutline;
import io.yeonpyo.extraction.PartialDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A relationship's cooperation–conflict score per half-year. Half-years rather than quarters: these relationships
 * make news a few times a year and many dates are known only to the year, so quarters would be mostly empty and
 * would smear each year-dated event over four points. An event's weight is shared between the half-years its
 * period overlaps, in proportion to the days ("2019" counts about half in each half of 2019, 181 and 184 days;
 * "2024년 말" all in H2).
 * Periods run from the first to the last with an event; undated events are not counted.
 */
public record Temperature(List<Point> points) {

    public Temperature {
        points = List.copyOf(points);
    }

    /**
     * One half-year.
     *
     * @param half   1 (January–June) or 2 (July–December)
     * @param score  the sum of the shared-out weights, rounded to one decimal
     * @param slugs  the events behind the score, in date order
     */
    public record Point(int year, int half, double score, List<String> slugs) {

        public Point {
            slugs = List.copyOf(slugs);
        }

        public PartialDate from() {
            return PartialDate.ofMonth(year, half == 1 ? 1 : 7);
        }

        public PartialDate to() {
            return PartialDate.ofMonth(year, half == 1 ? 6 : 12);
        }

        public boolean isEmpty() {
            return slugs.isEmpty();
        }

        LocalDate firstDay() {
            return from().firstDay();
        }

        LocalDate lastDay() {
            return to().lastDay();
        }
    }

    public static Temperature of(List<EventOutline> events, RelationshipWeights weights) {
        List<EventOutline> dated = events.stream().filter(e -> e.date() != null).toList();
        if (dated.isEmpty()) {
            return new Temperature(List.of());
        }
        int first = dated.stream().mapToInt(e -> index(e.date().firstDay())).min().orElseThrow();
        int last = dated.stream().mapToInt(e -> index(e.date().lastDay())).max().orElseThrow();
        List<Point> points = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Point period = new Point(i / 2, i % 2 + 1, 0, List.of());
            double score = 0;
            Set<String> slugs = new LinkedHashSet<>();
            for (EventOutline event : dated) {
                double share = share(event.date(), period);
                if (share > 0) {
                    score += share * weights.weightOf(event);
                    slugs.add(event.slug());
                }
            }
            points.add(new Point(period.year(), period.half(), Math.round(score * 10) / 10.0, List.copyOf(slugs)));
        }
        return new Temperature(points);
    }

    /** The part of the date's period that falls in this half-year, by days: 0 to 1. */
    static double share(PartialDate date, Point period) {
        LocalDate start = max(date.firstDay(), period.firstDay());
        LocalDate end = min(date.lastDay(), period.lastDay());
        if (end.isBefore(start)) {
            return 0;
        }
        double days = ChronoUnit.DAYS.between(date.firstDay(), date.lastDay()) + 1;
        return (ChronoUnit.DAYS.between(start, end) + 1) / days;
    }

    private static int index(LocalDate day) {
        return day.getYear() * 2 + (day.getMonthValue() <= 6 ? 0 : 1);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
