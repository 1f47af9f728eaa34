package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

class AmountParserTest {

    /** The rate in data/exchange-rates.yml; hand-computed dollar values below assume it. */
    private final AmountParser parser = new AmountParser(new BigDecimal("1380"));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # sentence                                        | text                          | value            | upper | currency | usd
            2019년 MS가 오픈AI에 10억달러를 투자하며           | 10억달러                      | 1000000000       |       | USD      | 1000000000
            MS가 10억 달러를 투자했다                          | 10억 달러                     | 1000000000       |       | USD      | 1000000000
            MS는 100억 달러(약 12조4천억원)를 추가 투자했다    | 100억 달러(약 12조4천억원)    | 10000000000      |       | USD      | 10000000000
            2019년 MS가 10억 달러(약 1조3800억 원)를 투자하며 | 10억 달러(약 1조3800억 원)    | 1000000000       |       | USD      | 1000000000
            투자 규모는 400억 달러에 이른다                    | 400억 달러                    | 40000000000      |       | USD      | 40000000000
            한때 18조 원을 투자하며                            | 18조 원                       | 18000000000000   |       | KRW      | 13043478261
            MS는 2019년부터 약 18조 원을 오픈AI에 투자하며     | 18조 원                       | 18000000000000   |       | KRW      | 13043478261
            매출은 974억 달러(141조 4443억 원)였다             | 974억 달러(141조 4443억 원)   | 97400000000      |       | USD      | 97400000000
            매출은 974억 달러(약 141조원)였다                  | 974억 달러(약 141조원)        | 97400000000      |       | USD      | 97400000000
            기업가치는 1천350억 달러로 평가됐다                | 1천350억 달러                 | 135000000000     |       | USD      | 135000000000
            연봉은 3천800만 달러다                             | 3천800만 달러                 | 38000000         |       | USD      | 38000000
            1,000억 달러를 투자한다                            | 1,000억 달러                  | 100000000000     |       | USD      | 100000000000
            조만간 3조 4800억 달러를 돌파할 기세입니다         | 3조 4800억 달러               | 3480000000000    |       | USD      | 3480000000000
            스타게이트에 5000억 달러(약 700조원)를 쏟는다      | 5000억 달러(약 700조원)       | 500000000000     |       | USD      | 500000000000
            300억 달러 규모의 투자                             | 300억 달러                    | 30000000000      |       | USD      | 30000000000
            오픈AI에 투자한 200억 달러는 MS에게 돈도 아닙니다  | 200억 달러                    | 20000000000      |       | USD      | 20000000000
            조만간 3조 달러를 돌파해                           | 3조 달러                      | 3000000000000    |       | USD      | 3000000000000
            400 달러도 어쩌면 올 해 안으로 뚫을 기세입니다     | 400 달러                      | 400              |       | USD      | 400
            Microsoft invested $10 billion in OpenAI           | $10 billion                   | 10000000000      |       | USD      | 10000000000
            a further $1.5 billion round                       | $1.5 billion                  | 1500000000       |       | USD      | 1500000000
            a US$ 500 million deal                             | US$ 500 million               | 500000000        |       | USD      | 500000000
            it invested 10 billion dollars                     | 10 billion dollars            | 10000000000      |       | USD      | 10000000000
            그 가치는 12조4천억원이다                          | 12조4천억원                   | 12400000000000   |       | KRW      | 8985507246
            투자액 1조3800억 원                                | 1조3800억 원                  | 1380000000000    |       | KRW      | 1000000000
            영업이익 5천억원                                   | 5천억원                       | 500000000000     |       | KRW      | 362318841
            2.5조 원 규모                                      | 2.5조 원                      | 2500000000000    |       | KRW      | 1811594203
            구독료는 1만 원이다                                | 1만 원                        | 10000            |       | KRW      | 7
            10억 원대 매출                                     | 10억 원                       | 1000000000       |       | KRW      | 724638
            투자 규모는 10~20억 달러로 추정된다               | 10~20억 달러                  | 1000000000       | 2000000000 | USD | 1000000000
            1조~2조 원이 필요하다                              | 1조~2조 원                    | 1000000000000    | 2000000000000 | KRW | 724637681
            1~3천억 원 규모                                    | 1~3천억 원                    | 100000000000     | 300000000000 | KRW | 72463768
            MS의 수익 배분 비율은 30~35% 수준이다              | 30~35%                        | 30               | 35    | PERCENT  |
            비율은 30%~35%로 알려졌다                          | 30%~35%                       | 30               | 35    | PERCENT  |
            매출의 20%를 가져간다                              | 20%                           | 20               |       | PERCENT  |
            MS가 지분을 49% 갖고서도                           | 49%                           | 49               |       | PERCENT  |
            성장률은 4.5%였다                                  | 4.5%                          | 4.5              |       | PERCENT  |
            성장률은 20퍼센트였다                              | 20퍼센트                      | 20               |       | PERCENT  |
            """)
    void parsesAmount(String sentence, String text, String value, String upper, String currency, String usd) {
        List<AmountParser.AmountMention> mentions = parser.find(sentence);

        assertThat(mentions).as("%s", mentions).hasSize(1);
        AmountParser.AmountMention mention = mentions.get(0);
        Amount amount = mention.amount();
        assertThat(amount.text()).isEqualTo(text);
        assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(text);
        assertThat(amount.value().toPlainString()).isEqualTo(value);
        assertThat(amount.upper() == null ? null : amount.upper().toPlainString()).isEqualTo(upper);
        assertThat(amount.currency()).isEqualTo(currency);
        assertThat(amount.usd() == null ? null : amount.usd().toPlainString()).isEqualTo(usd);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.5기가와트 규모 데이터센터", "엔지니어 중 700명이 회사를 그만두겠다고", "2019년 일론 머스크 CEO가 떠났다",
            "금리는 0.25%p 올랐다", "MS 365 코파일럿", "추론 모델 'o1'", "10억 명이 쓰는 서비스", "수십억 달러 규모의 투자 계약",
            "3개 원정대", "문의 전화 010-1234-5678"})
    void findsNoAmount(String sentence) {
        assertThat(parser.find(sentence)).isEmpty();
    }

    @Test
    void findsSeveralAmountsLeftToRight() {
        List<AmountParser.AmountMention> mentions = parser.find("MS는 100억 달러(약 12조4천억원)를 투자했고 지분 49%를 받았으며 누적 투자는 18조 원이다");

        assertThat(mentions).extracting(m -> m.amount().text())
                .containsExactly("100억 달러(약 12조4천억원)", "49%", "18조 원");
        assertThat(mentions).extracting(m -> m.amount().isMoney()).containsExactly(true, false, true);
    }

    @Test
    void rateFileHoldsTheRateTheseTestsAssume() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("data/exchange-rates.yml"))) {
            Map<String, Object> rates = new Yaml().load(reader);

            assertThat(new BigDecimal(rates.get("krw-per-usd").toString())).isEqualByComparingTo("1380");
            assertThat(rates).containsKeys("source", "note");
        }
    }

    @Test
    void wonToDollarsFollowsTheGivenRate() {
        AmountParser atThousand = new AmountParser(new BigDecimal("1000"));

        assertThat(atThousand.find("18조 원")).singleElement()
                .satisfies(m -> assertThat(m.amount().usd()).isEqualByComparingTo("18000000000"));
    }

    @Test
    void rejectsAMeaninglessRate() {
        assertThatThrownBy(() -> new AmountParser(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AmountParser(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void survivesLongRepetitiveNumbers() {
        assertThat(parser.find("1조 2억 3만 4천 5백 6 ".repeat(3000))).isEmpty();
        assertThat(parser.find("1,000,".repeat(10000) + "000억 달러")).isEmpty();
    }

    @Test
    void emptyOrMissingSentenceHasNoAmounts() {
        assertThat(parser.find("")).isEmpty();
        assertThat(parser.find(null)).isEmpty();
    }
}
