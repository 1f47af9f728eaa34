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
 */
public record EventMention(int sentenceIndex, String sentence, String clause, EventType type, List<String> actors,
                           PartialDate date, String dateText, String derivation, Amount amount, String headline) {

    public EventMention {
        actors = List.copyOf(actors);
    }
}
