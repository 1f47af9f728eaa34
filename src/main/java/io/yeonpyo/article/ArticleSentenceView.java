package io.yeonpyo.article;

import io.yeonpyo.extraction.DateMention;
import io.yeonpyo.extraction.SentenceKind;
import java.util.List;

/** A sentence of an article with the events it produced (their slugs) and its date expressions. */
public record ArticleSentenceView(int index, String text, SentenceKind kind, List<String> eventSlugs,
                                  List<DateMention> dates) {

    public ArticleSentenceView {
        eventSlugs = List.copyOf(eventSlugs);
        dates = List.copyOf(dates);
    }
}
