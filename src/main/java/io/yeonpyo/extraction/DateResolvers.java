package io.yeonpyo.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * What each kind of date expression {@link DateExpressions} finds denotes: the pattern is one job, the arithmetic of
 * years, months, weeks and days against the publication or the date before is another, and each is easier to read
 * without the other. Relative dates land on the nearest such date on or before the publication, after "오는" on or
 * after it; nothing is padded.
 */
final class DateResolvers {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private static final Map<String, Integer> YEAR_OFFSETS = Map.of(
            "재작년", -2, "지난해", -1, "작년", -1, "올해", 0, "금년", 0, "올", 0, "내년", 1);
    private static final Map<String, Integer> MONTH_OFFSETS = Map.of("지난달", -1, "이달", 0, "이번달", 0, "다음달", 1);
    private static final Map<String, Qualifier> PART_QUALIFIERS = Map.ofEntries(
            Map.entry("초", Qualifier.EARLY), Map.entry("초순", Qualifier.EARLY), Map.entry("초반", Qualifier.EARLY),
            Map.entry("연초", Qualifier.EARLY), Map.entry("상반기", Qualifier.EARLY), Map.entry("봄", Qualifier.EARLY),
            Map.entry("중순", Qualifier.MID), Map.entry("중반", Qualifier.MID), Map.entry("여름", Qualifier.MID),
            Map.entry("말", Qualifier.LATE), Map.entry("하순", Qualifier.LATE), Map.entry("후반", Qualifier.LATE),
            Map.entry("연말", Qualifier.LATE), Map.entry("하반기", Qualifier.LATE), Map.entry("가을", Qualifier.LATE),
            Map.entry("겨울", Qualifier.LATE));
    /** PartialDate splits a year in thirds (1-4, 5-8, 9-12월); these words only approximately fit one. */
    private static final Map<String, Derivation> PART_NOTES = Map.of(
            "상반기", Derivation.of("note.firstHalf"),
            "하반기", Derivation.of("note.secondHalf"),
            "봄", Derivation.of("note.spring"),
            "여름", Derivation.of("note.summer"),
            "가을", Derivation.of("note.autumn"),
            "겨울", Derivation.of("note.winter"));
    private static final String[] WEEKDAYS = {"월", "화", "수", "목", "금", "토", "일"};

    private DateResolvers() {
    }

    // ---- resolvers ---------------------------------------------------------------------------------------------

    /** "2023년 11월 17일", "작년 8월 말", "지난 5월", "11월 20일". */
    static DateOutcome calendar(Matcher m, DateAnchor anchor) {
        int month = Integer.parseInt(m.group("m"));
        Integer day = m.group("d") == null ? null : Integer.parseInt(m.group("d"));
        Qualifier qualifier = qualifierOf(m.group("q"));
        if (m.group("y") != null) {
            int year = Integer.parseInt(m.group("y"));
            return isYear(year) ? DateOutcome.absolute(monthOrDay(year, month, day, qualifier), null) : null;
        }
        if (m.group("ry") != null) {
            PartialDate pub = anchor.published();
            if (pub == null) {
                return DateOutcome.unknownPublication();
            }
            int year = pub.year() + yearOffset(m.group("ry"));
            return DateOutcome.relative(monthOrDay(year, month, day, qualifier), DateBasis.publication(pub), null);
        }
        boolean ahead = m.group("ahead") != null;
        return day == null
                ? nearestMonth(month, qualifier, anchor.published(), ahead)
                : nearestMonthDay(month, day, anchor.published(), ahead);
    }

