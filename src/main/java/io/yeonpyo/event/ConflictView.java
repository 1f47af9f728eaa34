package io.yeonpyo.event;

import io.yeonpyo.extraction.Amount;
import io.yeonpyo.extraction.Conflict;
import io.yeonpyo.extraction.PartialDate;
import java.util.List;
import java.util.Map;

/**
 * Sources that disagree on one value of an event, as readers see it: each side's reading, how it was written and
 * the outlets that say so. The pages word it in the reader's language.
 *
 * @param moreSides how many further readings there are beyond those listed
 */
public record ConflictView(Conflict.Kind kind, List<Side> sides, int moreSides) {

    public ConflictView {
        sides = List.copyOf(sides);
    }

    /**
     * @param date        this side's date (a date conflict), else null
     * @param amount      this side's amount (an amount conflict), else null
     * @param quote       how its first article wrote it, or null
     * @param outlets     who says so: each article's outlet, else its title, else its id; no name twice
     * @param moreSources how many further articles say so
     */
    public record Side(PartialDate date, Amount amount, String quote, List<String> outlets, int moreSources) {

        public Side {
            outlets = List.copyOf(outlets);
        }
    }

    /** @param names the name to show for an article, by article id */
    static ConflictView of(Conflict conflict, Map<String, String> names) {
        return new ConflictView(conflict.kind(), conflict.readings().stream()
                .map(r -> new Side(r.date(), r.amount(), r.quote(),
                        r.articleIds().stream().map(id -> names.getOrDefault(id, id)).distinct().toList(),
                        r.moreArticles()))
                .toList(), conflict.moreReadings());
    }
}
