package io.yeonpyo.extraction;

import java.util.List;

/**
 * The same event as reported by one or more articles.
 *
 * @param slug          ASCII, readable, deterministic for the same inputs (e.g. "2019-microsoft-openai-investment")
 * @param date          the best-supported date, or null when no source dates it
 * @param actors        union of actor ids over the sources
 * @param relationships ids of the relationships the actors cover
 * @param amount        the best-supported amount, or null
 * @param sources       every mention, in article then sentence order
 * @param headline      the Korean headline of the source that tells the most
 * @param headlineEn    the same source's headline in English
 * @param conflicts     what the sources disagree on, with each side's reading; empty when they agree
 * @param timing        DONE unless every dated source tells a plan (PLANNED) or one tells a deadline or term
 */
public record MergedEvent(String slug, EventType type, PartialDate date, List<String> actors,
                          List<String> relationships, String headline, String headlineEn, Amount amount,
                          List<SourcedMention> sources, List<Conflict> conflicts, Timing timing) {

    public MergedEvent {
        actors = List.copyOf(actors);
        relationships = List.copyOf(relationships);
        sources = List.copyOf(sources);
        conflicts = List.copyOf(conflicts);
    }
}
