package io.yeonpyo.actor.web;

import io.yeonpyo.event.ActorRef;
import io.yeonpyo.event.EventView;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Someone who appears in an actor's events, and in how many of them. */
record CoActor(ActorRef actor, int events) {

    /** The {@code limit} actors sharing most events with {@code actorId}; ties keep their first appearance. */
    static List<CoActor> of(String actorId, List<EventView> events, int limit) {
        Map<String, ActorRef> refs = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EventView event : events) {
            event.actors().stream().filter(a -> !a.id().equals(actorId)).map(ActorRef::id).distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
            event.actors().forEach(a -> refs.putIfAbsent(a.id(), a));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(e -> new CoActor(refs.get(e.getKey()), e.getValue()))
                .toList();
    }
}
