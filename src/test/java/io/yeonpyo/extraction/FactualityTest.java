package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which predicates report an act as done, and which guess, plan or interpret it. */
class FactualityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            투자했다.                           | false
            소송을 제기했다고 밝혔다.             | false
            인수를 제안한 바 있다.                | false
            투자할 가능성이 있다.                 | true
            합류할 것으로 보인다.                 | true
            계약을 맺을 예정이다.                 | true
            영입을 검토하고 있다.                 | true
            지분을 보유하고 있다.                 | true
            제소할 수도 있다는 분석이다.           | true
            줄일 것으로 알려졌다.                 | false
            투자할 것임을 투자자들에게 밝혔다.      | false
            영입하겠다고 발표했다.                | false
            투자할 가능성이 있는 것으로 알려졌다.   | true
            창업에 자금을 지원할 때                | true
            회사가 설립될 때                      | true
            해임됐을 때                           | false
            매각할 뜻이 없는 것으로 알려졌다.         | true
            인수할 의사가 없다고 밝혔다.              | true
            투자하지 말라고 압박했다.                 | true
            인수가 성사된다면                         | true
            """)
    void speculates(String predicate, boolean expected) {
        assertThat(Factuality.speculates(predicate)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            머스크는 오픈AI를 고소했다.                              | false
            MS가 오픈AI의 이사회에 참여한다는 분석이 나온다.            | true
            양사의 갈등이 커졌다는 해석도 나온다.                     | true
            오픈AI가 MS를 제소할까?                                | true
            알트먼은 복귀할까요                                    | true
            """)
    void readingsAndQuestionsAreNoFacts(String sentence, boolean expected) {
        assertThat(Factuality.asksOrReads(sentence))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            을 맺지 않았다                  | true
            하지 못했다                     | true
            를 안 했다                      | true
            했다                           | false
            가 아닌 고용이라고              | true
            이 아니라 협력이다              | true
            가 이뤄졌다                     | false
            """)
    void negationRightAfterTheTrigger(String after, boolean expected) {
        assertThat(Factuality.NEGATION.matcher(after).lookingAt()).isEqualTo(expected);
    }
}
