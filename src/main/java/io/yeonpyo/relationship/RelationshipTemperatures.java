package io.yeonpyo.relationship;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.ActorView;
import io.yeonpyo.actor.RelationshipView;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventOutline;
import io.yeonpyo.event.EventPage;
import io.yeonpyo.event.EventView;
import io.yeonpyo.system.ContentChanged;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each followed relationship's temperature, and its events for the relationship page. Temperatures change only
 * when the timeline is rebuilt, and every timeline page shows them all: they are computed once per rebuild, from
 * light outlines of every dated event, and kept (a few points per relationship).
 */
@Service
public class RelationshipTemperatures {

    /** The relationship page lists at most this many events; the temperature counts them all. */
    static final int MAX_EVENTS = 2000;

    private final ActorCatalog actors;
    private final EventCatalog events;
    private final RelationshipWeights weights;
    private final AtomicLong generation = new AtomicLong();
    private volatile Map<String, Temperature> current;

    RelationshipTemperatures(ActorCatalog actors, EventCatalog events, RelationshipWeights weights) {
        this.actors = actors;
        this.events = events;
        this.weights = weights;
    }

    /** A relationship and its temperature, for the summary charts on the timeline. */
    public record Summary(RelationshipView relationship, Temperature temperature) {

        public TemperatureChart chart(TemperatureChart.Size size) {
            return TemperatureChart.of(relationship.id(), temperature, size);
        }
    }

    /**
     * @param events the relationship's events in timeline order (dated first), at most {@link #MAX_EVENTS}
     * @param total  how many events the relationship has; more than {@code events} means the list is cut short
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

    public List<Summary> all() {
        Map<String, Temperature> temperatures = temperatures();
        return actors.relationships().stream()
                .map(relationship -> new Summary(relationship, temperatures.get(relationship.id())))
                .toList();
    }

    public Optional<RelationshipTemperature> byId(String id) {
        return actors.relationship(id).map(relationship -> {
            EventPage page = events.search(
                    new EventFilter(null, null, null, relationship.id(), null, null, null), 0, MAX_EVENTS);
            return new RelationshipTemperature(relationship, page.events(), temperatures().get(relationship.id()),
                    page.total());
        });
    }

    /**
     * Any two actors, listed or discovered, followed as a relationship: the events that name both, scored like a
     * followed relationship's. Empty when either is unknown or they are the same.
     */
    public Optional<RelationshipTemperature> pair(String a, String b) {
        Optional<ActorView> first = actors.byId(a);
        Optional<ActorView> second = actors.byId(b);
        if (first.isEmpty() || second.isEmpty() || a.equals(b)) {
            return Optional.empty();
        }
        EventPage page = events.search(EventFilter.of(first.get()), 0, MAX_EVENTS);
        List<EventView> together = page.events().stream()
                .filter(e -> e.actors().stream().anyMatch(actor -> actor.id().equals(b))).toList();
        List<EventOutline> dated = together.stream().filter(e -> e.date() != null)
                .map(e -> new EventOutline(e.slug(), e.date(), e.type(), e.headline())).toList();
        RelationshipView relationship = new RelationshipView(null, first.get().nameKo() + "–" + second.get().nameKo(),
                first.get().nameEn() + "–" + second.get().nameEn(), List.of(a), List.of(b));
        return Optional.of(new RelationshipTemperature(relationship, together, Temperature.of(dated, weights),
                page.total() > page.events().size() ? page.total() : together.size()));
    }

    /** The followed relationship with these two on opposite sides, if there is one. */
    public Optional<RelationshipView> followed(String a, String b) {
        return actors.relationships().stream().filter(r -> r.sideA().contains(a) && r.sideB().contains(b)
                || r.sideA().contains(b) && r.sideB().contains(a)).findFirst();
    }

    public RelationshipWeights weights() {
        return weights;
    }

    // After commit, like every reader's cache: a rebuild that rolled back changed nothing.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void contentChanged(ContentChanged change) {
        generation.incrementAndGet();
        current = null;
    }

    /** Synchronized so that a burst of first requests after a rebuild computes them once, not once each. */
    private Map<String, Temperature> temperatures() {
        Map<String, Temperature> known = current;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (current != null) {
                return current;
            }
            long computedFor = generation.get();
            Map<String, Temperature> computed = new LinkedHashMap<>();
            for (RelationshipView relationship : actors.relationships()) {
                computed.put(relationship.id(), Temperature.of(events.datedOutlines(relationship.id()), weights));
            }
            if (computedFor == generation.get()) {
                current = computed; // kept only if no change arrived while computing
            }
            return computed;
        }
    }
}
