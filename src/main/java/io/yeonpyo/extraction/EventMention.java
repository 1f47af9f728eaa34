package io.yeonpyo.extraction;

import java.util.List;

/**
 * One event as read in one sentence (or one clause of it) of one article.
 *
 * @param sentenceIndex index of the sentence in {@link AnalyzedArticle#sentences()}
 * @param sentence      the full source sentence
 * @param clause        the part of the sentence that carries this event (the sentence itself when it has one event)
 * @param actors        actor ids, in order of appearance
 * @param date          resolved date, or null
 * @param dateText      the date expression as written, or null when the sentence has none
 * @param derivation    how the date was obtained, or null
 * @param amount        the amount involved, or null
 * @param headline      short factual Korean headline built from the event's parts
 * @param headlineEn    the same headline in English, with the actors' English names
 * @param timing        whether the act is done, planned or a deadline
 */
public record EventMention(int sentenceIndex, String sentence, String clause, EventType type, List<String> actors,
                           PartialDate date, String dateText, Derivation derivation, Amount amount, String headline,
                           String headlineEn, Timing timing) {

    public EventMention {
        actors = List.copyOf(actors);
        timing = timing == null ? Timing.DONE : timing;
    }

    /** An act reported as done. */
    public EventMention(int sentenceIndex, String sentence, String clause, EventType type, List<String> actors,
                        PartialDate date, String dateText, Derivation derivation, Amount amount, String headline,
                        String headlineEn) {
        this(sentenceIndex, sentence, clause, type, actors, date, dateText, derivation, amount, headline, headlineEn,
                Timing.DONE);
    }
}
