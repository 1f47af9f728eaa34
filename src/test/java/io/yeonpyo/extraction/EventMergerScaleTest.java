package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of articles: the merge stays correct and its conflicts list a few sources and count the rest. Time is
 * not asserted; the merge compares a mention only with the clusters that share its type, year and actors.
 */
class EventMergerScaleTest {

    private static final int ARTICLES = 3000;

    private static EventMerger merger;

    @BeforeAll
    static void load() {
        merger = new EventMerger(Lexicon.load(Path.of("data")));
    }

    @Test
    void oneEventReportedByThousandsOfArticlesIsOneEventWithShortConflicts() {
        List<SourcedMention> mentions = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String article = String.format("a%04d", i);
            // every third article dates the investment a year early; every other one has the larger amount
            String year = i % 3 == 0 ? "2018" : "2019";
            Amount amount = i % 2 == 0 ? usd("1000000000", "10억달러") : usd("13000000000", "130억 달러");
            mentions.add(mention(article, 4, EventType.INVESTMENT, year, amount, "MS, 오픈AI에 투자",
                    "microsoft", "openai"));
            // and a hire of its own: a different person joining OpenAI in 2024
            mentions.add(mention(article, 9, EventType.PERSONNEL, "2024", null, "person-" + i + ", 오픈AI 합류",
                    "person-" + i, "openai"));
        }

        List<MergedEvent> events = merger.merge(mentions);

        assertThat(events).hasSize(1 + ARTICLES);
        MergedEvent investment = events.stream().filter(e -> e.type() == EventType.INVESTMENT).findFirst()
                .orElseThrow();
        assertThat(investment.sources()).hasSize(ARTICLES);
        assertThat(investment.date()).isEqualTo(PartialDate.ofYear(2019)); // 2,000 sources against 1,000
        assertThat(investment.amount().value()).isEqualByComparingTo("1000000000"); // a tie: the first source's
        assertThat(investment.conflicts()).extracting(Conflict::kind)
                .containsExactly(Conflict.Kind.DATE, Conflict.Kind.AMOUNT);
        assertThat(investment.conflicts().get(0).readings())
                .extracting(Conflict.Reading::date, Conflict.Reading::articleIds, Conflict.Reading::moreArticles)
                .containsExactly(
                        tuple(PartialDate.ofYear(2018), List.of("a0000", "a0003", "a0006", "a0009", "a0012"), 995),
                        tuple(PartialDate.ofYear(2019), List.of("a0001", "a0002", "a0004", "a0005", "a0007"), 1995));
        assertThat(investment.conflicts().get(1).readings())
                .extracting(Conflict.Reading::quote, Conflict.Reading::articleIds, Conflict.Reading::moreArticles)
                .containsExactly(tuple("10억달러", List.of("a0000", "a0002", "a0004", "a0006", "a0008"), 1495),
                        tuple("130억 달러", List.of("a0001", "a0003", "a0005", "a0007", "a0009"), 1495));
        assertThat(events).filteredOn(e -> e.type() == EventType.PERSONNEL).hasSize(ARTICLES)
                .allSatisfy(e -> {
                    assertThat(e.sources()).hasSize(1);
                    assertThat(e.date()).isEqualTo(PartialDate.ofYear(2024));
                    assertThat(e.conflicts()).isEmpty();
                });
        assertThat(events).extracting(MergedEvent::slug).doesNotHaveDuplicates();
    }

    @Test
    void manyDifferentReadingsAreCountedNotListed() {
        List<SourcedMention> mentions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // the same lawsuit, each article with its own (wrong) amount
            mentions.add(mention(String.format("b%02d", i), 2, EventType.FEUD, "2024-02",
                    usd(Integer.toString(1_000_000 * (i + 1)), (i + 1) + "00만 달러"), "머스크, 오픈AI에 소송 제기",
                    "elon-musk", "openai"));
        }

        MergedEvent lawsuit = merger.merge(mentions).get(0);

        assertThat(lawsuit.sources()).hasSize(40);
        assertThat(lawsuit.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.AMOUNT);
            assertThat(c.readings()).hasSize(Conflict.SHOWN).first()
                    .satisfies(r -> assertThat(r.quote()).isEqualTo("100만 달러"))
                    .satisfies(r -> assertThat(r.articleIds()).containsExactly("b00"));
            assertThat(c.moreReadings()).isEqualTo(35);
        });
    }

    private static Amount usd(String value, String text) {
        BigDecimal v = new BigDecimal(value);
        return new Amount(v, null, "USD", v, text);
    }

    private static SourcedMention mention(String article, int sentence, EventType type, String date, Amount amount,
                                          String headline, String... actors) {
        PartialDate d = date == null ? null : PartialDate.parse(date);
        EventMention m = new EventMention(sentence, "문장 " + sentence, "절 " + sentence, type, List.of(actors), d,
                date, date == null ? null : Derivation.of("resolved.absolute", date, date), amount, headline, "headline " + headline);
        return new SourcedMention(article, null, m);
    }
}
