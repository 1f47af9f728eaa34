package io.yeonpyo.relationship;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.RelationshipView;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventPage;
import io.yeonpyo.event.EventView;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** A followed relationship with its events and its temperature, for the timeline and the relationship page. */
@Service
public class RelationshipTemperatures {

    /** More events than this in one relationship are not expected; the cap keeps one page from loading them all. */
    static final int MAX_EVENTS = 2000;

    private final ActorCatalog actors;
    private final EventCatalog events;
    private final RelationshipWeights weights;

    RelationshipTemperatures(ActorCatalog actors, EventCatalog events, RelationshipWeights weights) {
        this.actors = actors;
        this.events = events;
        this.weights = weights;
    }

    /**
     * @param events the relationship's events in timeline order (dated first), at most {@link #MAX_EVENTS}
     * @param total  how many events the relationship has; more than {@code events} means the score is partial
     */
    public record RelationshipTemperature(RelationshipView relationship, List<EventView> events,
                                          Temperature temperature, long total) {

        public RelationshipTemperature {
            events = List.copyOf(events);
        }

        public RelationshipTemperature(RelationshipView relationship, List<EventView> events, Temperature temperature) {
            this(relationship, events, temperature, events.size());
        }

        public boolean partial() {
            return total > events.size();
        }

        public TemperatureChart chart(TemperatureChart.Size size) {
            return TemperatureChart.of(relationship.id(), temperature, size);
        }
    }

    public List<RelationshipTemperature> all() {
        return actors.relationships().stream().map(this::of).toList();
    }

    public Optional<RelationshipTemperature> byId(String id) {
        return actors.relationship(id).map(this::of);
    }

    public RelationshipWeights weights() {
        return weights;
    }

    private RelationshipTemperature of(RelationshipView relationship) {
        EventPage page = events.search(
                new EventFilter(null, null, null, relationship.id(), null, null, null), 0, MAX_EVENTS);
        return new RelationshipTemperature(relationship, page.events(), Temperature.of(page.events(), weights),
                page.total());
    }
}
