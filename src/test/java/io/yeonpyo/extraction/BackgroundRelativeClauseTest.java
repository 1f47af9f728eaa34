package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A relative clause that describes a person or company by a past act ("…에서 해임된 올트먼이", "…를 공동 창업한
 * 머스크는") is background: it makes no event, unless it carries a date of its own. A relative clause whose head is
 * no name ("투자한 200억 달러", "투자한 뒤") is not such a description.
 */
class BackgroundRelativeClauseTest {

    private static final PartialDate PUBLISHED = PartialDate.parse("2025-03-05");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            오픈AI에서 해임된 샘 올트먼이 MS에서 새 연구팀을 이끌기로 했다.          | 0
            오픈AI를 공동 창업한 일론 머스크는 이날 자신의 생각을 밝혔다.            | 0
            오픈AI에 투자를 단행한 마이크로소프트는 주가가 올랐다.                  | 0
            구글에 인수된 딥마인드는 새 모델을 내놓았다.                          | 0
            지난 10일 오픈AI 인수를 제안한 머스크는 이날 입장을 냈다.              | 1
            2019년 오픈AI에 투자한 MS는 지금도 최대 주주다.                     | 1
            MS는 오픈AI에 투자한 뒤 클라우드 사업을 키웠다.                      | 1
            MS가 오픈AI에 투자한 200억 달러는 큰돈이다.                         | 1
            머스크가 오픈AI를 고소했다.                                       | 1
            """)
    void aDescriptionOfANameByAnUndatedActIsNoEvent(String sentence, int events) {
        assertThat(SeedLexicon.ANALYZER.readSentences(sentence, PUBLISHED).mentions()).hasSize(events);
    }
}
