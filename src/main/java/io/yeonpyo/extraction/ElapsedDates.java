package io.yeonpyo.extraction;

import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Dates told as a count: "닷새 만에", "넉 달 뒤", "3년 만에" count from the date the text gave before; "2년 전",
 * "석 달 전" count back from the publication. What is counted is reported, so it lies before the publication: a count
 * that would land after it starts from an act the text did not date, and resolves to nothing.
 */
final class ElapsedDates {

    private ElapsedDates() {
    }

    /** Korean counts of days, months and years: native numbers are written before 달 and 해 ("넉 달", "두 해"). */
    private static final String NUMBER = "(?<n>한|두|석|세|넉|네|다섯|여섯|일곱|여덟|아홉|열한|열두|열|\\d{1,2})";
    private static final String NOT_INSIDE_A_WORD = "(?<![가-힣\\d.,])";
    private static final String WORD_ENDS = "(?=에|이|의|[^가-힣]|$)";

    /** "닷새 만에", "3일 만", "며칠 만", "사흘 뒤". */
    static final String DAYS = NOT_INSIDE_A_WORD
            + "(?<n>닷새|사흘|이틀|나흘|엿새|열흘|보름|하루|며칠|\\d{1,3}\\s*일)\\s*(?:만|뒤|후)" + WORD_ENDS;
    /** "넉 달 뒤", "6개월 만에", "3년 후", "두 해 뒤". */
    static final String MONTHS_OR_YEARS = NOT_INSIDE_A_WORD + NUMBER + "\\s*(?<unit>달|개월|년|해)\\s*(?:만|뒤|후)"
            + WORD_ENDS;
    /** "2년 전", "석 달 전에", "6개월 전의". */
    static final String AGO = NOT_INSIDE_A_WORD + NUMBER + "\\s*(?<unit>달|개월|년|해)\\s*전(?=에|의|[^가-힣]|$)";

    private static final Map<String, Integer> DAY_COUNTS = Map.of(
            "하루", 1, "이틀", 2, "사흘", 3, "나흘", 4, "닷새", 5, "엿새", 6, "열흘", 10, "보름", 15);
    private static final Map<String, Integer> NATIVE_NUMBERS = Map.ofEntries(Map.entry("한", 1), Map.entry("두", 2),
            Map.entry("석", 3), Map.entry("세", 3), Map.entry("넉", 4), Map.entry("네", 4), Map.entry("다섯", 5),
            Map.entry("여섯", 6), Map.entry("일곱", 7), Map.entry("여덟", 8), Map.entry("아홉", 9), Map.entry("열", 10),
            Map.entry("열한", 11), Map.entry("열두", 12));

    /** "닷새 만", "3일 만", "며칠 만": counted from the previous date in the article. */
    static DateOutcome days(Matcher m, DateAnchor anchor) {
        PartialDate context = anchor.context();
        String count = DateResolvers.compact(m.group("n"));
        if (context == null) {
            return DateOutcome.failed("noPreviousDate");
        }
        DateBasis basis = new DateBasis("previous", context);
        if (count.equals("며칠")) {
            if (context.precision() == Precision.YEAR) {
                return DateOutcome.failed("previousYearOnly");
            }
            return DateOutcome.relative(PartialDate.ofMonth(context.year(), context.month()), basis,
                    Derivation.of("note.someDaysLater"));
        }
        if (context.precision() != Precision.DAY) {
            return DateOutcome.failed("previousNotDay");
        }
        int days = DAY_COUNTS.containsKey(count) ? DAY_COUNTS.get(count) : Integer.parseInt(count.replace("일", ""));
        return beforePublication(PartialDate.of(context.firstDay().plusDays(days)), basis, anchor);
    }

    /** "넉 달 뒤", "3년 만에": counted from the previous date in the article, at the precision of the count. */
    static DateOutcome monthsOrYears(Matcher m, DateAnchor anchor) {
        PartialDate context = anchor.context();
        if (context == null) {
            return DateOutcome.failed("noPreviousDate");
        }
        DateBasis basis = new DateBasis("previous", context);
        int count = count(m.group("n"));
        if (isYears(m.group("unit"))) {
            return beforePublication(PartialDate.ofYear(context.year() + count), basis, anchor);
        }
        if (context.precision() == Precision.YEAR) {
            return DateOutcome.failed("previousYearOnly");
        }
        YearMonth month = YearMonth.of(context.year(), context.month()).plusMonths(count);
        return beforePublication(PartialDate.ofMonth(month.getYear(), month.getMonthValue()), basis, anchor);
    }

    /** "2년 전", "석 달 전": counted back from the publication, at the precision of the count. */
    static DateOutcome ago(Matcher m, DateAnchor anchor) {
        PartialDate pub = anchor.published();
        if (pub == null) {
            return DateOutcome.unknownPublication();
        }
        int count = count(m.group("n"));
        DateBasis basis = DateBasis.publication(pub);
        if (isYears(m.group("unit"))) {
            return DateOutcome.relative(PartialDate.ofYear(pub.year() - count), basis, null);
        }
        if (pub.precision() == Precision.YEAR) {
            return DateOutcome.failed("publicationYearOnly", pub.iso());
        }
        YearMonth month = YearMonth.of(pub.year(), pub.month()).minusMonths(count);
        return DateOutcome.relative(PartialDate.ofMonth(month.getYear(), month.getMonthValue()), basis, null);
    }

    /**
     * Whether a unit of months or years (달, 월, 년, 해) stands right before one of {@code after}'s letters, a space
     * allowed between: a cheap test that a sentence may hold "넉 달 뒤" or "2년 전" before any pattern is tried.
     */
    static boolean countFollowedBy(String sentence, String after) {
        for (char unit : UNITS) {
            for (int i = sentence.indexOf(unit); i >= 0 && i + 1 < sentence.length(); i = sentence.indexOf(unit, i + 1)) {
                int next = sentence.charAt(i + 1) == ' ' && i + 2 < sentence.length() ? i + 2 : i + 1;
                if (after.indexOf(sentence.charAt(next)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final char[] UNITS = {'달', '월', '년', '해'};

    private static boolean isYears(String unit) {
        return unit.equals("년") || unit.equals("해");
    }

    private static int count(String number) {
        return NATIVE_NUMBERS.getOrDefault(number, number.chars().allMatch(Character::isDigit)
                ? Integer.parseInt(number) : 0);
    }

    /**
     * What happened "넉 달 뒤" is reported, so it lies before the publication: a later date means the count starts
     * from an act the text did not date, not from the date it gave last.
     */
    private static DateOutcome beforePublication(PartialDate date, DateBasis basis, DateAnchor anchor) {
        if (anchor.published() != null && date.firstDay().isAfter(anchor.published().lastDay())) {
            return DateOutcome.failed("afterPublication");
        }
        return DateOutcome.relative(date, basis, null);
    }
}
