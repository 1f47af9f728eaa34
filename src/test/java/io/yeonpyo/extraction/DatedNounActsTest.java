package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A dated relative clause on a trigger noun ("지난 4월 제기한 맞소송") is the topic's act on that date. */
class DatedNounActsTest {

    private static final ArticleAnalyzer analyzer = SeedLexicon.ANALYZER;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05-30 | 오픈AI는 지난 4월 제기한 맞소송에서 머스크의 주장이 거짓이라고 밝혔다. | FEUD | 2025-04 | openai elon-musk
            2024-10    | 구글은 2023년 10월 체결한 계약에 따라 앤트로픽에 클라우드를 제공한다. | CONTRACT | 2023-10 | google anthropic
            2025-02    | 앤트로픽은 지난해 법원에 낸 소송에서 구글이 약속을 어겼다고 주장했다. | FEUD | 2024 | anthropic google
            2023-11-30 | 2019년 10억달러로 시작한 MS의 투자는 2023년 1월 100억달러 규모의 추가 투자로 불어났다. | INVESTMENT | 2023-01 | microsoft
            2025-03    | 아마존은 2023년 9월 40억 달러를 약속했고, 지난해 11월 40억 달러 규모의 추가 투자로 앤트로픽 지분을 늘렸다. | INVESTMENT | 2024-11 | amazon anthropic
            2025-10    | 구글의 앤트로픽 투자는 올해 1월 10억달러어치의 추가 투자로 이어졌다. | INVESTMENT | 2025-01 | google anthropic
            """)
    void theTopicsDatedActIsAnEvent(String published, String sentence, String type, String date, String actors) {
        List<EventMention> mentions = analyzer.readSentences(sentence, PartialDate.parse(published)).mentions();
        assertThat(mentions).as("%s", mentions).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(EventType.valueOf(type));
            assertThat(m.date()).hasToString(date);
            assertThat(m.actors()).containsExactly(actors.split(" "));
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-05 | 오픈AI는 맞소송에서 머스크의 주장이 거짓이라고 밝혔다.
            2025-05 | 지난 4월 머스크가 제기한 소송에 대해 오픈AI는 답하지 않았다.
            2025-05 | 지난 4월 추가 투자에 대해 오픈AI는 답하지 않았다.
            """)
    void withoutADateOrATopicThereIsNone(String published, String sentence) {
        List<EventMention> mentions = analyzer.readSentences(sentence, PartialDate.parse(published)).mentions();
        assertThat(mentions).noneMatch(m -> m.clause().startsWith("지난 4월") && m.date() != null);
    }
}
