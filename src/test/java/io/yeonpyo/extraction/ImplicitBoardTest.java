package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A board named alone ("이사회에서 물러났다", "이사회를 떠났고") is a company's board the reader knows from the text: the
 * one last written with its board ("오픈AI 이사회"), else the company the article has named in most sentences before.
 * The guess makes that company a party; it is never the doer or object a headline states.
 */
class ImplicitBoardTest {

    private static final PartialDate PUBLISHED = PartialDate.parse("2025-04-11");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            오픈AI는 2015년 세워졌다. 오픈AI는 비영리로 출발했다. 머스크는 2018년 2월 이사회에서 물러났다.         | 2 | elon-musk openai        | 오픈AI
            앤트로픽 이사회는 지난해 회의를 열었다. MS와 구글이 앤트로픽에 투자했다. 무라티는 지난해 이사회를 떠났다. | 2 | mira-murati anthropic   | 앤트로픽
            MS는 검색을 키웠다. 구글도 MS와 경쟁했다. MS는 광고를 키웠다. 나델라는 2019년 이사회에서 물러났다.       | 3 | satya-nadella microsoft | MS
            """)
    void theBoardIsTheCompanyTheTextIsAbout(String text, int sentence, String parties, String company) {
        List<EventMention> told = SeedLexicon.ANALYZER.readSentences(text, PUBLISHED).mentions().stream()
                .filter(m -> m.sentenceIndex() == sentence).toList();
        assertThat(told).singleElement().satisfies(m -> {
            assertThat(m.actors()).containsExactlyInAnyOrder(parties.split(" "));
            assertThat(m.headline()).doesNotContain(company);
        });
    }
}
