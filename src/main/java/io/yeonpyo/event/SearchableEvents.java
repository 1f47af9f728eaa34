package io.yeonpyo.event;

import java.util.List;
import java.util.function.Consumer;

/** Every event's searchable text, handed out one at a time so a full index can be built in little memory. */
public interface SearchableEvents {

    void forEach(Consumer<SearchableEvent> consumer);

    /** @param texts the headline and the distinct source sentences */
    record SearchableEvent(String slug, List<String> actorIds, List<String> texts) {

        public SearchableEvent {
            actorIds = List.copyOf(actorIds);
            texts = List.copyOf(texts);
        }
    }
}
