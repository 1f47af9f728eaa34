package io.yeonpyo.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.event.SearchableEvents.SearchableEvent;
import io.yeonpyo.event.TimelineRebuilt;
import io.yeonpyo.extraction.Lexicon;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Korean search on real-style sentences, with the real name data, and English words for what has them. */
class KoreanEventIndexTest {

    private static KoreanEventIndex index;

    @BeforeAll
    static void indexSomeEvents() {
        List<SearchableEvent> events = List.of(
                new SearchableEvent("lawsuit", List.of("elon-musk", "openai"), List.of("머스크, 오픈AI에 소송",
                        "결국 머스크는 지난해 2월 알트먼과 오픈AI를 겨냥해 소송을 제기했습니다.")),
                new SearchableEvent("investment", List.of("microsoft", "openai"), List.of("MS, 오픈AI에 10억 달러 투자",
                        "2019년 MS가 10억 달러(약 1조3800억 원)를 투자하며 시작된 6년간의 돈독한 협력이 전환점을 맞았습니다.")),
                new SearchableEvent("brunch-altman", List.of("sam-altman", "microsoft"), List.of("알트먼, MS 합류",
                        "오픈AI의 창업자이자 경영자인 샘 올트먼은 자신들과 MS의 관계를 두고 표현해 왔습니다.")),
                new SearchableEvent("suleyman", List.of("microsoft", "mustafa-suleyman"), List.of(
                        "MS가 오픈AI의 기술 의존을 줄이기 위해 구글 딥마인드 창립자인 무스타파 슐레이먼 인플렉션 CEO를 영입했다.")),
                new SearchableEvent("google-cloud", List.of("openai", "google"), List.of(
                        "오픈AI가 지난 5월, 구글 클라우드와 손을 잡았습니다.")));
        index = new KoreanEventIndex(Lexicon.load(Path.of("data")), events::forEach);
        index.reindex(new TimelineRebuilt());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            소송              | lawsuit
            소송을            | lawsuit
            투자              | investment
            투자했다          | investment
            올트먼            | brunch-altman
            알트먼            | brunch-altman
            술레이먼          | suleyman
            슐레이먼 영입     | suleyman
            Sam Altman        | brunch-altman
            구글 클라우드     | google-cloud
            lawsuit           | lawsuit
            Musk lawsuit      | lawsuit
            Microsoft investment | investment
            hires             | suleyman
            partnership       | investment
            """)
    void findsInflectedFormsOtherSpellingsAndEnglishWords(String query, String slug) {
        assertThat(index.matchingSlugs(query)).contains(slug);
    }

    @ParameterizedTest(name = "{0} does not find {1}")
    @CsvSource(delimiter = '|', textBlock = """
            소송              | investment
            투자              | lawsuit
            알트먼 투자       | investment
            인수              | google-cloud
            lawsuit           | investment
            Altman investment | investment
            """)
    void everyWordMustMatch(String query, String slug) {
        assertThat(index.matchingSlugs(query)).doesNotContain(slug);
    }

    @ParameterizedTest
    @CsvSource({"을", "' '", "의"})
    void aQueryOfParticlesOnlyFindsNothing(String query) {
        assertThat(index.matchingSlugs(query)).isEmpty();
    }
}
