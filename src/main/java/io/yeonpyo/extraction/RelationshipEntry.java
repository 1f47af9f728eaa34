package io.yeonpyo.extraction;

import java.util.Collection;
import java.util.List;

/**
 * A relationship the timeline follows, e.g. {@code ms-openai}: an event belongs to it when its actors
 * include someone from each side.
 */
public record RelationshipEntry(String id, String nameKo, String nameEn, List<String> sideA, List<String> sideB) {

    public RelationshipEntry {
        sideA = List.copyOf(sideA);
        sideB = List.copyOf(sideB);
    }

    public boolean covers(Collection<String> actorIds) {
        return actorIds.stream().anyMatch(sideA::contains) && actorIds.stream().anyMatch(sideB::contains);
    }
}
