package io.yeonpyo.event.chart;

import io.yeonpyo.actor.RelationshipView;
import io.yeonpyo.event.EventView;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each dated event goes on the lanes chart. Plain geometry, no Spring: one lane per followed relationship
 * with events (plus one for events in none), time along the lane, each event covering exactly the period its date may denote
 * ({@link PartialDate#firstDay()} to {@link PartialDate#lastDay()}, so qualifiers narrow it to a third) and a DAY
 * date drawn as a point. Marks that would overlap go to sub-rows; three or more events on the same date become one
 * cluster with a count; what still does not fit in {@link Size#maxRows()} rows is gathered per year in a cluster
 * on an extra row. Every event passed in appears exactly once.
 */
public final class ChartLayout {

    /**
     * Proportions of one chart variant, in SVG user units. Built by name ({@link #builder()}): eleven numbers in
     * a row cannot be read.
     *
     * @param timeLength       length of the time axis (at least {@code minPerYear} per year shown)
     * @param minPerYear       the least length a year gets, so long spans grow instead of crowding (0: none)
     * @param laneLabel        room for lane names: left of the lanes (horizontal) or above them (vertical)
     * @param axis             room for year labels: above (horizontal) or left (vertical)
     * @param rowHeight        thickness of one sub-row
     * @param maxRows          sub-rows per lane before events are gathered into per-year clusters
     * @param clusterMin       this many events on the same date become one cluster
     * @param minBand          the least length of a band, so a ten-day period stays visible
     * @param pointRadius      radius of a DAY date's point
     * @param clusterMinLength the least length of a cluster, room for its count
     * @param minLane          the least thickness of a lane, room for its label
     */
    public record Size(double timeLength, double minPerYear, double laneLabel, double axis, double rowHeight,
                       int maxRows, int clusterMin, double minBand, double pointRadius, double clusterMinLength,
                       double minLane) {

        public Size {
            if (timeLength <= 0 || rowHeight <= 0 || maxRows < 1 || clusterMin < 2) {
                throw new IllegalArgumentException("a chart needs a time axis, rows, and clusters of two or more: "
                        + timeLength + ", " + rowHeight + ", " + maxRows + ", " + clusterMin);
            }
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Every value by name; those not given are 0. */
        public static final class Builder {

            private double timeLength;
            private double minPerYear;
            private double laneLabel;
            private double axis;
            private double rowHeight;
            private int maxRows;
            private int clusterMin;
            private double minBand;
            private double pointRadius;
            private double clusterMinLength;
            private double minLane;

            private Builder() {
            }

            public Builder timeLength(double value) {
                timeLength = value;
                return this;
            }

            public Builder minPerYear(double value) {
                minPerYear = value;
                return this;
            }

            public Builder laneLabel(double value) {
                laneLabel = value;
                return this;
            }

            public Builder axis(double value) {
                axis = value;
                return this;
            }

            public Builder rowHeight(double value) {
                rowHeight = value;
                return this;
            }

            public Builder maxRows(int value) {
                maxRows = value;
                return this;
            }

            public Builder clusterMin(int value) {
                clusterMin = value;
                return this;
            }

            public Builder minBand(double value) {
                minBand = value;
                return this;
            }

            public Builder pointRadius(double value) {
                pointRadius = value;
                return this;
            }

            public Builder clusterMinLength(double value) {
                clusterMinLength = value;
                return this;
            }

            public Builder minLane(double value) {
                minLane = value;
                return this;
            }

            public Size build() {
                return new Size(timeLength, minPerYear, laneLabel, axis, rowHeight, maxRows, clusterMin, minBand,
                        pointRadius, clusterMinLength, minLane);
            }
        }
    }

    /** Wide screens: time to the right, lane names on the left. */
    public static final Size WIDE = Size.builder().timeLength(800).laneLabel(150).axis(28).rowHeight(20)
            .maxRows(5).clusterMin(3).minBand(4).pointRadius(5).clusterMinLength(20).minLane(40).build();
    /** Phones: time downwards, one column per lane, sized to be read at 360 px without zooming. */
    public static final Size TALL = Size.builder().timeLength(420).minPerYear(56).laneLabel(50).axis(42)
            .rowHeight(20).maxRows(4).clusterMin(3).minBand(4).pointRadius(5).clusterMinLength(20).minLane(96)
            .build();
    /** The actor page's mini-timeline. */
    public static final Size MINI_WIDE = Size.builder().timeLength(560).laneLabel(110).axis(24).rowHeight(14)
            .maxRows(3).clusterMin(3).minBand(3).pointRadius(4).clusterMinLength(16).minLane(32).build();
    public static final Size MINI_TALL = Size.builder().timeLength(300).minPerYear(40).laneLabel(50).axis(42)
            .rowHeight(14).maxRows(3).clusterMin(3).minBand(3).pointRadius(4).clusterMinLength(16).minLane(96)
            .build();

    static final double LANE_PADDING = 6;
    static final double GAP = 2;
    private static final double END_PADDING = 12;

    private ChartLayout() {
    }

    /**
     * @param relationships the followed relationships, one lane each, in this order
     * @param preferred     the relationship the reader filtered on, or null: an event in several lanes goes there
     */
    public static TimelineChart layout(List<EventView> events, List<RelationshipView> relationships,
                                       String preferred, Size size, boolean vertical) {
        List<EventView> dated = events.stream().filter(e -> e.date() != null).toList();
        if (dated.isEmpty()) {
            return TimelineChart.empty(vertical);
        }
        int firstYear = dated.stream().mapToInt(e -> e.date().firstDay().getYear()).min().orElseThrow();
        int lastYear = dated.stream().mapToInt(e -> e.date().lastDay().getYear()).max().orElseThrow();
        int years = lastYear - firstYear + 1;
        double timeLength = Math.max(size.timeLength(), years * size.minPerYear());
        TimeScale scale = new TimeScale(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear + 1, 1, 1), timeLength);

        Map<String, List<EventView>> byLane = new LinkedHashMap<>();
        relationships.forEach(r -> byLane.put(r.id(), new ArrayList<>()));
        List<EventView> other = new ArrayList<>();
        for (EventView event : dated) {
            String lane = laneOf(event, relationships, preferred);
            (lane == null ? other : byLane.get(lane)).add(event);
        }

        Projection projection = new Projection(size, vertical);
        List<TimelineChart.Lane> lanes = new ArrayList<>();
        List<TimelineChart.Mark> marks = new ArrayList<>();
        List<TimelineChart.Cluster> clusters = new ArrayList<>();
        double cross = 0;
        List<LaneInput> inputs = new ArrayList<>();
        for (RelationshipView r : relationships) {
            if (!byLane.get(r.id()).isEmpty()) { // a filter that leaves a relationship nothing leaves it no lane
                inputs.add(new LaneInput(r.id(), r.nameKo(), r.nameEn(), byLane.get(r.id())));
            }
        }
        if (!other.isEmpty()) {
            inputs.add(new LaneInput(null, null, null, other));
        }
        for (LaneInput input : inputs) {
            double laneSize = placeLane(input, scale, size, projection, cross, marks, clusters);
            lanes.add(projection.lane(input, cross, laneSize, timeLength));
            cross += laneSize;
        }

        List<TimelineChart.Tick> ticks = new ArrayList<>();
        double perYear = timeLength / years;
        int labelEvery = perYear >= 34 ? 1 : perYear >= 16 ? 2 : 5;
        for (int year = firstYear; year <= lastYear; year++) {
            double t = scale.at(LocalDate.of(year, 1, 1));
            ticks.add(projection.tick(year, t, perYear, cross, (year - firstYear) % labelEvery == 0));
        }
        double width = vertical ? size.axis() + cross + GAP : size.laneLabel() + timeLength + END_PADDING;
        double height = vertical ? size.laneLabel() + timeLength + END_PADDING : size.axis() + cross + GAP;
        return new TimelineChart(round(width), round(height), vertical, lanes, ticks, marks, clusters, dated.size());
    }

    /** The filtered relationship when the event has it, else the first followed one it has, else none. */
    static String laneOf(EventView event, List<RelationshipView> relationships, String preferred) {
        if (preferred != null && event.relationships().contains(preferred)
                && relationships.stream().anyMatch(r -> r.id().equals(preferred))) {
            return preferred;
        }
        return relationships.stream().map(RelationshipView::id).filter(event.relationships()::contains)
                .findFirst().orElse(null);
    }

    private record LaneInput(String id, String nameKo, String nameEn, List<EventView> events) {
    }

    /** An event or a same-date group, with its extent along the time axis. */
    private record Item(List<EventView> events, PartialDate date, boolean point, double start, double end,
                        double centre) {

        boolean isCluster() {
            return events.size() > 1;
        }
    }

    private record Placed(Item item, int row) {
    }

    private static double placeLane(LaneInput lane, TimeScale scale, Size size, Projection projection,
                                    double laneStart, List<TimelineChart.Mark> marks, List<TimelineChart.Cluster> clusters) {
        Map<String, List<EventView>> byDate = new LinkedHashMap<>();
        for (EventView event : lane.events()) {
            byDate.computeIfAbsent(event.date().toString(), k -> new ArrayList<>()).add(event);
        }
        List<Item> items = new ArrayList<>();
        for (List<EventView> group : byDate.values()) {
            if (group.size() >= size.clusterMin()) {
                items.add(item(group, scale, size, true));
            } else {
                group.forEach(e -> items.add(item(List.of(e), scale, size, false)));
            }
        }
        items.sort(Comparator.comparingDouble(Item::start).thenComparingDouble(Item::end));

        List<Double> rowEnds = new ArrayList<>();
        TreeMap<Integer, List<EventView>> overflow = new TreeMap<>();
        List<Placed> placed = new ArrayList<>();
        for (Item item : items) {
            int row = -1;
            for (int r = 0; r < rowEnds.size(); r++) {
                if (rowEnds.get(r) + GAP <= item.start()) {
                    row = r;
                    break;
                }
            }
            if (row < 0 && rowEnds.size() < size.maxRows()) {
                rowEnds.add(Double.NEGATIVE_INFINITY);
                row = rowEnds.size() - 1;
            }
            if (row < 0) {
                overflow.computeIfAbsent(item.date().firstDay().getYear(), y -> new ArrayList<>())
                        .addAll(item.events());
                continue;
            }
            rowEnds.set(row, item.end());
            placed.add(new Placed(item, row));
        }
        int rows = Math.max(1, rowEnds.size()) + (overflow.isEmpty() ? 0 : 1);
        double laneSize = Math.max(rows * size.rowHeight() + 2 * LANE_PADDING, size.minLane());
        double rowsStart = laneStart + (laneSize - rows * size.rowHeight()) / 2;

        for (Placed p : placed) {
            Item item = p.item();
            double centre = rowsStart + (p.row() + 0.5) * size.rowHeight();
            if (item.isCluster()) {
                clusters.add(projection.cluster(item.events(), lane.id(), item.date(), item.start(), item.end(),
                        centre, size));
            } else {
                marks.add(projection.mark(item.events().get(0), item, centre, size));
            }
        }
        double overflowCentre = rowsStart + (rows - 0.5) * size.rowHeight();
        for (Map.Entry<Integer, List<EventView>> year : overflow.entrySet()) {
            PartialDate date = PartialDate.ofYear(year.getKey());
            double start = scale.at(date.firstDay());
            double end = scale.at(date.lastDay().plusDays(1));
            clusters.add(projection.cluster(year.getValue(), lane.id(), date, start,
                    Math.max(end, start + size.clusterMinLength()), overflowCentre, size));
        }
        return laneSize;
    }

    private static Item item(List<EventView> events, TimeScale scale, Size size, boolean cluster) {
        PartialDate date = events.get(0).date();
        double start = scale.at(date.firstDay());
        double end = scale.at(date.lastDay().plusDays(1));
        double centre = (start + end) / 2;
        if (cluster) {
            double length = Math.max(end - start, size.clusterMinLength());
            return new Item(events, date, false, centre - length / 2, centre + length / 2, centre);
        }
        if (date.precision() == Precision.DAY) {
            return new Item(events, date, true, centre - size.pointRadius(), centre + size.pointRadius(), centre);
        }
        if (end - start < size.minBand()) {
            return new Item(events, date, false, centre - size.minBand() / 2, centre + size.minBand() / 2, centre);
        }
        return new Item(events, date, false, start, end, centre);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Days to user units along the time axis; a period ends where the next day begins. */
    record TimeScale(LocalDate start, LocalDate endExclusive, double length) {

        double at(LocalDate day) {
            double days = endExclusive.toEpochDay() - start.toEpochDay();
            return (day.toEpochDay() - start.toEpochDay()) * length / days;
        }
    }

    /** Turns (time, cross) positions into x/y for the chosen orientation. */
    private record Projection(Size size, boolean vertical) {

        double x(double t, double c) {
            return vertical ? size.axis() + c : size.laneLabel() + t;
        }

        double y(double t, double c) {
            return vertical ? size.laneLabel() + t : size.axis() + c;
        }

        TimelineChart.Mark mark(EventView event, Item item, double centre, Size size) {
            if (item.point()) {
                return new TimelineChart.Mark(event.slug(), event.type(), event.date(), event.headline(),
                        event.headlineEn(), true, 0, 0, 0, 0, round(x(item.centre(), centre)),
                        round(y(item.centre(), centre)), size.pointRadius());
            }
            double thickness = size.rowHeight() - 6;
            double length = item.end() - item.start();
            double[] box = box(item.start(), centre - thickness / 2, length, thickness);
            return new TimelineChart.Mark(event.slug(), event.type(), event.date(), event.headline(),
                    event.headlineEn(), false, box[0], box[1], box[2], box[3], 0, 0, 0);
        }

        TimelineChart.Cluster cluster(List<EventView> events, String relationshipId, PartialDate date,
                                      double start, double end, double centre, Size size) {
            double thickness = size.rowHeight() - 2;
            double[] box = box(start, centre - thickness / 2, end - start, thickness);
            double mid = (start + end) / 2;
            return new TimelineChart.Cluster(events.stream().map(EventView::slug).toList(), relationshipId, date,
                    box[0], box[1], box[2], box[3], round(x(mid, centre)), round(y(mid, centre)));
        }

        /** x, y, width, height of a rectangle given along time (start, length) and across (from, thickness). */
        double[] box(double start, double crossFrom, double length, double thickness) {
            return vertical
                    ? new double[] {round(x(start, crossFrom)), round(y(start, crossFrom)), round(thickness), round(length)}
                    : new double[] {round(x(start, crossFrom)), round(y(start, crossFrom)), round(length), round(thickness)};
        }

        TimelineChart.Lane lane(LaneInput input, double cross, double laneSize, double timeLength) {
            double x = vertical ? size.axis() + cross : 0;
            double y = vertical ? 0 : size.axis() + cross;
            double w = vertical ? laneSize : size.laneLabel() + timeLength + END_PADDING;
            double h = vertical ? size.laneLabel() + timeLength + END_PADDING : laneSize;
            double labelX = vertical ? x + laneSize / 2 : 6;
            double labelY = vertical ? 14 : y + 15;
            return new TimelineChart.Lane(input.id(), input.nameKo(), input.nameEn(), round(x), round(y), round(w),
                    round(h), round(labelX), round(labelY), lines(input.nameKo()), lines(input.nameEn()));
        }

        TimelineChart.Tick tick(int year, double t, double perYear, double crossLength, boolean labelled) {
            if (vertical) {
                double y = round(y(t, 0));
                return new TimelineChart.Tick(year, size.axis() - 6, y, round(size.axis() + crossLength), y,
                        size.axis() - 8, round(y + Math.min(perYear / 2, 14) + 4), labelled);
            }
            double x = round(x(t, 0));
            return new TimelineChart.Tick(year, x, size.axis() - 6, x, round(size.axis() + crossLength),
                    round(x + perYear / 2), size.axis() - 10, labelled);
        }
    }

    /** A lane name split where it reads naturally ("마이크로소프트–" / "오픈AI 동맹"), so narrow columns fit it. */
    static List<String> lines(String name) {
        if (name == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String part : name.split("(?<=–)")) {
            if (!part.isBlank()) {
                lines.add(part.strip());
            }
        }
        return lines;
    }
}
