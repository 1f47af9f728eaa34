package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who did what to whom when the sentence is about the one acted on: a company put first as the topic of a founding
 * or an acquisition, with the doer's own subject (이/가) after it ("오픈AI는 2015년 머스크 등이 세웠다"), and a
 * subject inside a relative clause on the object ("이사회는 [머스크가 이끄는] 컨소시엄의 제안을 거절했다"), whatever
 * form its verb takes (주도한, 이끄는).
 */
class TopicalisedObjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            오픈AI는 2015년 머스크와 올트먼 등이 세웠다.                                   | 머스크·알트먼, 오픈AI 설립
            오픈AI는 2015년 머스크와 올트먼 등이 안전한 AI를 만들겠다며 비영리 단체로 세웠다. | 머스크·알트먼, 오픈AI 설립
            xAI는 머스크가 2023년 7월 만들었다.                                          | 머스크, xAI 설립
            딥마인드는 2014년 구글이 인수했다.                                            | 구글, 딥마인드 인수
            인플렉션은 지난해 MS가 사실상 인수했다.                                        | MS, 인플렉션 인수
            구글은 2014년 딥마인드를 인수했다.                                            | 구글, 딥마인드 인수
            머스크는 2023년 xAI를 세웠다.                                                | 머스크, xAI 설립
            구글 이사회는 머스크가 이끄는 컨소시엄의 인수 제안을 거절했다.                  | 구글, 머스크 인수 제안 거절
            오픈AI 이사회가 머스크 CEO가 이끄는 투자 컨소시엄의 인수 제안을 일축했다.        | 오픈AI, 머스크 인수 제안 거절
            오픈AI 이사회가 머스크 CEO가 주도한 컨소시엄의 인수 제안을 거부했다.             | 오픈AI, 머스크 인수 제안 거절
            머스크 컨소시엄이 10일 오픈AI 인수를 제안했다.                                  | 머스크, 오픈AI에 인수 제안
            오픈AI 변호인단은 11일 머스크를 상대로 반소를 제기했다.                          | 오픈AI, 머스크 상대로 반소
            소프트뱅크 컨소시엄이 10일 오픈AI에 400억달러를 투자했다.                         | 소프트뱅크, 오픈AI에 400억 달러 투자
            """)
    void theDoerLeadsTheHeadline(String sentence, String headline) {
        assertThat(SeedLexicon.ANALYZER.readSentences(sentence, PartialDate.parse("2025-02-15")).mentions())
                .first().extracting(EventMention::headline).isEqualTo(headline);
    }

    /** A relative clause with its own subject describes what its act was done to; without one, its doer. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            머스크가 지난해 7월 세운 AI 기업 xAI는 최근 새 모델을 공개했다.   | 머스크, xAI 설립
            MS가 지난 1월 투자한 오픈AI는 새 모델을 공개했다.               | MS, 오픈AI에 투자
            구글이 2014년 인수한 딥마인드는 알파고를 만들었다.               | 구글, 딥마인드 인수
            오라클이 지난해 손잡은 오픈AI는 스타게이트를 이끈다.              | 오라클, 오픈AI와 손잡아
            2019년 오픈AI에 투자한 MS는 지금도 최대 주주다.                 | MS, 오픈AI에 투자
            """)
    void theNameARelativeClauseDescribesIsItsObjectWhenTheClauseHasItsOwnSubject(String sentence, String headline) {
        theDoerLeadsTheHeadline(sentence, headline);
    }
}
