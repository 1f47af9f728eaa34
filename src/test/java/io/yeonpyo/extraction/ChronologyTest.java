package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Explainers end with a chronology ("◇ 주요 일지") whose lines are written like headlines: a date, the one who acts
 * before a comma, the act as a noun ("▲2019년 7월 MS, 오픈AI에 10억달러 첫 투자"). Each line is a dated act of its
 * own: nobody named in the article's prose carries into it.
 */
class ChronologyTest {

    private static final String PROSE = "사티아 나델라 MS CEO는 이날 X에 소감을 적었다.\\n◇ 주요 일지\\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ▲2019년 7월 MS, 오픈AI에 10억달러 첫 투자          | INVESTMENT 2019-07 microsoft openai | MS, 오픈AI에 10억 달러 투자
            ▲ 2023년 1월 마이크로소프트, 100억달러 추가 투자      | INVESTMENT 2023-01 microsoft        | MS, 100억 달러 투자
            ·2024년 7월 MS, 오픈AI 이사회 옵서버 자리 반납        | BOARD 2024-07 microsoft openai      | MS, 오픈AI 이사회 옵서버 관련 결정
            -2025년 2월 머스크, 오픈AI에 974억달러 인수 제안       | ACQUISITION 2025-02 elon-musk openai | 머스크, 오픈AI에 974억 달러 인수 제안
            """)
    void eachLineIsADatedActOfItsDoer(String line, String expected, String headline) {
        List<EventMention> mentions = SeedLexicon.ANALYZER.analyze(PROSE.replace("\\n", "\n") + line,
                PartialDate.parse("2025-10-29")).mentions().stream().filter(m -> m.sentence().equals(line.strip()))
                .toList();
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.type() + " " + m.date().iso() + " " + String.join(" ", m.actors())).isEqualTo(expected);
            assertThat(m.headline()).isEqualTo(headline);
        });
    }
}
