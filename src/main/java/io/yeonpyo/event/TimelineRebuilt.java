package io.yeonpyo.event;

import io.yeonpyo.system.ContentChanged;
import java.util.List;

/** Published after a rebuild commits: everything a search index needs, so it never queries back. */
public record TimelineRebuilt(List<SearchableEvent> events) implements ContentChanged {

    public TimelineRebuilt {
        events = List.copyOf(events);
    }

    /** @param texts headline and source sentences */
    public record SearchableEvent(String slug, List<String> actorIds, List<String> texts) {

        public SearchableEvent {
            actorIds = List.copyOf(actorIds);
            texts = List.copyOf(texts);
        }
    }
}
