package io.yeonpyo.extraction;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Korean date expressions ("2019년", "지난달 초순", "29일(현지시간)", "닷새 만") in a sentence and resolves
 * them against the article's publication date. Relative expressions are resolved to the most recent matching
 * date on or before publication, because news reports mostly what already happened; after "오는" to the nearest
 * one on or after it. Nothing is padded: "5월" stays a month, "지난주" becomes the month holding that week.
 */
final class DateExpressions {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    // ---- regex building blocks -------------------------------------------------------------------------------

    private static final String WORD_START = "(?<![가-힣])";
    /** Keeps "1,000억" or "4.5" from yielding a month or day out of their tail digits. */
    private static final String NUMBER_START = "(?<![\\d.,])";
    /** A short word such as 초 or 말 counts only before a particle or a non-letter: "2024년 초대 CEO" is no date. */
    private static final String WORD_END = "(?:(?![가-힣])|(?=에|의|부터|까지|께|경|쯤|엔|이|은|는|인|을|로))";
    private static final String PAST = WORD_START + "지난\\s*";
    /** "오는 15일", "오는 5월": the next such date on or after publication instead of the last one. */
    private static final String AHEAD = WORD_START + "(?<ahead>오는)\\s*";
    /** "지난 2015년", "오는 2026년": the word adds nothing to an absolute year but belongs to the expression. */
    private static final String ABSOLUTE_YEAR = "(?:" + WORD_START + "(?:지난|오는)\\s*)?" + NUMBER_START + "(?<y>\\d{4})\\s*년";
    private static final String MONTH = NUMBER_START + "(?<m>1[0-2]|0?[1-9])\\s*월";
    /** "3일간", "3일째", "3일 만", "3일 전" are durations or offsets, not a day of the month. */
    private static final String DAY = NUMBER_START + "(?<d>3[01]|[12]\\d|0?[1-9])\\s*일"
            + "(?!\\s*(?:간|째|동안|만|치|분)|\\s*(?:전|후|뒤)(?:에|[^가-힣]|$))";
    private static final String LOCAL_TIME_AFTER = "(?:\\s*\\(\\s*(?:이하\\s*)?현지\\s*시(?:간|각)\\s*\\))";
    private static final String LOCAL_TIME_BEFORE = "(?:현지\\s*시(?:간|각)(?:으로)?\\s*)";
    private static final String CLOCK = "(?:\\s*(?:오전|오후|새벽|아침|저녁|밤|낮)?\\s*\\d{1,2}\\s*시(?!간)(?:\\s*\\d{1,2}\\s*분)?"
            + "|\\s+\\d{1,2}:\\d{2})";
    private static final String MONTH_PARTS = "초순|초반|중순|중반|하순|후반|초|말";
    private static final String YEAR_PARTS = "상반기|하반기|연초|연말|초반|중반|후반|초|말|봄|여름|가을|겨울";
    private static final String WEEK = WORD_START + "(?<rw>지난\\s?주|이번\\s?주)";

    /** Numeric date "2025.06.08", "2024-03-07", "2024. 7. 10". */
    private static final String NUMERIC_DATE = "(?<![\\d.\\-/])(?<y>\\d{4})(?<sep>[.\\-/])\\s?(?<m>\\d{1,2})\\k<sep>\\s?(?<d>\\d{1,2})"
            + "(?![\\d\\-/]|\\.\\d)";
    /** English byline date "Nov 22. 2023", "November 22, 2023"; shared with {@link PublicationDates}. */
    static final String ENGLISH_DATE = "(?<![A-Za-z])(?<mon>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?\\s+(?<d>\\d{1,2})"
            + "(?:st|nd|rd|th)?[.,]?\\s+(?<y>\\d{4})(?!\\d)";

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

