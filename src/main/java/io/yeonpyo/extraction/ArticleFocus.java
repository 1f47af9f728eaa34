package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other side of a story, which a sentence leaves unsaid. A report on a dispute or a deal names its two sides
 * together again and again, and then tells acts with only one of them: "머스크는 넉 달 뒤 소송을 취하했다",
 * "MS는 2023년 1월 100억 달러를 추가로 투자했다". A reader takes the other side from the article: the party named
 * together with this one most often; so does the timeline, for acts that always have two sides.
 */
final class ArticleFocus {

    /** Acts that always have another party: a lawsuit has a defendant, an investment a company invested in. */
    private static final Set<EventType> BETWEEN_TWO = EnumSet.of(EventType.FEUD, EventType.INVESTMENT,
            EventType.BOARD, EventType.CONTRACT, EventType.PARTNERSHIP, EventType.ACQUISITION);
    /** The word of a raise's headline ("앤트로픽, 130억 달러 투자 유치"), as {@code event-types.yml} writes it. */
    private static final String RAISED = "투자 유치";
    /** How many sentences after an act with two sides a like act of someone else may take its other side. */
    private static final int PARALLEL_WITHIN = 3;
    /** How many sentences must name the two together before one stands for the other side. */
    private static final int NAMED_TOGETHER = 2;

    private ArticleFocus() {
    }

    /**
     * The mentions, each act between two parties that names one party and nobody else given the party the article
     * names together with it most often: the other side of its story.
     */
    static List<EventMention> withTheOtherSide(List<AnalyzedSentence> sentences,
                                               Map<Integer, List<ActorMatcher.Match>> namesBySentence,
                                               List<EventMention> mentions) {
        if (mentions.stream().noneMatch(m -> BETWEEN_TWO.contains(m.type()) && m.actors().size() == 1)) {
            return mentions; // most articles: every act names its two sides
        }
        List<Set<String>> named = new ArrayList<>();
        for (AnalyzedSentence s : sentences) {
            if (s.kind() == SentenceKind.BODY) {
                named.add(namesBySentence.getOrDefault(s.index(), List.of()).stream()
                        .filter(m -> m.role() == ActorMatcher.Role.ACTOR).map(ActorMatcher.Match::actorId)
                        .collect(java.util.stream.Collectors.toSet()));
            }
        }
        String focus = mostNamed(named);
        List<EventMention> out = new ArrayList<>(mentions.size());
        // per type, the last act with two sides (or an investment with one), and which of its sides may be passed on
        // to the next act of its kind
        Map<EventType, EventMention> lastOfKind = new HashMap<>();
        Map<EventType, Set<String>> givenSides = new HashMap<>();
        for (EventMention m : mentions) {
            String other = BETWEEN_TWO.contains(m.type()) && m.actors().size() == 1
                    ? otherSide(m.actors().get(0), named) : null;
            EventMention before = lastOfKind.get(m.type());
            String passedOn = null;
            // a raise (투자 유치) names the company invested in, not an investor in the list
            if (other == null && m.type() == EventType.INVESTMENT && m.actors().size() == 1 && before != null
                    && m.sentenceIndex() - before.sentenceIndex() <= PARALLEL_WITHIN && !m.headline().contains(RAISED)) {
                // "아마존은 앤트로픽에 40억 달러를 투자했다. 구글도 20억 달러 투자를 약속했다", "…약속한 데 이어 10억
                // 달러를 추가로 투자했다": investors listed one after another put money into the same company; an
                // investment told right after another and naming no one else goes to that one's other side
                Set<String> given = givenSides.getOrDefault(m.type(), Set.of());
                List<String> sides = before.actors();
                // "앤트로픽이 MS와 엔비디아로부터 투자받는다 … 구글, 3억달러 투자": after a raise that names its investors,
                // the next investor puts money into the raiser too
                int last = before.headline().contains(RAISED) && sides.size() >= 2 ? 0 : 1;
                for (int k = sides.size() - 1; k >= last && passedOn == null; k--) { // the doer first, then the others
                    String side = sides.get(k);
                    passedOn = side.equals(m.actors().get(0)) || !given.contains(side) ? null : side;
                }
                other = passedOn;
            }
            if (other == null && BETWEEN_TWO.contains(m.type()) && m.actors().size() == 1 && focus != null
                    && !focus.equals(m.actors().get(0))) {
                // "구글도 2023년 10월 20억 달러 투자를 약속했다" in a story about Anthropic: one named with it too
                // rarely to be its partner acts towards the one the whole article is about
                other = focus;
            }
            EventMention told = m;
            if (other != null) {
                List<String> actors = new ArrayList<>(m.actors());
                actors.add(other);
                told = new EventMention(m.sentenceIndex(), m.sentence(), m.clause(), m.type(), actors, m.date(),
                        m.dateText(), m.derivation(), m.amount(), m.headline(), m.headlineEn(), m.timing());
            }
            // the chain breaks at an act of the kind with one side only (a raise between two investments)
            if (told.actors().size() >= 2 || told.type() == EventType.INVESTMENT) {
                // a raise's other side, when guessed, would be an investor: only what its sentence named passes on
                Set<String> given = new HashSet<>(told.actors());
                if (told.headline().contains(RAISED)) {
                    // the raiser, when its sentence names it: the investors are others' peers, not where money goes
                    Set<String> namedThere = new HashSet<>();
                    namesBySentence.getOrDefault(told.sentenceIndex(), List.of())
                            .forEach(n -> namedThere.add(n.actorId()));
                    given.retainAll(namedThere);
                    given.retainAll(told.actors().subList(0, 1));
                }
                lastOfKind.put(told.type(), told);
                givenSides.put(told.type(), given);
            }
            out.add(told);
        }
        return out;
    }

    /** How many sentences must name an actor before the article is about it. */
    private static final int FOCUS_SENTENCES = 4;

    /** The actor named in the most sentences, a few at least, and clearly more than any other; else null. */
    private static String mostNamed(List<Set<String>> named) {
        Map<String, Integer> sentences = new HashMap<>();
        named.forEach(ids -> ids.forEach(id -> sentences.merge(id, 1, Integer::sum)));
        List<Map.Entry<String, Integer>> ranked = sentences.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < FOCUS_SENTENCES
                || ranked.size() > 1 && ranked.get(1).getValue() * 3 > ranked.get(0).getValue() * 2) {
            return null;
        }
        return ranked.get(0).getKey();
    }

    /** The one actor named together with {@code party} in most sentences, a few at least; null on a tie. */
    private static String otherSide(String party, List<Set<String>> named) {
        Map<String, Integer> together = new HashMap<>();
        for (Set<String> ids : named) {
            if (ids.contains(party)) {
                ids.stream().filter(id -> !id.equals(party)).forEach(id -> together.merge(id, 1, Integer::sum));
            }
        }
        List<Map.Entry<String, Integer>> ranked = together.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < NAMED_TOGETHER
                || ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue())) {
            return null;
        }
        return ranked.get(0).getKey();
    }
}
