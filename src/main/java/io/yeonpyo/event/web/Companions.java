package io.yeonpyo.event.web;

import io.yeonpyo.event.ActorRef;
import io.yeonpyo.event.EventView;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The people and companies an actor appears with most: how many of their events each one shares. */
record Companions(List<Companion> top, int others) {

    record Companion(ActorRef actor, int events) {
    }

    Companions {
        top = List.copyOf(top);
    }

    static Companions of(String actorId, List<EventView> events, int limit) {
        Map<String, ActorRef> refs = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EventView event : events) {
            event.actors().stream().filter(a -> !a.id().equals(actorId)).map(ActorRef::id).distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
            event.actors().forEach(a -> refs.putIfAbsent(a.id(), a));
        }
        List<Companion> all = counts.entrySet().stream()
                .map(e -> new Companion(refs.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Companion::events).reversed()
                        .thenComparing(c -> c.actor().name()))
                .toList();
        return new Companions(all.subList(0, Math.min(limit, all.size())), Math.max(0, all.size() - limit));
    }

    public boolean isEmpty() {
        return top.isEmpty();
    }
}
