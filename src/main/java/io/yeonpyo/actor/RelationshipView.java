package io.yeonpyo.actor;

import java.util.List;
import java.util.Locale;

/** A followed relationship, e.g. ms-openai, with the actors on each side. */
public record RelationshipView(String id, String nameKo, String nameEn, List<String> sideA, List<String> sideB) {

    public RelationshipView {
        sideA = List.copyOf(sideA);
        sideB = List.copyOf(sideB);
    }

    /** The name in the reader's language. */
    public String nameFor(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameKo;
    }
}