    /** "2019년", "지난해", "올해 초", "2026년 봄", "연말". */
    static DateOutcome year(Matcher m, DateAnchor anchor) {
        String part = m.group("q") != null ? m.group("q") : m.group("sq");
        Qualifier qualifier = qualifierOf(part);
        Derivation note = part == null ? null : PART_NOTES.get(part);
        if (m.group("y") != null) {
            int year = Integer.parseInt(m.group("y"));
            return isYear(year) ? DateOutcome.absolute(PartialDate.ofYear(year).withQualifier(qualifier), note) : null;
        }
        PartialDate pub = anchor.published();
        if (pub == null) {
            return DateOutcome.unknownPublication();
        }
        int offset = m.group("ry") == null ? 0 : yearOffset(m.group("ry")); // "연말" alone: the publication year
        return DateOutcome.relative(PartialDate.ofYear(pub.year() + offset).withQualifier(qualifier), DateBasis.publication(pub), note);
    }

    /** "지난달", "이달 초", "이번 달". */
    static DateOutcome relativeMonth(Matcher m, DateAnchor anchor) {
        PartialDate pub = anchor.published();
        DateOutcome missing = requirePublication(pub, Precision.MONTH);
        if (missing != null) {
            return missing;
        }
        YearMonth month = YearMonth.of(pub.year(), pub.month()).plusMonths(MONTH_OFFSETS.get(compact(m.group("rm"))));
        if (m.group("d") != null) {
            int day = Integer.parseInt(m.group("d"));
            return isRealDate(month.getYear(), month.getMonthValue(), day)
                    ? DateOutcome.relative(PartialDate.ofDay(month.getYear(), month.getMonthValue(), day),
                    DateBasis.publication(pub), null)
                    : DateOutcome.failed("noSuchDay", month.toString(), String.valueOf(day));
        }
        PartialDate date = PartialDate.ofMonth(month.getYear(), month.getMonthValue())
                .withQualifier(qualifierOf(m.group("q")));
        return DateOutcome.relative(date, DateBasis.publication(pub), null);
    }

    /** "지난주", "이번 주": there is no week precision, so the month holding that week stands in for it. */
    static DateOutcome relativeWeek(Matcher m, DateAnchor anchor) {
        PartialDate pub = anchor.published();
        DateOutcome missing = requirePublication(pub, Precision.MONTH);
        if (missing != null) {
            return missing;
        }
        boolean lastWeek = compact(m.group("rw")).equals("지난주");
        if (pub.precision() != Precision.DAY) {
            Derivation note = Derivation.of(lastWeek ? "note.lastWeekAsMonth" : "note.thisWeekAsMonth");
            return DateOutcome.relative(PartialDate.ofMonth(pub.year(), pub.month()), DateBasis.publication(pub), note);
        }
        LocalDate day = pub.firstDay().minusDays(lastWeek ? 7 : 0);
        Derivation note = Derivation.of(lastWeek ? "note.lastWeekAsMonthOf" : "note.thisWeekAsMonthOf", day.toString());
        return DateOutcome.relative(PartialDate.ofMonth(day.getYear(), day.getMonthValue()), DateBasis.publication(pub), note);
    }

    /** "금요일", "지난주 금요일", "일요일(19일)": a day in parentheses is more exact than the weekday. */
    static DateOutcome weekday(Matcher m, DateAnchor anchor) {
        boolean ahead = m.group("ahead") != null;
        if (m.group("d") != null) {
            return nearestDay(Integer.parseInt(m.group("d")), anchor.published(), ahead);
        }
        PartialDate pub = anchor.published();
        DateOutcome missing = requirePublication(pub, Precision.DAY);
        if (missing != null) {
            return missing;
        }
        DayOfWeek weekday = DayOfWeek.of(List.of(WEEKDAYS).indexOf(m.group("w")) + 1);
        LocalDate published = pub.firstDay();
        LocalDate date;
        if (m.group("rw") != null) {
            date = published.with(DayOfWeek.MONDAY).minusWeeks(compact(m.group("rw")).equals("지난주") ? 1 : 0).with(weekday);
        } else {
            date = published.with(ahead ? TemporalAdjusters.nextOrSame(weekday) : TemporalAdjusters.previousOrSame(weekday));
        }
        return DateOutcome.relative(PartialDate.of(date), DateBasis.publication(pub), null);
    }

