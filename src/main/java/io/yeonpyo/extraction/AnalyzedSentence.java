package io.yeonpyo.extraction;

import java.util.List;

/**
 * One sentence of an article, in reading order.
 *
 * @param index sentence position in the article, from 0; stable for the same text
 * @param dates every date expression found in it, with what it resolved to
 */
public record AnalyzedSentence(int index, String text, SentenceKind kind, List<DateMention> dates) {

    public AnalyzedSentence {
        dates = List.copyOf(dates);
    }
}
