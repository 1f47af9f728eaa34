package io.yeonpyo.event.chart;

import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import java.util.List;

/**
 * A lanes chart ready to print: every coordinate is in the SVG's user units, computed by {@link ChartLayout}.
 * The Thymeleaf fragment {@code fragments/chart} only writes these numbers out.
 *
 * @param vertical   time runs downwards (the phone variant) instead of to the right
 * @param eventCount dated events drawn, each once, as a mark or inside a cluster
 */
public record TimelineChart(double width, double height, boolean vertical, List<Lane> lanes, List<Tick> ticks,
                            List<Mark> marks, List<Cluster> clusters, int eventCount) {

    public TimelineChart {
        lanes = List.copyOf(lanes);
        ticks = List.copyOf(ticks);
        marks = List.copyOf(marks);
        clusters = List.copyOf(clusters);
    }

    static TimelineChart empty(boolean vertical) {
        return new TimelineChart(0, 0, vertical, List.of(), List.of(), List.of(), List.of(), 0);
    }

    public boolean isEmpty() {
        return eventCount == 0;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /**
     * One lane: a followed relationship, or the events in none ({@code relationshipId} null).
     * The background rectangle and the label's anchor are given; the label is split into short lines.
     */
    public record Lane(String relationshipId, String nameKo, String nameEn, double x, double y, double width,
                       double height, double labelX, double labelY, List<String> linesKo, List<String> linesEn) {

        public Lane {
            linesKo = List.copyOf(linesKo);
            linesEn = List.copyOf(linesEn);
        }

        public boolean isOther() {
            return relationshipId == null;
        }
    }

    /** The start of a year: a grid line and, when there is room, the year's label. */
    public record Tick(int year, double x1, double y1, double x2, double y2, double labelX, double labelY,
                       boolean labelled) {
    }

    /**
     * One event. A DAY date is a point (circle at cx, cy with radius r); a YEAR or MONTH date, qualified or not,
     * is a band (rectangle x, y, width, height) covering exactly the period the date may denote.
     */
    public record Mark(String slug, EventType type, PartialDate date, String headline, String headlineEn,
                       boolean point, double x, double y, double width, double height, double cx, double cy,
                       double r) {

        /** The headline in the reader's language, as {@link io.yeonpyo.event.EventView#headlineFor} gives it. */
        public String headlineFor(java.util.Locale locale) {
            return headlineEn != null && java.util.Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                    ? headlineEn : headline;
        }

        public String typeClass() {
            return "type-" + type.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Several events drawn as one mark with their count. The page links it to the timeline narrowed to its lane
     * and date.
     *
     * @param relationshipId the lane's relationship, or null for the lane of events in none
     * @param date           the shared date, or the year when the cluster gathers what did not fit in the lane's rows
     */
    public record Cluster(List<String> slugs, String relationshipId, PartialDate date, double x, double y,
                          double width, double height, double textX, double textY) {

        public Cluster {
            slugs = List.copyOf(slugs);
        }

        public int count() {
            return slugs.size();
        }

        public String slugList() {
            return String.join(" ", slugs);
        }
    }
}