    /** "2023년 11월 17일 오전 3시52분", "작년 8월 말", "지난 5월", "오는 12월 1일", "11월 20일(현지시간)". */
    private static final String CALENDAR = "(?:" + ABSOLUTE_YEAR + "\\s*|" + relativeYear("\\d") + "\\s*|" + PAST + "|" + AHEAD + ")?"
            + MONTH + "(?:\\s*" + DAY + LOCAL_TIME_AFTER + "?" + CLOCK + "?|\\s*(?<q>" + MONTH_PARTS + ")" + WORD_END + ")?";
    /** "2019년", "지난해", "올해 초", "2026년 봄", and "연말" or "상반기" alone for the publication year. */
    private static final String YEAR = "(?:" + ABSOLUTE_YEAR + "(?!대|간)|" + relativeYear("(?:" + YEAR_PARTS + ")" + WORD_END) + ")"
            + "(?:\\s*(?<q>" + YEAR_PARTS + ")" + WORD_END + ")?"
            + "|" + WORD_START + "(?<sq>연초|연말|상반기|하반기)" + WORD_END;
    /** "지난달 초순", "이번 달", "다음 달", "지난달 14일(현지시간)": a day after the month is a day of that month. */
    private static final String RELATIVE_MONTH = WORD_START + "(?<rm>지난\\s?달|이번\\s?달|이달|다음\\s?달)"
            + "(?:\\s*(?<q>" + MONTH_PARTS + ")" + WORD_END + "|\\s*" + DAY + LOCAL_TIME_AFTER + "?)?";
    /** "금요일", "지난주 금요일", "오는 금요일", "일요일(19일)"; "매주 금요일" is every Friday, not one. */
    private static final String WEEKDAY = "(?:" + WEEK + "\\s*|" + PAST + "|" + AHEAD + ")?(?<!매주\\s)" + WORD_START
            + "(?<w>[월화수목금토일])요일(?:\\s*\\(\\s*" + DAY + "\\s*\\))?";
    /** "29일", "지난 20일", "오는 15일", "29일(현지시간)", "현지시간 16일"; "주 5일 근무" counts days, names none. */
    private static final String DAY_ALONE = "(?:" + PAST + "|" + AHEAD + "|" + LOCAL_TIME_BEFORE + ")?(?<!주\\s?)" + DAY
            + LOCAL_TIME_AFTER + "?";

    /**
     * "당시" alone (at that time) is the date the text gave last; after a noun it is the time of that noun ("설립
     * 당시"), which is no date the text gave.
     */
    private static final String AT_THAT_TIME = "(?<![가-힣&&[^은는이가도고며서]]\\s)당시";

    /**
     * "이날", "전날", "이튿날", "그해 12월", "같은 해 7월", "이듬해", "같은 달", "그달 17일": a date that refers back to
     * the date the text last gave, not to the publication.
     */
    private static final String ANAPHORA = WORD_START + "(?<an>이날|당일|그날|같은\\s?날|전날|전일|이튿날|다음\\s?날|그\\s?해|같은\\s?해"
            + "|이듬해|그\\s?달|같은\\s?달|" + AT_THAT_TIME + ")(?!\\s?[가-힣]*(?:마다|까지))"
            + "(?:\\s*" + MONTH + "(?:\\s*" + DAY + ")?|\\s*" + DAY.replace("<d>", "<dm>") + ")?"
            + "(?=[^가-힣]|에|의|엔|부터|은|는|$|\\s)";

    // Each rule has a gate, letters every match must contain: a sentence without them is not scanned by the rule at
    // all. And each rule names the letters a match can start with (a digit stands for all ten): the regex is tried
    // only at those offsets instead of at every one.
    /** Its own rule, since a date that refers back is resolved again against a date before it in the sentence. */
    private static final Rule ANAPHORA_RULE = new Rule(ANAPHORA, DateExpressions::anaphoric,
            s -> containsAny(s, "날", "해", "달", "당일", "전일", "당시"), "이당그전다같");
    private static final Rule DAYS_LATER_RULE = new Rule(ElapsedDates.DAYS, ElapsedDates::days,
            s -> containsAny(s, "만", "뒤", "후"), "0닷사이나엿열보하며");
    private static final Rule MONTHS_OR_YEARS_LATER_RULE = new Rule(ElapsedDates.MONTHS_OR_YEARS,
            ElapsedDates::monthsOrYears, s -> ElapsedDates.countFollowedBy(s, "만뒤후"), "0한두석세넉네다여일아열");
    /** Rules whose dates count from the date before them, resolved again against one given earlier in the sentence. */
    private static final List<Rule> REFERRING_BACK = List.of(ANAPHORA_RULE, DAYS_LATER_RULE,
            MONTHS_OR_YEARS_LATER_RULE);

