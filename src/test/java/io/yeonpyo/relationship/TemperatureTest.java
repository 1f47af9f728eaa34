package io.yeonpyo.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventOutline;
import io.yeonpyo.event.web.TimelineLinks;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Qualifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemperatureTest {

    /** The shipped weights file: the expectations below are the documented numbers. */
    static final RelationshipWeights WEIGHTS = RelationshipWeights.load(Path.of("data", RelationshipWeights.FILE));

    static EventOutline event(String slug, PartialDate date, EventType type, String headline) {
        return new EventOutline(slug, date, type, headline);
    }

    @ParameterizedTest(name = "{0} \"{1}\" weighs {2}")
    @CsvSource({
            "INVESTMENT,  'MS, 오픈AI에 10억 달러 투자',       3",
            "PARTNERSHIP, '오픈AI, 소프트뱅크와 공동 프로젝트 발표', 2",
            "BOARD,       'MS, 오픈AI 이사회 옵서버 관련 결정',  1",
            "BOARD,       '오픈AI, 알트먼 해임',               -2",
            "CONTRACT,    '오픈AI, 오라클과 계약',              1",
            "CONTRACT,    'MS·오픈AI 계약 종료',              -2",
            "FEUD,        '머스크, 오픈AI·알트먼에 소송 제기',  -3",
            "FEUD,        '머스크, 소송 취하',                 -1",
            "ACQUISITION, '머스크, 오픈AI 인수 시도',          -2",
            "PERSONNEL,   '머스크, 오픈AI 떠나',               -1",
            "PERSONNEL,   'MS, 알트먼 영입',                   1",
            "PERSONNEL,   '오픈AI 인사',                       0",
            "OTHER,       '오픈AI 수익 분배 조건',              0"})
    void weightsComeFromTheTypeUnlessAHeadlineRuleMatchesFirst(EventType type, String headline, int weight) {
        assertThat(WEIGHTS.weightOf(event("e", PartialDate.ofYear(2024), type, headline))).isEqualTo(weight);
    }

    @Test
    void scoresAddUpPerHalfYearFromTheFirstToTheLastPeriodWithEvents() {
        Temperature t = Temperature.of(List.of(
                event("invest", PartialDate.ofMonth(2023, 1), EventType.INVESTMENT, "투자"),
                event("feud", PartialDate.ofDay(2023, 3, 5), EventType.FEUD, "갈등"),
                event("deal", PartialDate.ofMonth(2024, 9), EventType.PARTNERSHIP, "협력"),
                event("undated", null, EventType.FEUD, "갈등")), WEIGHTS);

        assertThat(t.points()).extracting(p -> p.year() + "H" + p.half(), Temperature.Point::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2023H1", 0.0),   // +3 − 3
                        org.assertj.core.groups.Tuple.tuple("2023H2", 0.0),   // no events: a gap, not a link
                        org.assertj.core.groups.Tuple.tuple("2024H1", 0.0),
                        org.assertj.core.groups.Tuple.tuple("2024H2", 2.0));
        assertThat(t.points().get(0).slugs()).containsExactly("invest", "feud");
        assertThat(t.points().get(1).isEmpty()).isTrue();
        assertThat(t.points().get(3).from()).isEqualTo(PartialDate.ofMonth(2024, 7));
        assertThat(t.points().get(3).to()).isEqualTo(PartialDate.ofMonth(2024, 12));
    }

    @ParameterizedTest(name = "{0} in {1}H{2}: {3}")
    @CsvSource({
            "2019,        2019, 1, 0.496",   // 181 of 365 days
            "2019,        2019, 2, 0.504",   // 184 of 365 days
            "2024/EARLY,  2024, 1, 1.0",     // 초: January–April
            "2024/MID,    2024, 1, 0.496",   // 중반: May–August, 61 of 123 days in H1
            "2024/LATE,   2024, 2, 1.0",     // 말: September–December
            "2024/LATE,   2024, 1, 0.0",
            "2024-06/LATE,2024, 1, 1.0",
            "2024-07-01,  2024, 2, 1.0"})
    void aCoarseDateIsSharedBetweenTheHalfYearsItOverlapsByDays(String date, int year, int half, double share) {
        assertThat(Temperature.share(parse(date), new Temperature.Point(year, half, 0, List.of())))
                .isCloseTo(share, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aYearDatedInvestmentCountsInBothHalvesOfItsYear() {
        Temperature t = Temperature.of(List.of(event("y", PartialDate.ofYear(2019), EventType.INVESTMENT, "투자")), WEIGHTS);
        assertThat(t.points()).extracting(Temperature.Point::score).containsExactly(1.5, 1.5);
        assertThat(t.points()).allSatisfy(p -> assertThat(p.slugs()).containsExactly("y"));
    }

    @Test
    void noDatedEventsMeansNoTemperature() {
        assertThat(Temperature.of(List.of(event("u", null, EventType.FEUD, "갈등")), WEIGHTS).isEmpty()).isTrue();
    }

    @Test
    void theChartPutsCooperationAboveTheLineAndConflictBelowAndLinksEachHalfYear() {
        Temperature t = Temperature.of(List.of(
                event("invest", PartialDate.ofMonth(2023, 1), EventType.INVESTMENT, "투자"),
                event("feud", PartialDate.ofMonth(2023, 8), EventType.FEUD, "갈등")), WEIGHTS);
        TemperatureChart chart = TemperatureChart.of("ms-openai", t, TemperatureChart.COMPACT);
        assertThat(chart.bars()).hasSize(2);
        TemperatureChart.Bar warm = chart.bars().get(0);
        TemperatureChart.Bar cold = chart.bars().get(1);
        assertThat(warm.warm()).isTrue();
        assertThat(warm.y() + warm.height()).isEqualTo(chart.zeroY());
        assertThat(cold.cold()).isTrue();
        assertThat(cold.y()).isEqualTo(chart.zeroY());
        assertThat(cold.height()).isEqualTo(32.0);               // the largest |score| fills half the plot
        assertThat(warm.height()).isEqualTo(32.0);               // |+3| == |−3|
        TimelineLinks links = new TimelineLinks(EventFilter.NONE);
        assertThat(links.period(chart.relationshipId(), warm.from(), warm.to()))
                .isEqualTo("/?relationship=ms-openai&from=2023-01&to=2023-06");
        assertThat(links.period(chart.relationshipId(), cold.from(), cold.to()))
                .isEqualTo("/?relationship=ms-openai&from=2023-07&to=2023-12");
    }

    @Test
    void aMalformedWeightsFileSaysWhatAndWhere(@TempDir Path dir) throws Exception {
        Map<String, String> broken = Map.of(
                "types:\n  INVESTMENT: lots\n", "types.INVESTMENT: 'lots' is not a whole number from -5 to 5",
                "types:\n  GIFT: 1\n", "types.GIFT: 'GIFT' is not an event type",
                "types:\n  FEUD: -9\n", "types.FEUD: '-9' is not a whole number",
                "types: {}\nrules:\n  - type: FEUD\n    weight: -1\n", "rules[0].words must be a non-empty list",
                "- just a list\n", "must be a mapping with 'types' and 'rules'",
                "types: [\n", "is not valid YAML");
        for (Map.Entry<String, String> c : broken.entrySet()) {
            Path file = dir.resolve(RelationshipWeights.FILE);
            Files.writeString(file, c.getKey());
            assertThatThrownBy(() -> RelationshipWeights.load(file))
                    .isInstanceOf(RelationshipWeights.WeightsException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining(c.getValue());
        }
        assertThatThrownBy(() -> RelationshipWeights.load(dir.resolve("missing.yml")))
                .hasMessageContaining("missing.yml cannot be read");
    }

    @Test
    void aTypeLeftOutWeighsZero(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(RelationshipWeights.FILE);
        Files.writeString(file, "types:\n  FEUD: -3\n");
        RelationshipWeights weights = RelationshipWeights.load(file);
        assertThat(weights.types()).containsEntry(EventType.INVESTMENT, 0).containsEntry(EventType.FEUD, -3);
        assertThat(weights.rules()).isEmpty();
    }

    private static PartialDate parse(String text) {
        String[] parts = text.strip().split("/");
        PartialDate date = PartialDate.parse(parts[0]);
        return parts.length == 1 ? date : date.withQualifier(Qualifier.valueOf(parts[1]));
    }
}
