package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A paragraph that retells history sets its time with a full or counted-back date; a month or day written alone after
 * it is of that time. A date counted from the publication, a new paragraph, or a month or day before the frame's own
 * ends the frame. Paragraphs are separated by a blank line ("¶" in the table).
 */
class NarrativeFramesTest {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer(Lexicon.load(Path.of("data")));
    }

    @ParameterizedTest(name = "{2} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                                                   | published  | expression | date
            관계는 2022년 시작됐다. 위기는 그해 11월 찾아왔다. 이사회가 17일 대표를 해임했다.                                     | 2025-09-13 | 17일       | 2022-11-17
            구글은 2023년 10월 투자를 약속했다. 이어 25일 추가 계약을 맺었다.                                                   | 2025-09-13 | 25일       | 2023-10-25
            머스크는 2024년 2월 29일 소장을 냈다. 그는 이 소송을 그해 6월 취하한 뒤 두 달 만인 8월 다시 소장을 냈다.              | 2026-01-08 | 8월        | 2024-08
            MS는 2019년 투자를 시작했다. 3월에는 협력 계획을 공개했다.                                                          | 2025-09-13 | 3월        | 2019-03
            애플은 2024년 6월 10일 협력을 발표했다. 11월 5일에는 새 기능을 내놨다.                                              | 2025-09-13 | 11월 5일   | 2024-11-05
            오픈AI는 지난 6월 구글과 계약을 맺었고, 10일에는 오라클과 계약을 맺었다.                                             | 2025-09-13 | 10일       | 2025-09-10
            위기는 2023년 11월 찾아왔다.¶이사회는 17일 성명을 냈다.                                                              | 2025-09-13 | 17일       | 2025-08-17
            소송은 2024년 6월 취하됐다. 3월에는 이메일이 공개됐다.                                                              | 2025-09-13 | 3월        | 2025-03
            해임은 2023년 11월 17일이었다. 5일에는 이미 불화가 있었다.                                                          | 2025-09-13 | 5일        | 2025-09-05
            협상은 2025년 9월 시작됐다. 28일 합의에 이르렀다.                                                                   | 2025-09-13 | 28일       | 2025-08-28
            """)
    void aBareMonthOrDayIsOfTheParagraphsTime(String text, String published, String expression, String date) {
        AnalyzedArticle article = analyzer.readSentences(text.replace("¶", "\n\n"), PartialDate.parse(published));
        List<DateMention> found = article.sentences().stream().flatMap(s -> s.dates().stream())
                .filter(d -> d.text().strip().equals(expression)).toList();
        assertThat(found).singleElement().satisfies(d -> assertThat(d.resolved().iso()).isEqualTo(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                                  | published  | date of 그해 3월
            2024년 2월 머스크는 소장을 냈다. 2015년 함께 세운 회사가 원칙을 저버렸다는 주장이다. 회사는 그해 3월 반박했다. | 2025-09-13 | 2024-03
            2023년 MS는 투자를 늘렸다. 2019년 영입한 연구진이 떠났다는 보도다. 회사는 그해 3월 협력을 강화했다.         | 2025-09-13 | 2023-03
            """)
    void aDateThatOnlyDescribesANameIsNoReferent(String text, String published, String date) {
        AnalyzedArticle article = analyzer.readSentences(text, PartialDate.parse(published));
        assertThat(article.sentences().stream().flatMap(s -> s.dates().stream())
                .filter(d -> d.text().strip().equals("그해 3월")))
                .singleElement().satisfies(d -> assertThat(d.resolved().iso()).isEqualTo(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                                    | published | expression  | date
            협상은 2025년 10월 28일 끝났다. IP 권리는 2032년까지 보장된다. 오픈AI는 같은 해 11월 아마존과 계약했다. | -         | 같은 해 11월 | 2025-11
            MS는 2023년 1월 투자했다. 독점권은 2030년까지 유지된다. 그해 3월 빙에 챗GPT를 넣었다.                    | -         | 그해 3월     | 2023-03
            계약은 2024년 6월 맺었다. 구글은 2027년 말까지 칩을 공급한다. 이듬해 계약을 늘렸다.                      | -         | 이듬해       | 2025
            """)
    void theEndOfATermIsNoReferent(String text, String published, String expression, String date) {
        AnalyzedArticle article = analyzer.readSentences(text, published.equals("-") ? null : PartialDate.parse(published));
        assertThat(article.sentences().stream().flatMap(s -> s.dates().stream())
                .filter(d -> d.text().strip().equals(expression)))
                .singleElement().satisfies(d -> assertThat(d.resolved().iso()).isEqualTo(date));
    }
}
