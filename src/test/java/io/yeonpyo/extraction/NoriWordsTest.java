package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A verb in adnominal form before a noun closes a relative clause; postpositional verbs do not. */
class NoriWordsTest {

    private static final NoriWords NORI = NoriWords.withDictionary("머스크\n올트먼\n");

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
            인텔에 20억달러를 투자한다고 발표했다         | false
            오픈AI가 단체로 인지해 투자를 했다            | false
            MS에 합류하기로 결정했다고 밝혔다             | false
            회사를 그만두겠다며 사표를 냈다               | false
            """)
    void findsTheEndOfARelativeClause(String text, boolean expected) {
        // the span examined is everything but the last word, the sentence's own predicate
        int to = text.lastIndexOf(' ');
        assertThat(NORI.modifierBetween(text, 0, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            지난달 18일 인텔에 20억달러를 투자한다고 발표했다  | 지난달 18일 | false
            지난 5일 투자한다고 밝혔다                      | 지난 5일    | false
            2022년 인수한 소셜미디어 X를 매각했다            | 2022년      | true
            지난해 영입한 술레이먼을 앞세웠다                | 지난해      | true
            """)
    void readsWhetherTheVerbAfterADateDescribesANoun(String text, String date, boolean expected) {
        assertThat(NORI.firstVerbIsModifier(text, date.length())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            당시 야후는 구글과 계약했다          | 3 | true
            브렛 테일러 의장은 제안을 거절했다     | 7 | true
            회사는 소송을 냈다                   | 0 | false
            머스크는 소송을 냈다                 | 0 | false
            법원은 신청을 기각했다               | 0 | false
            """)
    void findsAProperNounTakingTheSubjectsPlace(String text, int wordStart, boolean expected) {
        assertThat(NORI.properNounSubject(text, wordStart)).isEqualTo(expected);
    }
}
