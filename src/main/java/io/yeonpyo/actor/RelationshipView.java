package io.yeonpyo.actor;

import java.util.List;

/** A followed relationship, e.g. ms-openai, with the actors on each side. */
public record RelationshipView(String id, String nameKo, String nameEn, List<String> sideA, List<String> sideB) {

    public RelationshipView {
        sideA = List.copyOf(sideA);
        sideB = List.copyOf(sideB);
    }
}