    private static final List<Rule> RULES = List.of(
            new Rule(CALENDAR, DateExpressions::calendar, s -> hasDigit(s) && s.indexOf('월') >= 0, "0지오재작올금내"),
            new Rule(YEAR, DateExpressions::year, s -> containsAny(s, "년", "해", "올", "연초", "연말", "반기"),
                    "0지오재작올금내연상하"),
            new Rule(RELATIVE_MONTH, DateExpressions::relativeMonth, s -> s.indexOf('달') >= 0, "지이다"),
            new Rule(WEEK + WORD_END, DateExpressions::relativeWeek, s -> s.indexOf('주') >= 0, "지이"),
            new Rule(WEEKDAY, DateExpressions::weekday, s -> s.contains("요일"), "지이오월화수목금토일"),
            new Rule(DAY_ALONE, DateExpressions::dayOnly, s -> hasDigit(s) && s.indexOf('일') >= 0, "0지오현"),
            DAYS_LATER_RULE,
            MONTHS_OR_YEARS_LATER_RULE,
            new Rule(ElapsedDates.AGO, ElapsedDates::ago, s -> ElapsedDates.countFollowedBy(s, "전"),
                    "0한두석세넉네다여일아열"),
            ANAPHORA_RULE,
            new Rule(NUMERIC_DATE + "(?:\\s+\\d{1,2}:\\d{2})?", DateExpressions::numeric,
                    s -> hasDigit(s) && containsAny(s, ".", "-", "/"), "0"),
            new Rule(ENGLISH_DATE, DateExpressions::english, DateExpressions::hasDigit, "JFMASOND"));

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, String... parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private DateExpressions() {
    }

    /**
     * All date expressions in the sentence, left to right, non-overlapping (longest match wins).
     *
     * @param publishedOn article publication (YEAR/MONTH/DAY precision) or null when unknown
     * @param contextDate the most recent resolved date earlier in the article (for "닷새 만"), or null
     */
    static List<DateMention> find(String sentence, PartialDate publishedOn, PartialDate contextDate) {
        return find(sentence, publishedOn, contextDate, null);
    }

