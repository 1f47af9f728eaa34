package io.yeonpyo.extraction;

import java.util.List;

/** What the extractor made of one article: its sentences (clutter included, flagged) and the events found. */
public record AnalyzedArticle(List<AnalyzedSentence> sentences, List<EventMention> mentions) {

    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }
}
