package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page written a sentence per line is one flow of discourse; a page of paragraphs keeps its paragraphs. Lines are
 * separated by "¶" in the table.
 */
class DiscourseParagraphsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                                       | paragraphs
            머스크가 소송을 냈다.¶판사는 요청을 기각했다.¶재판은 3월 시작된다.¶오픈AI는 반발했다.                 | 0 0 0 0
            머스크가 소송을 냈다.¶¶판사는 요청을 기각했다.¶¶재판은 3월 시작된다.¶¶오픈AI는 반발했다.             | 0 0 0 0
            머스크가 소송을 냈다. 그는 분노했다.¶판사는 요청을 기각했다. 재판은 3월 시작된다.¶오픈AI는 반발했다. 회사는 항소했다.¶MS는 침묵했다. 애플도 같았다. | 0 0 1 1 2 2 3 3
            머스크가 소송을 냈다.¶판사는 요청을 기각했다.¶재판은 3월 시작된다.                                 | 0 1 2
            """)
    void aSentencePerLinePageIsOneFlow(String text, String paragraphs) {
        List<SentenceSplitter.Piece> pieces = SentenceSplitter.split(text.replace("¶", "\n"));
        int[] found = DiscourseParagraphs.of(pieces);
        int[] expected = Arrays.stream(paragraphs.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(found).hasSameSizeAs(expected);
        // the numbers themselves are the splitter's; what counts is which sentences share a paragraph
        for (int i = 1; i < found.length; i++) {
            assertThat(found[i] == found[i - 1]).as("sentence %d with the one before", i)
                    .isEqualTo(expected[i] == expected[i - 1]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                                                                   | date of the trial
            법원은 머스크의 손을 들어주지 않았다.¶판사는 15일 가처분 신청을 기각했다.¶재판은 오는 4월 27일 시작될 예정이다.¶오픈AI는 환영했다. | 2026-04-27
            법원은 알트먼의 손을 들어주지 않았다.¶¶판사는 15일 가처분 신청을 기각했다.¶¶재판은 오는 3월 시작될 예정이다.¶¶알트먼은 항소했다.  | 2026-03
            """)
    void anActWithoutPartiesGoesOnFromTheLineBefore(String text, String date) {
        AnalyzedArticle article = SeedLexicon.ANALYZER.analyze(text.replace("¶", "\n"), PartialDate.parse("2026-01-17"));
        assertThat(article.mentions()).anySatisfy(m -> {
            assertThat(m.headline()).contains("재판");
            assertThat(m.date().iso()).isEqualTo(date);
            assertThat(m.actors()).isNotEmpty();
        });
    }
}
