package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 이를 (this, as object) stands for the act the previous sentence of the paragraph told: "법원은 4일 이를 기각했다"
 * is a ruling on that lawsuit, between its parties. In another paragraph, or after a sentence that told no act, it
 * stands for nothing a timeline can name.
 */
class ActPronounTest {

    private static final PartialDate PUBLISHED = PartialDate.parse("2025-03-05");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            머스크는 지난해 8월 오픈AI를 상대로 소송을 제기했다. 법원은 4일 이를 기각했다.               | FEUD | elon-musk openai | 2025-03-04
            일론 머스크가 작년 샘 올트먼을 고소했다. 재판부는 지난달 이를 각하했다.                     | FEUD | elon-musk sam-altman | 2025-02
            xAI는 지난해 11월 오픈AI를 제소했다. 연방법원은 지난 2일 이를 기각했다.                    | FEUD | xai openai | 2025-03-02
            """)
    void thisStandsForTheActToldJustBefore(String text, EventType type, String parties, String date) {
        List<EventMention> second = SeedLexicon.ANALYZER.readSentences(text, PUBLISHED).mentions().stream()
                .filter(m -> m.sentenceIndex() == 1).toList();
        assertThat(second).hasSize(1);
        assertThat(second.get(0).type()).isEqualTo(type);
        assertThat(second.get(0).actors()).containsExactlyInAnyOrder(parties.split(" "));
        assertThat(second.get(0).date().iso()).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '머스크는 지난해 8월 오픈AI를 상대로 소송을 제기했다.\n법원은 4일 이를 기각했다.'
            날씨가 추웠다. 법원은 4일 이를 기각했다.
            머스크는 지난해 8월 오픈AI를 상대로 소송을 제기했다. 법원은 4일 이들을 기각했다.
            """)
    void withoutAnActJustBeforeInItsParagraphThisNamesNoParty(String text) {
        assertThat(SeedLexicon.ANALYZER.readSentences(text.replace("\\n", "\n"), PUBLISHED).mentions())
                .noneMatch(m -> m.sentenceIndex() > 0 && !m.actors().isEmpty());
    }
}
