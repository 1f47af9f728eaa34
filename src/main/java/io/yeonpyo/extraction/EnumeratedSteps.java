package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A history of steps told in one clause: "2019년 10억 달러를 시작으로 올해 1월 100억 달러를 추가로 넣는 등 지금까지 모두
 * 130억 달러를 투자했다". Korean writes a series as its first step "…을 시작으로", the next ones after it, and closes it
 * with 등; each dated sum of the series is an act of the clause's kind by the clause's parties, while the total that
 * follows is none.
 */
final class EnumeratedSteps {

    /** "…를 시작으로", "…로 시작해": the first step of a series. */
    private static final Pattern FIRST_STEP = Pattern.compile("(을|를|로|으로) 시작(으로|해|하여|한 뒤)");
    /** What may stand between a step's date and its sum: nothing but blanks. */
    private static final Pattern BLANK = Pattern.compile("\\s*");

    private final AmountParser amounts;

    EnumeratedSteps(AmountParser amounts) {
        this.amounts = amounts;
    }

    /** The mentions with each series told in one of them made into one mention per dated sum. */
    List<EventMention> split(AnalyzedSentence s, List<EventMention> told) {
        if (!FIRST_STEP.matcher(s.text()).find()) {
            return told; // most sentences: no series
        }
        List<EventMention> out = new ArrayList<>();
        for (EventMention m : told) {
            List<EventMention> steps = m.amount() == null ? List.of() : steps(s, m);
            out.addAll(steps.size() < 2 ? List.of(m) : steps);
        }
        return out;
    }

    private List<EventMention> steps(AnalyzedSentence s, EventMention m) {
        String text = s.text();
        int clauseStart = text.indexOf(m.clause());
        if (clauseStart < 0) {
            return List.of();
        }
        int clauseEnd = clauseStart + m.clause().length();
        List<AmountParser.AmountMention> sums = amounts.find(text);
        List<EventMention> out = new ArrayList<>();
        for (DateMention d : s.dates()) {
            if (d.resolved() == null || d.start() < clauseStart || d.end() > clauseEnd) {
                continue;
            }
            sums.stream().filter(a -> a.start() >= d.end()
                            && BLANK.matcher(text).region(d.end(), a.start()).matches())
                    .findFirst()
                    .ifPresent(a -> out.add(new EventMention(m.sentenceIndex(), m.sentence(), m.clause(), m.type(),
                            m.actors(), d.resolved(), d.text(), d.derivation(), a.amount(),
                            m.headline().replace(m.amount().headlineText(), a.amount().headlineText()),
                            m.headlineEn().replace(m.amount().headlineTextEn(), a.amount().headlineTextEn()),
                            m.timing())));
        }
        return out;
    }
}
