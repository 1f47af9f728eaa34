package io.yeonpyo.extraction;

import java.util.List;

/**
 * Sources that disagree on one value of an event. A value, not a sentence: the pages say it in the reader's
 * language and name the outlets behind each reading.
 *
 * @param kind         which value the sources disagree on
 * @param readings     each distinct value, earliest date or first-reported amount first
 * @param moreReadings how many further readings there are beyond those listed
 */
public record Conflict(Kind kind, List<Reading> readings, int moreReadings) {

    /** At most this many readings are listed per conflict, and this many articles per reading; the rest are counted. */
    public static final int SHOWN = 5;

    public enum Kind { DATE, AMOUNT }

    public Conflict {
        readings = List.copyOf(readings);
    }

    /**
     * One side of a disagreement.
     *
     * @param date         what this side says the date is (a date conflict), else null
     * @param amount       what this side says the amount is (an amount conflict), else null
     * @param quote        how the first article on this side wrote it ("2018년", "10억달러"), or null when it gave no
     *                     expression of its own (a date carried from elsewhere)
     * @param articleIds   the articles on this side, at most {@link #SHOWN}
     * @param moreArticles how many further articles are on this side
     */
    public record Reading(PartialDate date, Amount amount, String quote, List<String> articleIds, int moreArticles) {

        public Reading {
            articleIds = List.copyOf(articleIds);
        }
    }
}