    /** "29일", "29일(현지시간)", "현지시간 16일". */
    static DateOutcome dayOnly(Matcher m, DateAnchor anchor) {
        return nearestDay(Integer.parseInt(m.group("d")), anchor.published(), m.group("ahead") != null);
    }

    /** "이날", "전날", "이튿날", "그해 12월", "같은 해 7월", "이듬해", "같은 달": counted from the date before. */
    static DateOutcome anaphoric(Matcher m, DateAnchor anchor) {
        String word = compact(m.group("an"));
        PartialDate before = anchor.context();
        boolean dayWord = word.endsWith("날") || word.equals("당일") || word.equals("전일");
        if (dayWord) {
            // with a coarser date before it, the day last told; with no day told at all, "이날" is the day of the
            // report itself
            PartialDate told = before != null && before.precision() == Precision.DAY ? before : anchor.lastDay();
            PartialDate day = told != null ? told
                    : anchor.published() != null && anchor.published().precision() == Precision.DAY
                    ? anchor.published() : null;
            if (day == null) {
                return DateOutcome.failed("noReferent");
            }
            int offset = switch (word) {
                case "전날", "전일" -> -1;
                case "이튿날", "다음날" -> 1;
                default -> 0;
            };
            DateBasis basis = new DateBasis(day == told ? "previous" : "publicationDay", day);
            return DateOutcome.relative(PartialDate.of(day.firstDay().plusDays(offset)), basis, null);
        }
        if (before == null) {
            return DateOutcome.failed("noReferent");
        }
        DateBasis basis = new DateBasis("previous", before);
        if (word.equals("당시")) {
            return DateOutcome.relative(before, basis, null);
        }
        if (word.endsWith("달")) {
            if (before.precision() == Precision.YEAR) {
                return DateOutcome.failed("previousYearOnly");
            }
            // "같은 달 17일": a day of that month
            return m.group("dm") == null ? DateOutcome.relative(PartialDate.ofMonth(before.year(), before.month()), basis, null)
                    : DateOutcome.relative(PartialDate.ofDay(before.year(), before.month(), Integer.parseInt(m.group("dm"))),
                    basis, null);
        }
        int year = before.year() + (word.equals("이듬해") ? 1 : 0);
        if (m.group("m") == null) {
            return DateOutcome.relative(PartialDate.ofYear(year), basis, null);
        }
        int month = Integer.parseInt(m.group("m"));
        Integer day = m.group("d") == null ? null : Integer.parseInt(m.group("d"));
        return DateOutcome.relative(monthOrDay(year, month, day, null), basis, null);
    }

