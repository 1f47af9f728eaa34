package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headlines in both languages, from real sentences of the seed articles, and the English template's rules. */
class HeadlinesTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-04 | 2019년 MS가 오픈AI에 10억달러를 투자했다. | MS, 오픈AI에 10억 달러 투자 | Microsoft invests $1 billion in OpenAI
            2025-04 | 2019년 일론 머스크 CEO가 오픈AI를 떠났다. | 머스크, 오픈AI 떠나 | Elon Musk leaves OpenAI
            2025-02 | SK텔레콤은 앤스로픽에 1억달러를 투자했다. | SK텔레콤, 앤트로픽에 1억 달러 투자 | SK Tellekom invests $100 million in Anthropic
            2025-02 | 지난달 스태빌리티는 엔비디아와 손잡았다. | 스태빌리티, 엔비디아와 손잡아 | Seutaebilliti teams up with NVIDIA
            2025-02 | 결국 머스크는 지난해 2월 알트먼과 오픈AI를 겨냥해 소송을 제기했습니다. | 머스크, 알트먼·오픈AI에 소송 제기 | Elon Musk sues Sam Altman and OpenAI
            2025-02 | 실제로 MS는 지난 2023년 11월 알트먼이 오픈AI로부터 해임됐을 때 그를 전폭적으로 지지하기도 했습니다. | 오픈AI, 알트먼 해임 | OpenAI fires Sam Altman
            2025-02 | 일론 머스크 테슬라 최고경영자(CEO)의 오픈AI 인수 제안을 샘 알트먼 오픈AI CEO가 단칼에 거절했습니다. | 머스크, 오픈AI에 인수 제안 | Elon Musk offers to buy OpenAI
            2025-02 | 두 사람은 2015년 오픈AI 창업 때부터 함께했다. | 오픈AI 설립 | Founding of OpenAI
            2025-02 | 2023년 xAI 설립 이후 경쟁이 시작됐다. | xAI 설립 | Founding of xAI
            """)
    void aSentenceGetsTheSameHeadlineInKoreanAndInEnglish(String published, String sentence, String korean,
                                                           String english) {
        EventMention mention = SeedLexicon.ANALYZER.readSentences(sentence, PartialDate.parse(published))
                .mentions().get(0);
        assertThat(mention.headline()).isEqualTo(korean);
        assertThat(mention.headlineEn()).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft | OpenAI | $1 billion | Microsoft invests $1 billion in OpenAI
            Microsoft | ''     | ''         | Microsoft invests
            ''        | OpenAI | ''         | Invests in OpenAI
            """)
    void aBracketedPartGoesWithTheNameItHolds(String subject, String object, String amount, String expected) {
        assertThat(HeadlineTemplates.renderEn("{subject} invests[ {amount}][ in {object}]",
                Map.of("subject", subject, "object", object, "amount", amount), false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            오픈AI | 머스크 | 오픈AI, 머스크 상대로 반소
            오픈AI | ''     | 오픈AI, 반소
            ''     | 머스크 | 머스크 상대로 반소
            """)
    void aBracketedKoreanPartGoesWithTheNameItHolds(String subject, String object, String expected) {
        assertThat(HeadlineTemplates.render("{subject}, [{object} 상대로 ]반소", Map.of("subject", subject,
                "object", object))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Microsoft                                  ; false ; Microsoft partners with OpenAI
            Microsoft and Nvidia                       ; true  ; Microsoft and Nvidia partner with OpenAI
            UK Competition and Markets Authority       ; false ; UK Competition and Markets Authority partners with OpenAI
            """)
    void theVerbAgreesWithTheSubject(String subject, boolean plural, String expected) {
        assertThat(HeadlineTemplates.renderEn("{subject} partners|partner[ with {object}]", Map.of("subject", subject,
                "object", "OpenAI"), plural)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft | Microsoft–OpenAI contract ends
            ''        | OpenAI contract ends
            """)
    void aPairWithoutItsFirstNameLosesTheDash(String subject, String expected) {
        assertThat(HeadlineTemplates.renderEn("{subject}[–{object}] contract ends", Map.of("subject", subject,
                "object", "OpenAI"), false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1000000000       | ''  | USD     | 10억달러     | $1 billion
            12400000000000   | ''  | KRW     | 12조4천억원  | ₩12.4 trillion
            30               | 35  | PERCENT | 30~35%      | 30–35%
            """)
    void amountsAreWrittenTheEnglishWay(String value, String upper, String currency, String text, String english) {
        Amount amount = new Amount(new BigDecimal(value), upper.isEmpty() ? null : new BigDecimal(upper), currency,
                null, text);
        assertThat(amount.headlineTextEn()).isEqualTo(english);
    }
}
