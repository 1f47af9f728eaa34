package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A negated condition with a deadline ("…까지 …하지 않으면") right after a deal, or in its sentence, is a deadline of
 * that deal between its parties, placed at the date it gives (the end of a year is its last month).
 */
class DealConditionsTest {

    private static final PartialDate PUBLISHED = PartialDate.parse("2025-07-10");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            오픈AI는 지난 3월 소프트뱅크로부터 400억 달러 투자를 유치했다. 하지만 올해 연말까지 영리법인으로 전환하지 않으면 투자금이 200억 달러로 줄어든다. | openai softbank | 2025-12
            아마존은 지난달 앤트로픽에 40억 달러를 투자했다. 다만 내년 6월까지 규제 승인을 받지 못할 경우 계약은 해지된다.                    | amazon anthropic | 2026-06
            엔비디아가 오픈AI에 1000억 달러를 투자하기로 합의했다. 그러나 2026년 말까지 데이터센터를 짓지 못하면 투자는 취소된다.            | nvidia openai | 2026-12
            MS는 2019년 오픈AI와 클라우드 계약을 맺었으며 2030년까지 목표를 달성하지 않는다면 계약 조건이 바뀐다.                          | microsoft openai | 2030
            오픈AI는 올해 1월 오라클과 데이터센터 계약을 맺었다. 오는 9월까지는 첫 센터를 완공하지 않을 경우 위약금을 문다.                    | openai oracle | 2025-09
            """)
    void aDeadlineConditionOfTheDealJustToldIsItsDeadline(String text, String parties, String due) {
        List<EventMention> deadlines = deadlines(text);
        assertThat(deadlines).hasSize(1);
        assertThat(deadlines.get(0).actors()).containsExactlyInAnyOrder(parties.split(" "));
        assertThat(deadlines.get(0).date().iso()).isEqualTo(due);
        assertThat(deadlines.get(0).type()).isEqualTo(EventType.CONTRACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '오픈AI는 올해 3월 소프트뱅크로부터 투자를 유치했다.\n하지만 연말까지 전환하지 않으면 투자금이 줄어든다.'
            머스크는 오픈AI를 비판했다. 하지만 올해 연말까지 전환하지 않으면 투자금이 줄어든다.
            오픈AI는 지난 3월 소프트뱅크로부터 투자를 유치했다. 올해 연말까지 영리법인으로 전환할 계획이다.
            오픈AI는 지난 3월 소프트뱅크로부터 투자를 유치했다. 연말에 전환하지 않으면 투자금이 줄어든다.
            오픈AI는 지난 3월 투자를 유치했다. 하지만 올해 연말까지 전환하지 않으면 투자금이 줄어든다.
            """)
    void noDeadlineWithoutADealOfTwoPartiesJustBeforeOrWithoutANegatedConditionBy까지(String text) {
        assertThat(deadlines(text.replace("\\n", "\n"))).isEmpty();
    }

    private static List<EventMention> deadlines(String text) {
        return SeedLexicon.ANALYZER.readSentences(text, PUBLISHED).mentions().stream()
                .filter(m -> m.timing() == Timing.DEADLINE).toList();
    }
}
