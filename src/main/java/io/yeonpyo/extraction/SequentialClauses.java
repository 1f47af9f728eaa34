package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;

/**
 * The sequential -아/-어 ending joins one act to the next: "오픈AI를 떠나 SSI를 창업했다", "MS에 합류해 새 조직을
 * 맡았다". Two acts of different kinds are two events (a departure, then a founding); two of one kind are one move
 * ("회사를 떠나 메타에 합류한다" is a single move to Meta). Words that only look like the ending stay whole: the
 * postpositions "에 대해", "을 통해", "를 위해", years ("지난해"), and a verb before its auxiliary ("유지해 왔다").
 */
final class SequentialClauses {

    /** The word ends in the sequential form of a verb: 해(서), 나(서), 워(서), 어서. */
    private static final Pattern SEQUENTIAL = Pattern.compile("[가-힣](해|해서|나|나서|워|워서|어서),?$");
    /** Words with that ending that are no verb of an act. */
    private static final Set<String> NOT_SEQUENTIAL = Set.of("대해", "통해", "위해", "의해", "인해", "관해", "비해", "향해",
            "대해서", "통해서", "위해서", "의해서", "인해서", "관해서", "비해서", "지난해", "올해", "이듬해", "그해", "전해",
            "작년해", "매해", "그러나", "하나", "누구나", "언제나", "따라서", "그래서", "이어서", "아울러");
    /** An auxiliary verb after the sequential form: the two words are one predicate ("유지해 왔다", "막아 달라"). */
    private static final Pattern AUXILIARY = Pattern.compile(
            "^(왔|오|온|올|와|가|갔|간|갈|있|주|줬|준|줄|버리|버렸|놓|놨|둔|뒀|두|보|봤|본|내|냈|달라|달란|드리|드렸)");

    private SequentialClauses() {
    }

    static List<Clauses.Clause> split(String text, List<TriggerHit> hits, List<Clauses.Clause> clauses,
                                      Clauses.PartTest standsAlone) {
        List<Clauses.Clause> out = new ArrayList<>();
        for (Clauses.Clause c : clauses) {
            int from = c.start();
            for (int i = c.start() + 1; i < c.end(); i++) {
                if (!Regions.isSpace(text.charAt(i))) {
                    continue;
                }
                int wordStart = NoriWords.wordStart(text, i - 1);
                String word = text.substring(wordStart, i);
                String bare = word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
                int next = NoriWords.wordStartAfter(text, i);
                if (!SEQUENTIAL.matcher(word).find() || NOT_SEQUENTIAL.contains(bare)
                        || AUXILIARY.matcher(text).region(next, c.end()).lookingAt()
                        || TriggerWords.insideDoubleQuotes(text, wordStart)) {
                    continue;
                }
                int cut = i;
                int partStart = from;
                Set<EventType> before = typesIn(hits, partStart, cut);
                Set<EventType> after = typesIn(hits, cut, c.end());
                if (!before.isEmpty() && !after.isEmpty() && before.stream().noneMatch(after::contains)
                        && standsAlone.test(partStart, cut) && standsAlone.test(cut, c.end())) {
                    out.add(new Clauses.Clause(partStart, cut));
                    from = cut;
                }
            }
            out.add(new Clauses.Clause(from, c.end()));
        }
        return out;
    }

    private static Set<EventType> typesIn(List<TriggerHit> hits, int from, int to) {
        return hits.stream().filter(h -> h.start() >= from && h.start() < to).map(h -> h.trigger().type())
                .collect(Collectors.toSet());
    }
}
