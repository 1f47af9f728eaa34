package io.yeonpyo.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.article.ArticleSentenceView;
import io.yeonpyo.event.Events;
import io.yeonpyo.extraction.Derivation;
import io.yeonpyo.extraction.DateMention;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.SentenceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceRowTest {

    private static final String TEXT = "오픈AI가 지난 5월, 구글 클라우드와 손을 잡았습니다.";
    private static final DateMention MAY = new DateMention("지난 5월", TEXT.indexOf("지난 5월"),
            TEXT.indexOf("지난 5월") + "지난 5월".length(), PartialDate.ofMonth(2025, 5),
            Derivation.of("resolved.publication", "지난 5월", "2025-05", "2025-07"));

    @Test
    void cutsTheSentenceAroundItsDateExpressions() {
        SentenceRow row = SentenceRow.of(sentence(List.of(MAY)), Map.of());

        assertThat(row.segments()).extracting(SentenceRow.Segment::text)
                .containsExactly("오픈AI가 ", "지난 5월", ", 구글 클라우드와 손을 잡았습니다.");
        assertThat(row.segments().get(1).date()).isEqualTo(MAY);
        assertThat(String.join("", row.segments().stream().map(SentenceRow.Segment::text).toList())).isEqualTo(TEXT);
    }

    @Test
    void ignoresMentionsOutsideTheSentenceOrOverlappingAnEarlierOne() {
        DateMention overlapping = new DateMention("5월", TEXT.indexOf("5월"), TEXT.indexOf("5월") + 2,
                PartialDate.ofMonth(2025, 5), null);
        DateMention outside = new DateMention("?", 40, 99, null, null);
        SentenceRow row = SentenceRow.of(sentence(List.of(outside, overlapping, MAY)), Map.of());

        assertThat(String.join("", row.segments().stream().map(SentenceRow.Segment::text).toList())).isEqualTo(TEXT);
        assertThat(row.segments()).filteredOn(s -> s.date() != null).extracting(SentenceRow.Segment::date)
                .containsExactly(MAY);
    }

    @Test
    void aBodySentenceWithKnownEventsIsAnEventSource() {
        ArticleSentenceView view = new ArticleSentenceView(4, TEXT, SentenceKind.BODY,
                List.of("2019-microsoft-invests-in-openai", "slug-of-another-article"), List.of());
        SentenceRow row = SentenceRow.of(view, Map.of("2019-microsoft-invests-in-openai", Events.msInvestment2019()));

        assertThat(row.isEventSource()).isTrue();
        assertThat(row.events()).hasSize(1);
        assertThat(row.isDimmed()).isFalse();
    }

    private static ArticleSentenceView sentence(List<DateMention> dates) {
        return new ArticleSentenceView(0, TEXT, SentenceKind.BODY, List.of(), dates);
    }
}
