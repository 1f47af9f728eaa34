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
 * A singular "그" is never resolved: within one article it can point at either side. A pair named just before the
 * pronoun wins over the relationship ({@link #meant}).
 */
final class Pronouns {

    private final List<String> people;
    private final List<String> companies;
    /** The pairs of every relationship whose two sides the article names, people and companies. */
    private final List<List<String>> otherPairs;

    private Pronouns(List<String> people, List<String> companies, List<List<String>> otherPairs) {
        this.people = List.copyOf(people);
        this.companies = List.copyOf(companies);
        this.otherPairs = List.copyOf(otherPairs);
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
        List<List<String>> pairs = new ArrayList<>();
        for (RelationshipEntry r : lexicon.relationships()) {
            int score = Math.min(sum(r.sideA(), counts), sum(r.sideB(), counts));
            for (ActorKind kind : ActorKind.values()) {
                List<String> pair = pair(lexicon, r, counts, kind);
                if (!pair.isEmpty()) {
                    pairs.add(pair);
                }
            }
            if (score > bestScore) {
                best = r;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return new Pronouns(List.of(), List.of(), pairs);
        }
        return new Pronouns(pair(lexicon, best, counts, ActorKind.PERSON), pair(lexicon, best, counts,
                ActorKind.COMPANY), pairs);
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

    /** How many the pronoun counts: "세 회사", "세 사람" three, the others ("양사", "두 사람", "이들") two. */
    static int sizeOf(ActorMatcher.Match pronoun) {
        return pronoun.surface().startsWith("세 ") ? 3 : 2;
    }

    /**
     * "두 사람", "양사" right after exactly two people (companies) were named — earlier in the sentence, else in the
     * previous one — mean those two, and "세 회사" three; otherwise the article's dominant relationship decides a pair
     * ({@link #resolve}). Names with 의 ("앤트로픽의 최대 투자자") only qualify a noun and are not counted.
     */
    List<String> meant(Lexicon lexicon, ActorMatcher.Match pronoun, String text, List<ActorMatcher.Match> matches,
                       String previousText, List<ActorMatcher.Match> previousMatches) {
        ActorKind kind = pronoun.role() == ActorMatcher.Role.PEOPLE_PRONOUN ? ActorKind.PERSON : ActorKind.COMPANY;
        int size = sizeOf(pronoun);
        List<String> here = namedOfKind(lexicon, text,
                matches.stream().filter(x -> x.end() <= pronoun.start()).toList(), kind);
        if (here.size() == size) {
            return here;
        }
        if (!here.isEmpty()) {
            // "MS가 10억달러를 투자하며 양사 동맹이 시작됐다": the one named and its counterpart in a relationship
            return size == 2 && here.size() == 1 ? pairWith(here.get(0)) : List.of();
        }
        List<String> before = namedOfKind(lexicon, previousText, previousMatches, kind);
        List<String> own = size == 2 ? resolve(pronoun.role()) : List.of();
        if (size == 2 && before.size() > 2) {
            // of many names just before, the article's own pair when both are among them (an owner with 의 too: "MS의
            // 독점 지위"); else the two joined by
            // 과/와: "구글과 아마존처럼 MS를 따라잡는 회사 … 두 회사는"
            List<String> pair = !own.isEmpty() && previousMatches.stream().map(ActorMatcher.Match::actorId).toList()
                    .containsAll(own) ? own
                    : coordinatedPair(lexicon, previousText, previousMatches, kind);
            return pair.isEmpty() ? own : pair;
        }
        return before.size() == size ? before : own;
    }

    /** The article's pair when it holds {@code id}, else another relationship's pair that does, else none. */
    private List<String> pairWith(String id) {
        if (people.contains(id)) {
            return people;
        }
        if (companies.contains(id)) {
            return companies;
        }
        return otherPairs.stream().filter(p -> p.contains(id)).findFirst().orElse(List.of());
    }

    /** The first two names of the kind written as "A과 B", "A와 B", "A·B", or an empty list. */
    private static List<String> coordinatedPair(Lexicon lexicon, String text, List<ActorMatcher.Match> matches,
                                                ActorKind kind) {
        List<ActorMatcher.Match> named = matches.stream().filter(x -> x.role() == ActorMatcher.Role.ACTOR
                && lexicon.actor(x.actorId()).map(a -> a.kind() == kind).orElse(false)).toList();
        for (int i = 0; i + 1 < named.size(); i++) {
            ActorMatcher.Match a = named.get(i);
            ActorMatcher.Match b = named.get(i + 1);
            if (!a.actorId().equals(b.actorId()) && Coordination.joins(text, a.end(), b.start())) {
                return List.of(a.actorId(), b.actorId());
            }
        }
        return List.of();
    }

    private static List<String> namedOfKind(Lexicon lexicon, String text, List<ActorMatcher.Match> matches,
                                            ActorKind kind) {
        return matches.stream()
                .filter(x -> x.role() == ActorMatcher.Role.ACTOR || x.role() == ActorMatcher.Role.AFFILIATION)
                .filter(x -> x.role() == ActorMatcher.Role.AFFILIATION || qualifiesNoNoun(text, x))
                .map(ActorMatcher.Match::actorId).distinct()
                .filter(id -> lexicon.actor(id).map(a -> a.kind() == kind).orElse(false)).toList();
    }

    /** A name not marked with 의 or 에 대한: it takes part, rather than qualifying a noun. */
    private static boolean qualifiesNoNoun(String text, ActorMatcher.Match name) {
        ArticleAnalyzer.Case grammaticalCase = CaseParticles.caseAfter(text, name.end());
        return grammaticalCase != ArticleAnalyzer.Case.POSSESSIVE && grammaticalCase != ArticleAnalyzer.Case.MODIFIER;
    }
}
