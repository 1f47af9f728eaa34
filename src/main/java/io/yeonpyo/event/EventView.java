package io.yeonpyo.event;

import io.yeonpyo.extraction.Amount;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Timing;
import java.util.List;

/**
 * An event as readers see it.
 *
 * @param date          null for an undated event
 * @param amount        null when none was reported
 * @param sources       the sentences that report it; empty when read for a list (see {@link EventCatalog#search})
 * @param articleCount  how many distinct articles report it
 * @param timing        done, planned, or a deadline or term
 */
public record EventView(String slug, PartialDate date, EventType type, List<ActorRef> actors,
                        List<String> relationships, String headline, Amount amount, List<SourceView> sources,
                        List<String> conflicts, int articleCount, Timing timing) {

    public EventView {
        actors = List.copyOf(actors);
        relationships = List.copyOf(relationships);
        sources = List.copyOf(sources);
        conflicts = List.copyOf(conflicts);
        timing = timing == null ? Timing.DONE : timing;
    }

    /** An event reported as done. */
    public EventView(String slug, PartialDate date, EventType type, List<ActorRef> actors, List<String> relationships,
                     String headline, Amount amount, List<SourceView> sources, List<String> conflicts,
                     int articleCount) {
        this(slug, date, type, actors, relationships, headline, amount, sources, conflicts, articleCount,
                Timing.DONE);
    }

    /** Whether the date is one the act is planned for or must happen by, rather than one it happened on. */
    public boolean ahead() {
        return timing != Timing.DONE;
    }
}
