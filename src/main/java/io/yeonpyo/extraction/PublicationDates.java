package io.yeonpyo.extraction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the publication date printed in an article's page text ("발행: 2025.06.08 06:42", "Nov 22. 2023"). */
public final class PublicationDates {

    private static final String DATE = "(?<y>\\d{4})\\s*[.\\-/년]\\s*(?<m>\\d{1,2})\\s*[.\\-/월]\\s*(?<d>\\d{1,2})(?!\\d)";
    /** "발행: 2025.06.08", "기사입력 2024.07.10.", "입력 2023-01-24 11:15", "승인 2024.07.10". */
    private static final Pattern LABELED = Pattern.compile(
            "(?<label>최초\\s*입력|기사\\s*입력|최종\\s*수정|발행|입력|승인|등록|게재|수정|업데이트)\\s*(?:일시?)?\\s*[:：]?\\s*" + DATE);
    private static final Pattern BYLINE = Pattern.compile(DateExpressions.ENGLISH_DATE);
    /** A bare "2024.07.10 18:09": the clock time makes it a page timestamp rather than a date in prose. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?<![\\d.])(?<y>\\d{4})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<d>\\d{1,2})\\.?\\s+\\d{1,2}:\\d{2}(?!\\d)");
    /** Earlier in this list = the better label: the first publication beats approval, approval beats an edit. */
    private static final List<String> LABEL_RANKS = List.of("발행", "입력", "게재", "등록", "승인", "업데이트", "수정");

    private PublicationDates() {
    }

    public static Optional<PartialDate> findPrinted(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return labeled(text)
                .or(() -> first(BYLINE.matcher(text), true))
                .or(() -> first(TIMESTAMP.matcher(text), false));
    }

    /** The date next to the best-ranked label; the first one on a tie. */
    private static Optional<PartialDate> labeled(String text) {
        Matcher m = LABELED.matcher(text);
        Optional<PartialDate> best = Optional.empty();
        int bestRank = Integer.MAX_VALUE;
        while (m.find()) {
            Optional<PartialDate> date = date(m, false);
            int rank = rank(m.group("label"));
            if (date.isPresent() && rank < bestRank) {
                best = date;
                bestRank = rank;
            }
        }
        return best;
    }

    /** "기사입력" and "최초입력" rank as 입력, "최종수정" as 수정. */
    private static int rank(String label) {
        for (int i = 0; i < LABEL_RANKS.size(); i++) {
            if (label.contains(LABEL_RANKS.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("LABELED matched a label missing from LABEL_RANKS: " + label);
    }

    private static Optional<PartialDate> first(Matcher m, boolean englishMonth) {
        while (m.find()) {
            Optional<PartialDate> date = date(m, englishMonth);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> date(Matcher m, boolean englishMonth) {
        int year = Integer.parseInt(m.group("y"));
        int month = englishMonth ? DateResolvers.englishMonth(m.group("mon")) : Integer.parseInt(m.group("m"));
        int day = Integer.parseInt(m.group("d"));
        if (!DateResolvers.isYear(year) || !DateResolvers.isRealDate(year, month, day)) {
            return Optional.empty();
        }
        return Optional.of(PartialDate.ofDay(year, month, day));
    }
}
