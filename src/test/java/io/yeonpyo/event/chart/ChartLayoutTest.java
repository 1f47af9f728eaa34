package io.yeonpyo.event.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.actor.Actors;
import io.yeonpyo.actor.RelationshipView;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.web.TimelineLinks;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartLayoutTest {

    private static final List<RelationshipView> LANES = Actors.relationships();

    /** One test size: 2 units per... 730 units for 2023-2024 (731 days) keeps the arithmetic by hand easy. */
    private static final ChartLayout.Size TEST = ChartLayout.Size.builder().timeLength(731).laneLabel(100).axis(20)
            .rowHeight(20).maxRows(3).clusterMin(3).minBand(4).pointRadius(5).clusterMinLength(20).build();

    static EventView event(String slug, PartialDate date, String... relationships) {
        return new EventView(slug, date, EventType.INVESTMENT, List.of(), List.of(relationships), "제목 " + slug,
                null, null, List.of(), List.of(), 1);
    }

    private static TimelineChart layout(List<EventView> events) {
        return ChartLayout.layout(events, LANES, null, TEST, false);
    }

    private static TimelineChart.Mark mark(TimelineChart chart, String slug) {
        return chart.marks().stream().filter(m -> m.slug().equals(slug)).findFirst().orElseThrow();
    }

    // 2023-01-01 .. 2024-12-31 is 731 days drawn over 731 units: one unit per day, starting at x = 100.
    @ParameterizedTest(name = "{0}: x={1}, width={2}")
    @CsvSource({
            "2023,            100,   365",   // the whole year
            "2024,            465,   366",   // leap year, starts after 2023's 365 days
            "2023-02,         131,    28",   // February 2023
            "2023/EARLY,      100,   120",   // 초: January to April
            "2023/MID,        220,   123",   // 중반: May to August
            "2023/LATE,       343,   122",   // 말: September to December
            "2023-03/EARLY,   159,    10",   // 3월 초: 1st-10th
            "2023-03/MID,     169,    10",   // 3월 중순: 11th-20th
            "2023-03/LATE,    179,    11",   // 3월 말: 21st-31st
            "2023-02/LATE,    149,    10",   // 2월 말: 19th-28th
    })
    void aPeriodIsABandCoveringExactlyTheDaysItMayDenote(String date, double x, double width) {
        TimelineChart chart = layout(List.of(event("e", parse(date), "ms-openai"),
                event("start", PartialDate.ofYear(2023), "musk-altman"), event("end", PartialDate.ofYear(2024), "musk-altman")));
        TimelineChart.Mark mark = mark(chart, "e");
        assertThat(mark.point()).isFalse();
        assertThat(mark.x()).isEqualTo(x);
        assertThat(mark.width()).isEqualTo(width);
    }

    @Test
    void aDayIsAPointInTheMiddleOfItsDayNeverABandOnTheFirst() {
        TimelineChart chart = layout(List.of(event("d", PartialDate.ofDay(2023, 11, 17), "ms-openai"),
                event("end", PartialDate.ofYear(2024), "musk-altman")));
        TimelineChart.Mark mark = mark(chart, "d");
        assertThat(mark.point()).isTrue();
        assertThat(mark.cx()).isEqualTo(100 + 320 + 0.5); // 2023-11-17 is day 320 of 2023 (from 0)
        assertThat(mark.r()).isEqualTo(5);
        assertThat(mark.width()).isZero();
    }

    @Test
    void widthsGrowWithCoarserPrecision() {
        TimelineChart chart = layout(List.of(event("y", PartialDate.ofYear(2023), "ms-openai"),
                event("m", PartialDate.ofMonth(2023, 6), "ms-openai"),
                event("q", PartialDate.ofMonth(2023, 9).withQualifier(Qualifier.MID), "ms-openai")));
        assertThat(mark(chart, "y").width()).isGreaterThan(mark(chart, "m").width());
        assertThat(mark(chart, "m").width()).isGreaterThan(mark(chart, "q").width());
    }

    @Test
    void eachEventGoesToTheLaneOfItsRelationshipAndUnrelatedOnesToAnOtherLane() {
        TimelineChart chart = layout(List.of(event("a", PartialDate.ofYear(2023), "ms-openai"),
                event("b", PartialDate.ofYear(2023), "musk-altman"),
                event("c", PartialDate.ofYear(2023))));
        assertThat(chart.lanes()).extracting(TimelineChart.Lane::relationshipId)
                .containsExactly("ms-openai", "musk-altman", null);
        double[] laneTops = chart.lanes().stream().mapToDouble(TimelineChart.Lane::y).toArray();
        assertThat(mark(chart, "a").y()).isBetween(laneTops[0], laneTops[1]);
        assertThat(mark(chart, "b").y()).isBetween(laneTops[1], laneTops[2]);
        assertThat(mark(chart, "c").y()).isGreaterThan(laneTops[2]);
    }

    @Test
    void lanesWithoutEventsAreLeftOut() {
        assertThat(layout(List.of(event("a", PartialDate.ofYear(2023), "musk-altman"))).lanes())
                .extracting(TimelineChart.Lane::relationshipId).containsExactly("musk-altman");
    }

    @Test
    void anEventInBothRelationshipsIsDrawnOnceInTheFilteredOneElseTheFirst() {
        EventView both = event("both", PartialDate.ofYear(2023), "ms-openai", "musk-altman");
        assertThat(ChartLayout.laneOf(both, LANES, null)).isEqualTo("ms-openai");
        assertThat(ChartLayout.laneOf(both, LANES, "musk-altman")).isEqualTo("musk-altman");
        assertThat(layout(List.of(both)).marks()).hasSize(1);
    }

    @Test
    void overlappingMarksAreStackedInSubRows() {
        TimelineChart chart = layout(List.of(event("year", PartialDate.ofYear(2023), "ms-openai"),
                event("month", PartialDate.ofMonth(2023, 5), "ms-openai"),
                event("later", PartialDate.ofYear(2024), "ms-openai")));
        assertThat(mark(chart, "month").y()).isEqualTo(mark(chart, "year").y() + 20);
        // 2024 begins where 2023 ends: without a gap they would read as one band, so it takes the first row with room.
        assertThat(mark(chart, "later").y()).isEqualTo(mark(chart, "year").y() + 20);
    }

    @Test
    void threeEventsOnTheSameDateBecomeOneClusterWithACountAndALink() {
        EventFilter filter = new EventFilter("microsoft", null, null, null, null, null, "투자 소송");
        TimelineChart chart = ChartLayout.layout(List.of(
                        event("a", PartialDate.ofDay(2023, 11, 17), "ms-openai"),
                        event("b", PartialDate.ofDay(2023, 11, 17), "ms-openai"),
                        event("c", PartialDate.ofDay(2023, 11, 17), "ms-openai"),
                        event("d", PartialDate.ofDay(2023, 11, 18), "ms-openai")),
                LANES, filter.relationship(), TEST, false);
        assertThat(chart.clusters()).singleElement().satisfies(c -> {
            assertThat(c.slugList()).isEqualTo("a b c");
            assertThat(c.count()).isEqualTo(3);
            assertThat(new TimelineLinks(filter).cluster(c)).isEqualTo(
                    "/?company=microsoft&relationship=ms-openai&from=2023-11-17&to=2023-11-17&q=%ED%88%AC%EC%9E%90%20%EC%86%8C%EC%86%A1");
        });
        assertThat(chart.marks()).extracting(TimelineChart.Mark::slug).containsExactly("d");
    }

    @Test
    void manyEventsOnOneYearAreOneClusterAndEveryEventAppearsExactlyOnce() {
        List<EventView> events = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> events.add(event("y" + i, PartialDate.ofYear(2023), "ms-openai")));
        events.add(event("solo", PartialDate.ofMonth(2024, 3), "ms-openai"));
        TimelineChart chart = layout(events);

        assertThat(chart.marks()).hasSize(1);
        assertThat(chart.clusters()).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(20);
            assertThat(new TimelineLinks(EventFilter.NONE).cluster(c)).isEqualTo("/?relationship=ms-openai&from=2023&to=2023");
        });
        List<String> drawn = Stream.concat(chart.marks().stream().map(TimelineChart.Mark::slug),
                chart.clusters().stream().flatMap(c -> c.slugs().stream())).toList();
        assertThat(drawn).doesNotHaveDuplicates().hasSize(21);
        assertThat(chart.eventCount()).isEqualTo(21);
    }

    @Test
    void whenRowsRunOutTheRestIsClusteredPerYear() {
        // Four overlapping singles, three rows: placed by start (the point on 2 Jan reaches back into 1 Jan),
        // so the whole-year band, placed last, goes to the 2023 cluster on the extra row.
        TimelineChart chart = layout(List.of(event("a", PartialDate.ofYear(2023), "ms-openai"),
                event("b", PartialDate.ofMonth(2023, 1), "ms-openai"),
                event("c", PartialDate.ofMonth(2023, 1).withQualifier(Qualifier.EARLY), "ms-openai"),
                event("d", PartialDate.ofDay(2023, 1, 2), "ms-openai")));
        assertThat(chart.marks()).extracting(TimelineChart.Mark::slug).containsExactly("d", "c", "b");
        assertThat(chart.clusters()).singleElement().satisfies(c -> assertThat(c.slugs()).containsExactly("a"));
    }

    @Test
    void undatedEventsAreNotDrawnAndNoDatedEventsMeansNoChart() {
        EventView undated = event("u", null, "ms-openai");
        assertThat(layout(List.of(undated)).isEmpty()).isTrue();
        assertThat(layout(List.of(undated, event("a", PartialDate.ofYear(2023), "ms-openai"))).eventCount()).isEqualTo(1);
    }

    @Test
    void yearTicksMarkEachYearStart() {
        TimelineChart chart = layout(List.of(event("a", PartialDate.ofYear(2023), "ms-openai"),
                event("b", PartialDate.ofDay(2024, 6, 1), "ms-openai")));
        assertThat(chart.ticks()).extracting(TimelineChart.Tick::year).containsExactly(2023, 2024);
        assertThat(chart.ticks()).extracting(TimelineChart.Tick::x1).containsExactly(100.0, 465.0);
        assertThat(chart.width()).isEqualTo(100 + 731 + 12);
    }

    @Test
    void theVerticalVariantRunsTimeDownwards() {
        TimelineChart chart = ChartLayout.layout(List.of(event("m", PartialDate.ofMonth(2023, 2), "ms-openai"),
                event("end", PartialDate.ofYear(2024), "ms-openai")), LANES, null, TEST, true);
        TimelineChart.Mark mark = mark(chart, "m");
        assertThat(mark.y()).isEqualTo(100 + 31);   // lane labels above, then one unit per day
        assertThat(mark.height()).isEqualTo(28);
        assertThat(mark.width()).isEqualTo(14);     // row thickness across
        assertThat(chart.vertical()).isTrue();
    }

    @Test
    void laneNamesBreakAfterTheDash() {
        assertThat(ChartLayout.lines("마이크로소프트–오픈AI 동맹")).containsExactly("마이크로소프트–", "오픈AI 동맹");
    }

    private static PartialDate parse(String text) {
        String[] parts = text.split("/");
        PartialDate date = PartialDate.parse(parts[0]);
        return parts.length == 1 ? date : date.withQualifier(Qualifier.valueOf(parts[1]));
    }
}
