package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves "두 사람", "이들", "양사", "두 회사" to the two sides of the article's dominant relationship: the one whose
 * both sides are named most often (the smaller side's count decides). No dominant relationship, no resolution.
 * Each pronoun stands for the first person (or company) of each side, in data-file order, that the article names.
 * A singular "그" is never resolved: within one article it can point at either side.
 */
final class Pronouns {

    private final List<String> people;
    private final List<String> companies;

    private Pronouns(List<String> people, List<String> companies) {
        this.people = List.copyOf(people);
        this.companies = List.copyOf(companies);
    }

    static Pronouns of(Lexicon lexicon, Collection<List<ActorMatcher.Match>> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<ActorMatcher.Match> matches : sentences) {
            for (ActorMatcher.Match m : matches) {
                if (m.role() == ActorMatcher.Role.ACTOR) {
                    counts.merge(m.actorId(), 1, Integer::sum);
                }
            }
        }
        RelationshipEntry best = null;
        int bestScore = 0;
        boolean tie = false;
        for (RelationshipEntry r : lexicon.relationships()) {
            int score = Math.min(sum(r.sideA(), counts), sum(r.sideB(), counts));
            if (score > bestScore) {
                best = r;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return new Pronouns(List.of(), List.of());
        }
        return new Pronouns(pair(lexicon, best, counts, ActorKind.PERSON), pair(lexicon, best, counts,
                ActorKind.COMPANY));
    }

    List<String> resolve(ActorMatcher.Role pronoun) {
        return pronoun == ActorMatcher.Role.PEOPLE_PRONOUN ? people : companies;
    }

    private static List<String> pair(Lexicon lexicon, RelationshipEntry r, Map<String, Integer> counts,
                                     ActorKind kind) {
        String a = top(lexicon, r.sideA(), counts, kind);
        String b = top(lexicon, r.sideB(), counts, kind);
        if (a == null || b == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        ids.add(a);
        ids.add(b);
        return ids;
    }

    private static String top(Lexicon lexicon, List<String> side, Map<String, Integer> counts, ActorKind kind) {
        // the data file lists each side's principal first: the first one the article names is meant
        return side.stream()
                .filter(id -> counts.getOrDefault(id, 0) > 0)
                .filter(id -> lexicon.actor(id).map(a -> a.kind() == kind).orElse(false))
                .findFirst()
                .orElse(null);
    }

    private static int sum(List<String> ids, Map<String, Integer> counts) {
        return ids.stream().mapToInt(id -> counts.getOrDefault(id, 0)).sum();
    }
}
