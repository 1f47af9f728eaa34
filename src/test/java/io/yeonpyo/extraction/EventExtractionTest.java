package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Sentence-level extraction cases: real sentences from the seed articles and sentences written in the same news
 * style about other people and companies in the lexicon. Every expectation is written by hand.
 * Rows marked "gap: …" state what a careful reader expects and what the extractor does not do yet; they are
 * reported as skipped, not hidden.
 */
class EventExtractionTest {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer(Lexicon.load(Path.of("data")));
    }

    @org.junit.jupiter.api.Test
    void withoutAPublicationDateRelativeDatesStayUnresolvedButAreKept() {
        AnalyzedArticle article = analyzer.readSentences("MS는 지난해 3월 무스타파 술레이먼을 영입했다.", null);
        assertThat(article.mentions()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EventType.PERSONNEL);
            assertThat(m.date()).isNull();
            assertThat(m.dateText()).isEqualTo("지난해 3월");
        });
    }

    @org.junit.jupiter.api.Test
    void headlinesAreBuiltFromTheParts() {
        assertThat(headlineOf("2019년 MS가 오픈AI에 10억달러를 투자했다.", "2025-04")).isEqualTo("MS, 오픈AI에 10억 달러 투자");
        assertThat(headlineOf("2019년 일론 머스크 CEO가 오픈AI를 떠났다.", "2025-04")).isEqualTo("머스크, 오픈AI 떠나");
        assertThat(headlineOf("결국 머스크는 지난해 2월 알트먼과 오픈AI를 겨냥해 소송을 제기했습니다.", "2025-02"))
                .isEqualTo("머스크, 알트먼·오픈AI에 소송 제기");
        assertThat(headlineOf("실제로 MS는 지난 2023년 11월 알트먼이 오픈AI로부터 해임됐을 때 그를 전폭적으로 지지하기도 했습니다.",
                "2025-02")).isEqualTo("오픈AI, 알트먼 해임");
        assertThat(headlineOf("일론 머스크 테슬라 최고경영자(CEO)의 오픈AI 인수 제안을 샘 알트먼 오픈AI CEO가 단칼에 거절했습니다.",
                "2025-02")).isEqualTo("머스크, 오픈AI에 인수 제안");
    }

    private static String headlineOf(String sentence, String published) {
        return analyzer.readSentences(sentence, PartialDate.parse(published)).mentions().get(0).headline();
    }

    @ParameterizedTest(name = "{0} {5} {3}")
    @CsvFileSource(resources = "/extraction/event-sentences.csv", delimiter = '|', quoteCharacter = '`',
            numLinesToSkip = 1, maxCharsPerColumn = 4096)
    void extractsTheEvent(String id, String published, String context, String sentence, int count, String type,
                          String actors, String amount, String currency, String date, String status) {
        String body = context == null ? sentence : context + "\n" + sentence;
        // "unknown": a page that gives no publication date
        AnalyzedArticle article = analyzer.readSentences(body,
                "unknown".equals(published) ? null : PartialDate.parse(published));
        List<EventMention> mentions = article.mentions().stream()
                .filter(m -> m.sentence().equals(sentence.strip())).toList();
        boolean gap = status.startsWith("gap");
        try {
            check(mentions, count, type, actors, amount, currency, date);
        } catch (AssertionError e) {
            Assumptions.assumeFalse(gap, id + " known " + status);
            throw e;
        }
        assertThat(gap).as("%s is marked as a gap but now passes: mark it ok", id).isFalse();
    }

    private static void check(List<EventMention> mentions, int count, String type, String actors, String amount,
                              String currency, String date) {
        assertThat(mentions).as("events found: %s", mentions).hasSize(count);
        if (count == 0) {
            return;
        }
        EventType expectedType = EventType.valueOf(type);
        EventMention m = mentions.stream().filter(x -> x.type() == expectedType).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " among " + mentions));
        Set<String> expectedActors = Arrays.stream(actors.split("\\s+")).collect(Collectors.toSet());
        assertThat(Set.copyOf(m.actors())).as("actors of %s", m).isEqualTo(expectedActors);
        if (amount == null) {
            assertThat(m.amount()).as("amount of %s", m).isNull();
        } else {
            assertThat(m.amount()).as("amount of %s", m).isNotNull();
            assertThat(m.amount().value()).as("amount of %s", m).isEqualByComparingTo(new BigDecimal(amount));
            assertThat(m.amount().currency()).isEqualTo(currency);
        }
        if (date == null) {
            assertThat(m.date()).as("date of %s", m).isNull();
        } else {
            assertThat(m.date()).as("date of %s", m).isNotNull();
            assertThat(m.date().iso()).as("date of %s (%s)", m, m.derivation()).isEqualTo(date);
        }
        assertThat(m.headline()).as("headline").isNotBlank().doesNotContain("{").doesNotContain("}");
    }
}
