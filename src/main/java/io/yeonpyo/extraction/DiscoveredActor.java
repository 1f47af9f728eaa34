package io.yeonpyo.extraction;

import java.util.List;

/**
 * A person or organisation found in the articles, not listed in {@code data/actors.yml}.
 *
 * @param id        ASCII id from the English name: the same for the same articles in any order
 * @param nameKo    the most frequent full spelling
 * @param nameEn    the Revised Romanization of {@code nameKo}, or its Latin spelling when it has one
 * @param spellings every spelling met, {@code nameKo} first
 * @param role      the role word met most often next to it, or null
 * @param parties   how many times it is a party to an event
 * @param evidence  where it is named, in article then sentence order
 */
public record DiscoveredActor(String id, ActorKind kind, String nameKo, String nameEn, List<String> spellings,
                              String role, int parties, List<Evidence> evidence) {

    /** One sentence that names it. */
    public record Evidence(String articleId, int sentenceIndex, boolean party) {
    }

    public DiscoveredActor {
        spellings = List.copyOf(spellings);
        evidence = List.copyOf(evidence);
    }

    public long articles() {
        return evidence.stream().map(Evidence::articleId).distinct().count();
    }
}
