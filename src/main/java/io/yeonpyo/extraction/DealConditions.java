package io.yeonpyo.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition of a deal with a deadline: "올해 연말까지 영리법인으로 전환하지 않으면 투자금이 200억 달러로 줄어든다",
 * "6월 말까지 승인을 받지 못할 경우 계약은 해지된다". Korean news states a deal's conditions right after the deal, in
 * its sentence or the next, without naming the parties again. The date before 까지 is then a deadline of that deal: a
 * timeline editor places it there, between the deal's parties, marked as a deadline.
 */
final class DealConditions {

    /** How far after the date the negated condition may end: within its own clause. */
    private static final int REACH = 40;
    /** "…하지 않으면", "…받지 못할 경우", "…않는다면": a negated condition. */
    private static final Pattern UNLESS = Pattern.compile(
            "지\\s*(않으면|못하면|않을 경우|못할 경우|않는다면|못한다면|않는 경우|못하는 경우)");
    /** "…까지", "…까지는": the date is the end of a period. */
    private static final Pattern UNTIL = Pattern.compile("\\s*까지(는|도)?(?![가-힣])");
    private static final Set<EventType> DEALS = Set.of(EventType.INVESTMENT, EventType.CONTRACT,
            EventType.PARTNERSHIP, EventType.ACQUISITION);

    private final Lexicon lexicon;
    private final String headline;
    private final String headlineEn;

    DealConditions(Lexicon lexicon) {
        this.lexicon = lexicon;
        Lexicon.TypeInfo contract = lexicon.typeInfo(EventType.CONTRACT);
        this.headline = contract == null ? "" : contract.termHeadline();
        this.headlineEn = contract == null ? "" : contract.termHeadlineEn();
    }

    /**
     * The deadline the sentence sets on a deal, if any.
     *
     * @param dealsBefore what the sentence and the one before it in its paragraph tell, in order: the last deal
     *                    with two parties is the one the condition belongs to
     */
    List<EventMention> find(AnalyzedSentence s, List<EventMention> dealsBefore) {
        EventMention deal = lastDeal(dealsBefore);
        if (deal == null || headline.isEmpty()) {
            return List.of();
        }
        String text = s.text();
        for (DateMention d : s.dates()) {
            if (d.resolved() == null || !endsAPeriod(text, d)) {
                continue;
            }
            String after = text.substring(d.end(), Math.min(text.length(), d.end() + REACH));
            int stop = after.indexOf(',');
            Matcher unless = UNLESS.matcher(stop < 0 ? after : after.substring(0, stop));
            if (!unless.find()) {
                continue;
            }
            PartialDate due = dueDate(d);
            String a = deal.actors().get(0);
            String b = deal.actors().get(1);
            Headlines.Built built = Headlines.ofPair(lexicon, headline, headlineEn, a, b);
            return List.of(new EventMention(s.index(), text, text.strip(), EventType.CONTRACT, List.of(a, b), due,
                    d.text(), Derivation.of("deal.condition", d.text().strip(), due.iso()), null, built.headline(),
                    built.headlineEn(), Timing.DEADLINE));
        }
        return List.of();
    }

    private static EventMention lastDeal(List<EventMention> told) {
        for (int i = told.size() - 1; i >= 0; i--) {
            EventMention m = told.get(i);
            if (DEALS.contains(m.type()) && m.actors().size() >= 2 && m.timing() == Timing.DONE) {
                return m;
            }
        }
        return null;
    }

    private static boolean endsAPeriod(String text, DateMention d) {
        return d.text().strip().endsWith("까지") || UNTIL.matcher(text).region(d.end(), text.length()).lookingAt();
    }

    /** "연말까지", "올해 말까지", "하반기까지": what is due by the end of a year is due in its last month. */
    static PartialDate dueDate(DateMention d) {
        PartialDate date = d.resolved();
        boolean yearEnd = date.precision() == Precision.YEAR && date.qualifier() == Qualifier.LATE
                && (d.text().contains("말") || d.text().contains("하반기"));
        return yearEnd ? PartialDate.ofMonth(date.year(), 12) : date;
    }
}
