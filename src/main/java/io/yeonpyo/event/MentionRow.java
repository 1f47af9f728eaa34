package io.yeonpyo.event;

import io.yeonpyo.extraction.Derivation;
import io.yeonpyo.extraction.EventMention;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.SourcedMention;
import io.yeonpyo.extraction.Timing;
import java.util.Arrays;
import java.util.List;

/**
 * What merging needs of a stored mention: everything but the full sentence, which is the bulk of a mention and
 * which the merger never reads. Keeps a rebuild of 200,000 mentions within a small heap.
 */
record MentionRow(Long id, String articleId, int sentenceIndex, String clause, EventType type, String actors,
                  PartialDate date, String dateText, Derivation derivation, StoredAmount amount, String headline,
                  String headlineEn, PartialDate publishedOn, Timing timing) {

    SourcedMention toSourced() {
        return new SourcedMention(articleId, publishedOn, new EventMention(sentenceIndex, null, clause, type,
                actors.isEmpty() ? List.of() : Arrays.asList(actors.split(",")), date, dateText,
                derivation, StoredAmount.toAmount(amount), headline, headlineEn, timing));
    }
}
