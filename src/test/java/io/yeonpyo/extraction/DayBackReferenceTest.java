package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "전날", "이튿날", "다음 날" count from the last day the text told, though a coarser date (a year or month of
 * background) came in between; with no day told at all, from the publication day.
 */
class DayBackReferenceTest {

    private static final ArticleAnalyzer analyzer = SeedLexicon.ANALYZER;

    @ParameterizedTest(name = "{2} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                                       | published  | expression | date
            머스크 측은 16일 법원에 서류를 냈다. 그는 2015년 회사를 세웠다. 판사는 전날 요청을 기각했다.            | 2026-01-17 | 전날       | 2026-01-15
            오픈AI는 지난 3일 계약을 발표했다. 두 회사는 2019년부터 협력해 왔다. 이튿날 MS가 입장을 냈다.          | 2025-09-13 | 이튿날     | 2025-09-04
            구글이 5일 윈드서프와 손잡았다.¶윈드서프는 2021년 설립됐다.¶다음 날 코그니션이 나머지를 인수했다.   | 2025-07-16 | 다음 날    | 2025-07-06
            애플은 10일 발표했다. 회사는 지난해 6월 협력을 시작했다. 전날에는 구글이 계약을 맺었다.               | 2025-09-13 | 전날       | 2025-09-09
            회사는 2019년 설립됐다. 판사는 전날 요청을 기각했다.                                                 | 2026-01-17 | 전날       | 2026-01-16
            """)
    void aDayCountsFromTheLastDayTold(String text, String published, String expression, String date) {
        AnalyzedArticle article = analyzer.readSentences(text.replace("¶", "\n\n"), PartialDate.parse(published));
        assertThat(article.sentences().stream().flatMap(s -> s.dates().stream())
                .filter(d -> d.text().strip().equals(expression)))
                .singleElement().satisfies(d -> assertThat(d.resolved().iso()).isEqualTo(date));
    }
}
