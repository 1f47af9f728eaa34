package io.yeonpyo.event;

import io.yeonpyo.extraction.Amount;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Timing;
import java.util.List;
import java.util.Locale;

/**
 * An event as readers see it.
 *
 * @param date          null for an undated event
 * @param headlineEn    the headline in English, or null for an event read before English headlines were made
 * @param amount        null when none was reported
 * @param sources       the sentences that report it; empty when read for a list (see {@link EventCatalog#search})
 * @param conflicts     what its sources disagree on; empty when they agree
 * @param articleCount  how many distinct articles report it
 * @param timing        done, planned, or a deadline or term
 */
public record EventView(String slug, PartialDate date, EventType type, List<ActorRef> actors,
                        List<String> relationships, String headline, String headlineEn, Amount amount,
                        List<SourceView> sources, List<ConflictView> conflicts, int articleCount, Timing timing) {

    public EventView {
        actors = List.copyOf(actors);
        relationships = List.copyOf(relationships);
        sources = List.copyOf(sources);
        conflicts = List.copyOf(conflicts);
        timing = timing == null ? Timing.DONE : timing;
    }

    /** An event reported as done. */
    public EventView(String slug, PartialDate date, EventType type, List<ActorRef> actors, List<String> relationships,
                     String headline, String headlineEn, Amount amount, List<SourceView> sources,
                     List<ConflictView> conflicts, int articleCount) {
        this(slug, date, type, actors, relationships, headline, headlineEn, amount, sources, conflicts, articleCount,
                Timing.DONE);
    }

    /** The headline in the reader's language: Korean pages keep the Korean one. */
    public String headlineFor(Locale locale) {
        return englishFor(locale) ? headlineEn : headline;
    }

    /** The language {@link #headlineFor} answers in, for the element's {@code lang}: "en" or "ko". */
    public String headlineLanguage(Locale locale) {
        return englishFor(locale) ? "en" : "ko";
    }

    private boolean englishFor(Locale locale) {
        return headlineEn != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Whether its sources disagree on its date or amount. */
    public boolean disputed() {
        return !conflicts.isEmpty();
    }

    /** Whether the date is one the act is planned for or must happen by, rather than one it happened on. */
    public boolean ahead() {
        return timing != Timing.DONE;
    }
}
