package io.yeonpyo.extraction;

import java.util.List;

/** Groups mentions of the same event across articles and records where the sources disagree. */
public final class EventMerger {

    private final Lexicon lexicon;

    public EventMerger(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Deterministic: the same mentions always give the same events with the same slugs. */
    public List<MergedEvent> merge(List<SourcedMention> mentions) {
        throw new UnsupportedOperationException("implemented by the extraction work");
    }
}
