package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A series told in one clause ("…를 시작으로 … 추가로 … 등") makes one act per dated sum; its total makes none. */
class EnumeratedStepsTest {

    private static final ArticleAnalyzer analyzer = SeedLexicon.ANALYZER;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-11-30 | MS는 2019년 10억 달러를 시작으로 올해 1월 100억 달러를 추가로 넣는 등 지금까지 모두 130억 달러를 오픈AI에 투자했다. | 2019=1000000000 2023-01=10000000000
            2024-11-23 | 아마존은 2023년 9월 12억5000만달러로 시작해 올해 3월 27억5000만달러를 더 넣어 앤트로픽에 모두 40억달러를 투자했다. | 2023-09=1250000000 2024-03=2750000000
            2025-06-01 | 구글은 2022년 말 3억달러를 시작으로 2023년 10월 20억달러, 올해 1월 10억달러를 앤트로픽에 투자했다. | 2022/LATE=300000000 2023-10=2000000000 2025-01=1000000000
            """)
    void eachDatedSumOfASeriesIsAnAct(String published, String sentence, String steps) {
        List<EventMention> investments = analyzer.analyze(sentence, PartialDate.parse(published)).mentions().stream()
                .filter(m -> m.type() == EventType.INVESTMENT).toList();
        assertThat(investments).extracting(m -> m.date() + "=" + m.amount().value().toPlainString())
                .containsExactly(steps.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-11-30 | MS는 2019년 10억 달러를 오픈AI에 투자했다. | 2019=1000000000
            2023-11-30 | MS는 2019년 10억 달러를 시작으로 오픈AI에 꾸준히 투자해 왔다고 밝혔다. | none
            """)
    void withoutASeriesOfDatedSumsNothingSplits(String published, String sentence, String steps) {
        List<EventMention> investments = analyzer.analyze(sentence, PartialDate.parse(published)).mentions().stream()
                .filter(m -> m.type() == EventType.INVESTMENT && m.amount() != null).toList();
        assertThat(investments).extracting(m -> m.date() + "=" + m.amount().value().toPlainString())
                .containsExactly(steps.equals("none") ? new String[0] : steps.split(" "));
    }
}