    /**
     * The same, with the time the paragraph has set ({@link NarrativeFrames}): bare months and days are placed in it,
     * and dates counted from them count from there.
     */
    static List<DateMention> find(String sentence, PartialDate publishedOn, PartialDate contextDate,
                                  PartialDate frame) {
        if (sentence == null || sentence.isEmpty()) {
            return List.of();
        }
        Anchor anchor = new Anchor(publishedOn, contextDate);
        List<DateMention> candidates = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.gate().test(sentence)) {
                continue;
            }
            // the same matches as find(): leftmost first, the next one searched from the end of the previous
            Matcher matcher = rule.pattern().matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = 0; i < sentence.length(); i++) {
                if (!rule.mayStartWith(sentence.charAt(i))) {
                    continue;
                }
                matcher.region(i, sentence.length());
                if (!matcher.lookingAt()) {
                    continue;
                }
                Outcome outcome = resolveSafely(rule, matcher, anchor);
                if (outcome != null) {
                    candidates.add(outcome.toMention(sentence, matcher.start(), matcher.end()));
                }
                i = Math.max(i, matcher.end() - 1);
            }
        }
        return withAnaphoraResolved(sentence, longestNonOverlapping(candidates), anchor, frame);
    }

    /**
     * Each date that refers back ("같은 해 7월", "넉 달 뒤") counts from the nearest date before it: one given earlier
     * in the same sentence ("지난 2019년 3월 … 같은 해 7월"), else the one the article gave last.
     */
    private static List<DateMention> withAnaphoraResolved(String sentence, List<DateMention> mentions, Anchor anchor,
                                                          PartialDate frame) {
        List<DateMention> out = new ArrayList<>(mentions.size());
        PartialDate last = anchor.context();
        PartialDate currentFrame = frame;
        for (DateMention m : mentions) {
            DateMention resolved = m;
            for (Rule rule : last == anchor.context() ? List.<Rule>of() : REFERRING_BACK) {
                Matcher matcher = rule.pattern().matcher(sentence).region(m.start(), m.end());
                if (matcher.matches()) {
                    Outcome outcome = resolveSafely(rule, matcher, new Anchor(anchor.published(), last));
                    if (outcome != null) {
                        resolved = outcome.toMention(sentence, m.start(), m.end());
                    }
                    break;
                }
            }
            resolved = NarrativeFrames.place(resolved, currentFrame, anchor.published());
            currentFrame = NarrativeFrames.frameAfter(resolved, currentFrame);
            if (resolved.resolved() != null) {
                last = resolved.resolved();
            }
            out.add(resolved);
        }
        return out;
    }

    private static Outcome resolveSafely(Rule rule, Matcher matcher, Anchor anchor) {
        try {
            return rule.resolver().resolve(matcher, anchor);
        } catch (DateTimeException e) {
            // "2월 30일": written like a date, so report it, but it names no real day.
            return Outcome.failed("notInCalendar");
        }
    }

    private static List<DateMention> longestNonOverlapping(List<DateMention> candidates) {
        List<DateMention> longestFirst = new ArrayList<>(candidates);
        longestFirst.sort(Comparator.comparingInt((DateMention c) -> c.end() - c.start()).reversed()
                .thenComparingInt(DateMention::start));
        TreeMap<Integer, DateMention> chosenByStart = new TreeMap<>();
        for (DateMention candidate : longestFirst) {
            // Chosen spans are disjoint, so only the last one starting before the candidate's end can overlap it.
            Map.Entry<Integer, DateMention> before = chosenByStart.lowerEntry(candidate.end());
            if (before == null || before.getValue().end() <= candidate.start()) {
                chosenByStart.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(chosenByStart.values());
    }

    /** 지난해, 올해, ...; a bare 올 means this year only before {@code follower}: "올 3월", "올 하반기", not "올 해외". */
    private static String relativeYear(String follower) {
        return WORD_START + "(?<ry>재작년|지난해|작년|올해|올\\s해(?!외)|금년|내년|올(?=\\s*" + follower + "))";
    }

    // ---- resolvers ---------------------------------------------------------------------------------------------

    /** "2023년 11월 17일", "작년 8월 말", "지난 5월", "11월 20일". */
    private static Outcome calendar(Matcher m, Anchor anchor) {
        int month = Integer.parseInt(m.group("m"));
        Integer day = m.group("d") == null ? null : Integer.parseInt(m.group("d"));
        Qualifier qualifier = qualifierOf(m.group("q"));
        if (m.group("y") != null) {
            int year = Integer.parseInt(m.group("y"));
            return isYear(year) ? Outcome.absolute(monthOrDay(year, month, day, qualifier), null) : null;
        }
        if (m.group("ry") != null) {
            PartialDate pub = anchor.published();
            if (pub == null) {
                return Outcome.unknownPublication();
            }
            int year = pub.year() + yearOffset(m.group("ry"));
            return Outcome.relative(monthOrDay(year, month, day, qualifier), publicationBasis(pub), null);
        }
        boolean ahead = m.group("ahead") != null;
        return day == null
                ? nearestMonth(month, qualifier, anchor.published(), ahead)
                : nearestMonthDay(month, day, anchor.published(), ahead);
    }

    /** "2019년", "지난해", "올해 초", "2026년 봄", "연말". */
    private static Outcome year(Matcher m, Anchor anchor) {
        String part = m.group("q") != null ? m.group("q") : m.group("sq");
        Qualifier qualifier = qualifierOf(part);
        Derivation note = part == null ? null : PART_NOTES.get(part);
        if (m.group("y") != null) {
            int year = Integer.parseInt(m.group("y"));
            return isYear(year) ? Outcome.absolute(PartialDate.ofYear(year).withQualifier(qualifier), note) : null;
        }
        PartialDate pub = anchor.published();
        if (pub == null) {
            return Outcome.unknownPublication();
        }
        int offset = m.group("ry") == null ? 0 : yearOffset(m.group("ry")); // "연말" alone: the publication year
        return Outcome.relative(PartialDate.ofYear(pub.year() + offset).withQualifier(qualifier), publicationBasis(pub), note);
    }

    /** "지난달", "이달 초", "이번 달". */
    private static Outcome relativeMonth(Matcher m, Anchor anchor) {
        PartialDate pub = anchor.published();
        Outcome missing = requirePublication(pub, Precision.MONTH);
        if (missing != null) {
            return missing;
        }
        YearMonth month = YearMonth.of(pub.year(), pub.month()).plusMonths(MONTH_OFFSETS.get(compact(m.group("rm"))));
        if (m.group("d") != null) {
            int day = Integer.parseInt(m.group("d"));
            return isRealDate(month.getYear(), month.getMonthValue(), day)
                    ? Outcome.relative(PartialDate.ofDay(month.getYear(), month.getMonthValue(), day),
                    publicationBasis(pub), null)
                    : Outcome.failed("noSuchDay", month.toString(), String.valueOf(day));
        }
        PartialDate date = PartialDate.ofMonth(month.getYear(), month.getMonthValue())
                .withQualifier(qualifierOf(m.group("q")));
        return Outcome.relative(date, publicationBasis(pub), null);
    }

    /** "지난주", "이번 주": there is no week precision, so the month holding that week stands in for it. */
    private static Outcome relativeWeek(Matcher m, Anchor anchor) {
        PartialDate pub = anchor.published();
        Outcome missing = requirePublication(pub, Precision.MONTH);
        if (missing != null) {
            return missing;
        }
        boolean lastWeek = compact(m.group("rw")).equals("지난주");
        if (pub.precision() != Precision.DAY) {
            Derivation note = Derivation.of(lastWeek ? "note.lastWeekAsMonth" : "note.thisWeekAsMonth");
            return Outcome.relative(PartialDate.ofMonth(pub.year(), pub.month()), publicationBasis(pub), note);
        }
        LocalDate day = pub.firstDay().minusDays(lastWeek ? 7 : 0);
        Derivation note = Derivation.of(lastWeek ? "note.lastWeekAsMonthOf" : "note.thisWeekAsMonthOf", day.toString());
        return Outcome.relative(PartialDate.ofMonth(day.getYear(), day.getMonthValue()), publicationBasis(pub), note);
    }

    /** "금요일", "지난주 금요일", "일요일(19일)": a day in parentheses is more exact than the weekday. */
    private static Outcome weekday(Matcher m, Anchor anchor) {
        boolean ahead = m.group("ahead") != null;
        if (m.group("d") != null) {
            return nearestDay(Integer.parseInt(m.group("d")), anchor.published(), ahead);
        }
        PartialDate pub = anchor.published();
        Outcome missing = requirePublication(pub, Precision.DAY);
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
        return Outcome.relative(PartialDate.of(date), publicationBasis(pub), null);
    }

    /** "29일", "29일(현지시간)", "현지시간 16일". */
    private static Outcome dayOnly(Matcher m, Anchor anchor) {
        return nearestDay(Integer.parseInt(m.group("d")), anchor.published(), m.group("ahead") != null);
    }

    /** "이날", "전날", "이튿날", "그해 12월", "같은 해 7월", "이듬해", "같은 달": counted from the date before. */
    private static Outcome anaphoric(Matcher m, Anchor anchor) {
        String word = compact(m.group("an"));
        PartialDate before = anchor.context();
        boolean dayWord = word.endsWith("날") || word.equals("당일") || word.equals("전일");
        if (dayWord) {
            // with no day before it, "이날" is the day of the report itself
            PartialDate day = before != null && before.precision() == Precision.DAY ? before
                    : anchor.published() != null && anchor.published().precision() == Precision.DAY
                    ? anchor.published() : null;
            if (day == null) {
                return Outcome.failed("noReferent");
            }
            int offset = switch (word) {
                case "전날", "전일" -> -1;
                case "이튿날", "다음날" -> 1;
                default -> 0;
            };
            Basis basis = new Basis(day == before ? "previous" : "publicationDay", day);
            return Outcome.relative(PartialDate.of(day.firstDay().plusDays(offset)), basis, null);
        }
        if (before == null) {
            return Outcome.failed("noReferent");
        }
        Basis basis = new Basis("previous", before);
        if (word.equals("당시")) {
            return Outcome.relative(before, basis, null);
        }
        if (word.endsWith("달")) {
            if (before.precision() == Precision.YEAR) {
                return Outcome.failed("previousYearOnly");
            }
            // "같은 달 17일": a day of that month
            return m.group("dm") == null ? Outcome.relative(PartialDate.ofMonth(before.year(), before.month()), basis, null)
                    : Outcome.relative(PartialDate.ofDay(before.year(), before.month(), Integer.parseInt(m.group("dm"))),
                    basis, null);
        }
        int year = before.year() + (word.equals("이듬해") ? 1 : 0);
        if (m.group("m") == null) {
            return Outcome.relative(PartialDate.ofYear(year), basis, null);
        }
        int month = Integer.parseInt(m.group("m"));
        Integer day = m.group("d") == null ? null : Integer.parseInt(m.group("d"));
        return Outcome.relative(monthOrDay(year, month, day, null), basis, null);
    }

    /** "2025.06.08", "2024-03-07 11:15". */
    private static Outcome numeric(Matcher m, Anchor anchor) {
        return absoluteDay(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
    }

    /** "Nov 22. 2023". */
    private static Outcome english(Matcher m, Anchor anchor) {
        return absoluteDay(Integer.parseInt(m.group("y")), englishMonth(m.group("mon")), Integer.parseInt(m.group("d")));
    }

    /** A malformed numeric date ("2025.13.45") is not a date at all: rejected, not reported. */
    private static Outcome absoluteDay(int year, int month, int day) {
        if (!isYear(year) || !isRealDate(year, month, day)) {
            return null;
        }
        return Outcome.absolute(PartialDate.ofDay(year, month, day), null);
    }

    // ---- the nearest date on or before publication, or on or after it after "오는" --------------------------------

    /** "5월": this year's unless it comes after the publication month, then last year's ("오는 5월": mirrored). */
    private static Outcome nearestMonth(int month, Qualifier qualifier, PartialDate pub, boolean ahead) {
        Outcome missing = requirePublication(pub, Precision.MONTH);
        if (missing != null) {
            return missing;
        }
        int year = pub.year();
        if (ahead ? month < pub.month() : month > pub.month()) {
            year += ahead ? 1 : -1;
        }
        return Outcome.relative(PartialDate.ofMonth(year, month).withQualifier(qualifier), publicationBasis(pub), null);
    }

    /** "11월 20일", "2월 29일": the latest such date on or before publication ("오는": the earliest on or after). */
    private static Outcome nearestMonthDay(int month, int day, PartialDate pub, boolean ahead) {
        MonthDay monthDay = MonthDay.of(month, day); // throws for 2월 30일
        Outcome missing = requirePublication(pub, Precision.MONTH);
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
        return Outcome.relative(PartialDate.of(monthDay.atYear(year)), publicationBasis(pub), note);
    }

    /** "29일": the publication month's if not after the publication day, else the month before ("오는": mirrored). */
    private static Outcome nearestDay(int day, PartialDate pub, boolean ahead) {
        Outcome missing = requirePublication(pub, Precision.MONTH);
        if (missing != null) {
            return missing;
        }
        if (pub.precision() == Precision.MONTH) {
            return Outcome.relative(PartialDate.ofDay(pub.year(), pub.month(), day), publicationBasis(pub),
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
        return Outcome.relative(PartialDate.of(month.atDay(day)), publicationBasis(pub), null);
    }

    private static boolean inDirection(LocalDate date, LocalDate bound, boolean ahead) {
        return ahead ? !date.isBefore(bound) : !date.isAfter(bound);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A failure when the publication date is missing or coarser than needed, else null. */
    private static Outcome requirePublication(PartialDate pub, Precision needed) {
        if (pub == null) {
            return Outcome.unknownPublication();
        }
        if (pub.precision().ordinal() >= needed.ordinal()) {
            return null;
        }
        return Outcome.failed(pub.precision() == Precision.YEAR ? "publicationYearOnly" : "publicationMonthOnly",
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

    static Basis publicationBasis(PartialDate pub) {
        return new Basis("publication", pub);
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

    /** 을 or 를 after a quoted expression, from the last Hangul syllable's final consonant. */
    private static String objectParticle(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c >= '가' && c <= '힣') {
                return (c - '가') % 28 == 0 ? "를" : "을";
            }
        }
        return "을(를)";
    }

    // ---- types -------------------------------------------------------------------------------------------------

    record Anchor(PartialDate published, PartialDate context) {
    }

    @FunctionalInterface
    private interface Resolver {
        /** What the match denotes, or null when it turns out not to be a date ("3000년", "2025.13.45"). */
        Outcome resolve(Matcher matcher, Anchor anchor);
    }

    /**
     * A pattern, its resolver, a cheap test that every sentence holding a match passes, and the letters a match may
     * start with ("0" for any digit).
     */
    private record Rule(Pattern pattern, Resolver resolver, java.util.function.Predicate<String> gate,
                        boolean[] starts) {
        Rule(String regex, Resolver resolver, java.util.function.Predicate<String> gate, String starts) {
            this(Pattern.compile(regex), resolver, gate, letters(starts));
        }

        /** A table by letter: asked for every letter of every sentence, once per rule. */
        private static boolean[] letters(String starts) {
            boolean[] table = new boolean[Character.MAX_VALUE + 1];
            for (char c : starts.toCharArray()) {
                if (c == '0') {
                    for (char digit = '0'; digit <= '9'; digit++) {
                        table[digit] = true;
                    }
                } else {
                    table[c] = true;
                }
            }
            return table;
        }

        boolean mayStartWith(char c) {
            return starts[c];
        }
    }

    /** What a relative date counts from: the publication ("publication", "publicationDay") or the date before. */
    record Basis(String kind, PartialDate from) {
    }

    /** A resolved date with its basis and note, or why the expression could not be resolved and with what. */
    record Outcome(PartialDate date, Basis basis, Derivation note, String failure, List<String> failureArgs) {

        static Outcome absolute(PartialDate date, Derivation note) {
            return new Outcome(date, null, note, null, List.of());
        }

        static Outcome relative(PartialDate date, Basis basis, Derivation note) {
            return new Outcome(date, basis, note, null, List.of());
        }

        static Outcome failed(String failure, String... args) {
            return new Outcome(null, null, null, failure, List.of(args));
        }

        static Outcome unknownPublication() {
            return failed("unknownPublication");
        }

        DateMention toMention(String sentence, int start, int end) {
            String text = sentence.substring(start, end);
            return new DateMention(text, start, end, date, derivation(text));
        }

        private Derivation derivation(String text) {
            List<String> args = new ArrayList<>(List.of(text));
            if (date == null) {
                args.add(objectParticle(text));
                args.addAll(failureArgs);
                return new Derivation("failed." + failure, args, null);
            }
            args.add(date.toString());
            if (basis != null) {
                args.add(basis.from().iso());
            }
            String rule = "resolved." + (basis == null ? "absolute" : basis.kind()) + (note == null ? "" : ".noted");
            return new Derivation(rule, args, note);
        }
    }
}
