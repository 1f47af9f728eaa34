package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A verb in adnominal form before a noun closes a relative clause; postpositional verbs do not. */
class AdnominalsTest {

    private static final Adnominals ADNOMINALS = Adnominals.withDictionary("머스크\n올트먼\n");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2022년 인수한 소셜미디어 X를 매각했다        | true
            2019년 설립된 자회사를 통해 투자했다          | true
            지난해 영입한 무스타파 술레이먼을 앞세웠다    | true
            올트먼이 세운 회사는 성장했다                | true
            오픈AI에 대한 예비 조사에 착수했다            | false
            소송을 통한 압박을 이어갔다                  | false
            지난 4월 오픈AI를 상대로 소송을 냈다          | false
            머스크가 인수를 제안했다                    | false
            지난해 9월 회사를 떠난 뒤 새 회사를 세웠다    | false
            """)
    void findsTheEndOfARelativeClause(String text, boolean expected) {
        // the span examined is everything but the last word, the sentence's own predicate
        int to = text.lastIndexOf(' ');
        assertThat(ADNOMINALS.modifierBetween(text, 0, to)).isEqualTo(expected);
    }
}
