package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The amount an act moved: the sum in the trigger's predicate, never a running total or a valuation told next to
 * it ("2019년부터 약 18조 원을 투자", "기업가치 1570억 달러"); for investments and acquisitions money before a share.
 */
final class ActAmounts {

    private final AmountParser amounts;

    ActAmounts(AmountParser amounts) {
        this.amounts = amounts;
    }

    /**
     * Words just before an amount that make it a running total, a valuation or a price per share rather than what one
     * act moved.
     */
    private static final int TOTAL_REACH = 20;
    private static final Pattern TOTAL_OR_VALUE = Pattern.compile(
            "(\\d+\\s*년|\\d+\\s*월|지난해|작년|올해)\\s*(부터|이후|이래)|지금까지|그동안|현재까지|누적|총\\s|총액|합계|모두|통틀어"
                    + "|기업\\s?가치|가치는|가치가|시가총액|몸값|평가액|주당");
    /** Words just after an amount that make it a valuation: "1천830억달러의 기업가치를 인정받으며". */
    private static final Pattern VALUE_AFTER = Pattern.compile("^\\s*(\\([^)]*\\)\\s*)?(의\\s*)?(기업\\s?가치|가치|몸값|시가총액)");

    /** The amount in the clause; money before a percentage for investments and acquisitions. */
    Amount of(String clause, EventType type) {
        List<Amount> found = new ArrayList<>();
        int previousEnd = 0;
        for (var m : amounts.find(clause)) {
            // "2019년부터 약 18조 원을 투자", "기업가치 1570억 달러": a total or a valuation is no single act's amount;
            // the words that say so stand between this amount and the one before it
            int from = Math.max(previousEnd, m.start() - TOTAL_REACH);
            if (!TOTAL_OR_VALUE.matcher(clause.substring(Math.min(from, m.start()), m.start())).find()
                    && !VALUE_AFTER.matcher(clause).region(m.end(), clause.length()).lookingAt()) {
                found.add(m.amount());
            }
            previousEnd = m.end();
        }
        if (found.isEmpty()) {
            return null;
        }
        if (type == EventType.INVESTMENT || type == EventType.ACQUISITION) {
            return found.stream().filter(Amount::isMoney).findFirst().orElse(found.get(0));
        }
        return found.get(0);
    }
}
