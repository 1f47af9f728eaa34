package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two parties an article is about, and the one a sentence leaves unsaid. A report on a dispute or a deal names
 * its two sides again and again, and then tells acts with only one of them: "머스크는 넉 달 뒤 소송을 취하했다",
 * "MS는 2023년 1월 100억 달러를 추가로 투자했다". A reader takes the other side from the article; so does the
 * timeline, for acts between two parties that name one of the two and nobody else.
 */
final class ArticleFocus {

    /** Acts that always have another party: a lawsuit has a defendant, an investment a company invested in. */
    private static final Set<EventType> BETWEEN_TWO = EnumSet.of(EventType.FEUD, EventType.INVESTMENT,
            EventType.BOARD, EventType.CONTRACT, EventType.PARTNERSHIP, EventType.ACQUISITION);
    /** How many sentences must name a party before the article counts as being about it. */
    private static final int NAMED_IN_SENTENCES = 3;

    private ArticleFocus() {
    }

    /**
     * The mentions, each act between two parties that names exactly one of the article's two parties and nobody
     * else given the other one.
     */
    static List<EventMention> withTheOtherSide(List<AnalyzedSentence> sentences,
                                               Map<Integer, List<ActorMatcher.Match>> namesBySentence,
                                               List<EventMention> mentions) {
        List<String> pair = mainPair(sentences, namesBySentence);
        if (pair.size() < 2) {
            return mentions;
        }
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            boolean oneSide = BETWEEN_TWO.contains(m.type()) && m.actors().size() == 1 && pair.contains(m.actors().get(0));
            if (!oneSide) {
                out.add(m);
                continue;
            }
            List<String> actors = new ArrayList<>(m.actors());
            actors.add(pair.get(0).equals(m.actors().get(0)) ? pair.get(1) : pair.get(0));
            out.add(new EventMention(m.sentenceIndex(), m.sentence(), m.clause(), m.type(), actors, m.date(),
                    m.dateText(), m.derivation(), m.amount(), m.headline(), m.headlineEn(), m.timing()));
        }
        return out;
    }

    /** The two actors named in most body sentences, each in at least a few, in order of first mention. */
    private static List<String> mainPair(List<AnalyzedSentence> sentences,
                                         Map<Integer, List<ActorMatcher.Match>> namesBySentence) {
        Map<String, Integer> sentencesNaming = new LinkedHashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (AnalyzedSentence s : sentences) {
            if (s.kind() != SentenceKind.BODY) {
                continue;
            }
            namesBySentence.getOrDefault(s.index(), List.of()).stream()
                    .filter(m -> m.role() == ActorMatcher.Role.ACTOR).map(ActorMatcher.Match::actorId).distinct()
                    .forEach(id -> {
                        sentencesNaming.merge(id, 1, Integer::sum);
                        firstSeen.putIfAbsent(id, s.index());
                    });
        }
        List<String> ranked = sentencesNaming.entrySet().stream().filter(e -> e.getValue() >= NAMED_IN_SENTENCES)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> firstSeen.get(e.getKey())))
                .map(Map.Entry::getKey).toList();
        if (ranked.size() < 2) {
            return List.of();
        }
        // a third party named as often as the second makes the article about more than a pair
        if (ranked.size() > 2 && sentencesNaming.get(ranked.get(2)).equals(sentencesNaming.get(ranked.get(1)))) {
            return List.of();
        }
        return List.of(ranked.get(0), ranked.get(1));
    }
}