    /** "2025.06.08", "2024-03-07 11:15". */
    static DateOutcome numeric(Matcher m, DateAnchor anchor) {
        return absoluteDay(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
    }

    /** "Nov 22. 2023". */
    static DateOutcome english(Matcher m, DateAnchor anchor) {
        return absoluteDay(Integer.parseInt(m.group("y")), englishMonth(m.group("mon")), Integer.parseInt(m.group("d")));
    }

    /** A malformed numeric date ("2025.13.45") is not a date at all: rejected, not reported. */
    private static DateOutcome absoluteDay(int year, int month, int day) {
        if (!isYear(year) || !isRealDate(year, month, day)) {
            return null;
        }
        return DateOutcome.absolute(PartialDate.ofDay(year, month, day), null);
    }

    // ---- the nearest date on or before publication, or on or after it after "오는" --------------------------------

    /** "5월": this year's unless it comes after the publication month, then last year's ("오는 5월": mirrored). */
    private static DateOutcome nearestMonth(int month, Qualifier qualifier, PartialDate pub, boolean ahead) {
        DateOutcome missing = requirePublication(pub, Precision.MONTH);
        if (missing != null) {
            return missing;
        }
        int year = pub.year();
        if (ahead ? month < pub.month() : month > pub.month()) {
            year += ahead ? 1 : -1;
        }
        return DateOutcome.relative(PartialDate.ofMonth(year, month).withQualifier(qualifier), DateBasis.publication(pub), null);
    }

    /** "11월 20일", "2월 29일": the latest such date on or before publication ("오는": the earliest on or after). */
    private static DateOutcome nearestMonthDay(int month, int day, PartialDate pub, boolean ahead) {
        MonthDay monthDay = MonthDay.of(month, day); // throws for 2월 30일
        DateOutcome missing = requirePublication(pub, Precision.MONTH);
        if (missing != null) {
            return missing;
        }
        // Same month as a month-precise publication: we can only assume the order relative to publication.
        Derivation note = pub.precision() == Precision.MONTH && month == pub.month()
                ? Derivation.of("note.withinPublicationMonth") : null;
        LocalDate bound = ahead ? pub.firstDay() : pub.lastDay();
        int step = ahead ? 1 : -1;
        int year = bound.getYear();
        while (!monthDay.isValidYear(year) || !inDirection(monthDay.atYear(year), bound, ahead)) {
            year += step; // at most 8 steps, for 29 February
        }
        return DateOutcome.relative(PartialDate.of(monthDay.atYear(year)), DateBasis.publication(pub), note);
    }

    /** "29일": the publication month's if not after the publication day, else the month before ("오는": mirrored). */
    private static DateOutcome nearestDay(int day, PartialDate pub, boolean ahead) {
        DateOutcome missing = requirePublication(pub, Precision.MONTH);
        if (missing != null) {
            return missing;
        }
        if (pub.precision() == Precision.MONTH) {
            return DateOutcome.relative(PartialDate.ofDay(pub.year(), pub.month(), day), DateBasis.publication(pub),
                    Derivation.of("note.dayOfPublicationMonth"));
        }
        int step = ahead ? 1 : -1;
        YearMonth month = YearMonth.of(pub.year(), pub.month());
        if (ahead ? day < pub.day() : day > pub.day()) {
            month = month.plusMonths(step);
        }
        while (!month.isValidDay(day)) {
            month = month.plusMonths(step); // "31일" next to a 30-day month
        }
        return DateOutcome.relative(PartialDate.of(month.atDay(day)), DateBasis.publication(pub), null);
    }

    private static boolean inDirection(LocalDate date, LocalDate bound, boolean ahead) {
        return ahead ? !date.isBefore(bound) : !date.isAfter(bound);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A failure when the publication date is missing or coarser than needed, else null. */
    private static DateOutcome requirePublication(PartialDate pub, Precision needed) {
        if (pub == null) {
            return DateOutcome.unknownPublication();
        }
        if (pub.precision().ordinal() >= needed.ordinal()) {
            return null;
        }
        return DateOutcome.failed(pub.precision() == Precision.YEAR ? "publicationYearOnly" : "publicationMonthOnly",
                pub.iso());
    }

    private static PartialDate monthOrDay(int year, int month, Integer day, Qualifier qualifier) {
        return day == null ? PartialDate.ofMonth(year, month).withQualifier(qualifier) : PartialDate.ofDay(year, month, day);
    }

    private static Qualifier qualifierOf(String part) {
        return part == null ? null : PART_QUALIFIERS.get(part);
    }

    private static int yearOffset(String word) {
        return YEAR_OFFSETS.get(compact(word));
    }

    static String compact(String word) {
        return word.replaceAll("\\s", "");
    }

    static boolean isYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    static boolean isRealDate(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && YearMonth.of(year, month).isValidDay(day);
    }

    /** "Nov", "November", "Sept" → 11, 11, 9. */
    static int englishMonth(String name) {
        String prefix = name.substring(0, 3).toLowerCase();
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(prefix) + 1;
    }
}
