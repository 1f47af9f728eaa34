package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case of the name at the start of each text, read from its particle. Texts written for the test. */
class CaseParticlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            구글은 투자했다                     | 2 | SUBJECT
            앤트로픽이 합류했다                 | 4 | SUBJECT
            아마존 역시 투자했다                | 3 | SUBJECT
            엔비디아를 인수했다                 | 4 | DIRECT_OBJECT
            오라클과 손잡았다                   | 3 | OBJECT
            마이크로소프트(MS)와 계약했다        | 7 | OBJECT
            머스크 테슬라 최고경영자(CEO)의 제안 | 3 | POSSESSIVE
            구글에 대한 의존                    | 2 | MODIFIER
            딥마인드 공동창업자이자 CEO인        | 4 | MODIFIER
            그렇다면 구글이죠                   | 8 | MODIFIER
            올트먼 등이 세웠다                  | 3 | SUBJECT
            소프트뱅크 등과 손잡았다             | 5 | OBJECT
            아마존 등을 인수했다                | 3 | DIRECT_OBJECT
            구글 등 5개사가 참여했다             | 2 | NONE
            오픈AI 출신이 만든 회사             | 4 | MODIFIER
            구글 출신 연구자들이 차렸다          | 2 | MODIFIER
            """)
    void readsTheParticle(String text, int nameEnd, ArticleAnalyzer.Case expected) {
        assertThat(CaseParticles.caseAfter(text, nameEnd)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            구글은 투자했다          | 2 | true
            구글이 투자했다          | 2 | false
            구글 CEO는 말했다        | 2 | true
            """)
    void aTopicTakesEunOrNeun(String text, int nameEnd, boolean expected) {
        ArticleAnalyzer.Role role = new ArticleAnalyzer.Role(java.util.List.of("google"),
                CaseParticles.caseAfter(text, nameEnd), 0, nameEnd);
        assertThat(CaseParticles.isTopic(text, role)).isEqualTo(expected);
    }
}
