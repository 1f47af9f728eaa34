package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scheduled act with a date ahead of the publication is a planned event dated forward; a guess, a plan without a
 * date and a plan whose date has passed are none. Sentences written for the test.
 */
class TimingTest {

    private static final ArticleAnalyzer analyzer = SeedLexicon.ANALYZER;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-05 | 머스크와 오픈AI의 재판은 오는 2026년 3월 16일 시작될 예정이다. | FEUD | 2026-03-16
            2025-01    | 소프트뱅크는 오는 4월 오픈AI에 400억 달러를 투자할 계획이다. | INVESTMENT | 2025-04
            2024-11-20 | 구글은 다음 달 앤트로픽과 새 클라우드 계약을 맺을 예정이다. | PARTNERSHIP | 2024-12
            2025-06    | 오라클은 내년 초 오픈AI와 데이터센터 계약을 체결할 방침이다. | CONTRACT | 2026/EARLY
            """)
    void aScheduledActIsPlannedAtItsDate(String published, String sentence, String type, String date) {
        List<EventMention> mentions = analyzer.analyze(sentence, PartialDate.parse(published)).mentions();
        assertThat(mentions).as("%s", mentions).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EventType.valueOf(type));
            assertThat(m.timing()).isEqualTo(Timing.PLANNED);
            assertThat(m.date()).hasToString(date);
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01    | 소프트뱅크가 오픈AI에 투자할 가능성이 있다.
            2025-06    | MS는 내년 오픈AI와 새 계약을 맺을 예정이라는 전망이다.
            2025-01    | 소프트뱅크는 오픈AI에 투자할 계획이다.
            2025-01    | 소프트뱅크는 지난해 오픈AI에 투자할 계획이었다.
            """)
    void aGuessOrAPlanWithoutADateAheadIsNoPlannedEvent(String published, String sentence) {
        List<EventMention> mentions = analyzer.analyze(sentence, PartialDate.parse(published)).mentions();
        assertThat(mentions).noneMatch(m -> m.timing() == Timing.PLANNED);
    }
}
