package io.yeonpyo.event;

import io.yeonpyo.extraction.Amount;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import java.util.List;

/**
 * An event as readers see it.
 *
 * @param date          null for an undated event
 * @param amount        null when none was reported
 * @param sources       the sentences that report it; empty when read for a list (see {@link EventCatalog#search})
 * @param articleCount  how many distinct articles report it
 */
public record EventView(String slug, PartialDate date, EventType type, List<ActorRef> actors,
                        List<String> relationships, String headline, Amount amount, List<SourceView> sources,
                        List<String> conflicts, int articleCount) {

    public EventView {
        actors = List.copyOf(actors);
        relationships = List.copyOf(relationships);
        sources = List.copyOf(sources);
        conflicts = List.copyOf(conflicts);
    }
}
