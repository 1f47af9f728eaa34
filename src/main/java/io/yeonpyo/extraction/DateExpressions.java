package io.yeonpyo.extraction;

import java.time.DateTimeException;
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
 *
 * <p>This class holds the patterns and the scan; what each match denotes is worked out by {@link DateResolvers}
 * and {@link ElapsedDates}.
 */
final class DateExpressions {

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
            // its particle, or the copula of a cleft sentence: "…작별을 고한 것도 그해 9월이었다"
            + "(?=[^가-힣]|에|의|엔|부터|은|는|이었|이다|이며|였|인|$|\\s)";

    // Each rule has a gate, letters every match must contain: a sentence without them is not scanned by the rule at
    // all. And each rule names the letters a match can start with (a digit stands for all ten): the regex is tried
    // only at those offsets instead of at every one.
    /** Its own rule, since a date that refers back is resolved again against a date before it in the sentence. */
    private static final Rule ANAPHORA_RULE = new Rule(ANAPHORA, DateResolvers::anaphoric,
            s -> containsAny(s, "날", "해", "달", "당일", "전일", "당시"), "이당그전다같");
    private static final Rule DAYS_LATER_RULE = new Rule(ElapsedDates.DAYS, ElapsedDates::days,
            s -> containsAny(s, "만", "뒤", "후"), "0닷사이나엿열보하며");
    private static final Rule MONTHS_OR_YEARS_LATER_RULE = new Rule(ElapsedDates.MONTHS_OR_YEARS,
            ElapsedDates::monthsOrYears, s -> ElapsedDates.countFollowedBy(s, "만뒤후"), "0한두석세넉네다여일아열");
    /** Rules whose dates count from the date before them, resolved again against one given earlier in the sentence. */
    private static final List<Rule> REFERRING_BACK = List.of(ANAPHORA_RULE, DAYS_LATER_RULE,
            MONTHS_OR_YEARS_LATER_RULE);

    private static final List<Rule> RULES = List.of(
            new Rule(CALENDAR, DateResolvers::calendar, s -> hasDigit(s) && s.indexOf('월') >= 0, "0지오재작올금내"),
            new Rule(YEAR, DateResolvers::year, s -> containsAny(s, "년", "해", "올", "연초", "연말", "반기"),
                    "0지오재작올금내연상하"),
            new Rule(RELATIVE_MONTH, DateResolvers::relativeMonth, s -> s.indexOf('달') >= 0, "지이다"),
            new Rule(WEEK + WORD_END, DateResolvers::relativeWeek, s -> s.indexOf('주') >= 0, "지이"),
            new Rule(WEEKDAY, DateResolvers::weekday, s -> s.contains("요일"), "지이오월화수목금토일"),
            new Rule(DAY_ALONE, DateResolvers::dayOnly, s -> hasDigit(s) && s.indexOf('일') >= 0, "0지오현"),
            DAYS_LATER_RULE,
            MONTHS_OR_YEARS_LATER_RULE,
            new Rule(ElapsedDates.AGO, ElapsedDates::ago, s -> ElapsedDates.countFollowedBy(s, "전"),
                    "0한두석세넉네다여일아열"),
            ANAPHORA_RULE,
            new Rule(NUMERIC_DATE + "(?:\\s+\\d{1,2}:\\d{2})?", DateResolvers::numeric,
                    s -> hasDigit(s) && containsAny(s, ".", "-", "/"), "0"),
            new Rule(ENGLISH_DATE, DateResolvers::english, DateExpressions::hasDigit, "JFMASOND"));

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
        return find(sentence, publishedOn, contextDate, null, null);
    }

    /**
     * The same, with the time the paragraph has set ({@link NarrativeFrames}): bare months and days are placed in it,
     * and dates counted from them count from there; a day counted back or on ("전날", "이튿날") counts from the last
     * day the text gave ({@code lastDay}) when the date before it is coarser.
     */
    static List<DateMention> find(String sentence, PartialDate publishedOn, PartialDate contextDate,
                                  PartialDate frame, PartialDate lastDay) {
        if (sentence == null || sentence.isEmpty()) {
            return List.of();
        }
        DateAnchor anchor = new DateAnchor(publishedOn, contextDate, lastDay);
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
                DateOutcome outcome = resolveSafely(rule, matcher, anchor);
                if (outcome != null) {
                    candidates.add(outcome.toMention(sentence, matcher.start(), matcher.end()));
                }
                i = Math.max(i, matcher.end() - 1);
            }
        }
        return withAnaphoraResolved(sentence, longestNonOverlapping(candidates), anchor, frame);
    }

    /** A date expression that names a time which could not be worked out (not a duration, which names none). */
    static boolean unresolvable(DateMention d) {
        return d.resolved() == null && d.derivation() != null && d.derivation().rule().startsWith("failed.");
    }

    /**
     * Each date that refers back ("같은 해 7월", "넉 달 뒤") counts from the nearest date before it: one given earlier
     * in the same sentence ("지난 2019년 3월 … 같은 해 7월"), else the one the article gave last.
     */
    private static List<DateMention> withAnaphoraResolved(String sentence, List<DateMention> mentions,
                                                          DateAnchor anchor, PartialDate frame) {
        List<DateMention> out = new ArrayList<>(mentions.size());
        PartialDate last = anchor.context();
        PartialDate currentFrame = frame;
        for (DateMention m : mentions) {
            DateMention resolved = m;
            for (Rule rule : last == anchor.context() ? List.<Rule>of() : REFERRING_BACK) {
                Matcher matcher = rule.pattern().matcher(sentence).region(m.start(), m.end());
                if (matcher.matches()) {
                    DateOutcome outcome = resolveSafely(rule, matcher, new DateAnchor(anchor.published(), last,
                            last != null && last.precision() == Precision.DAY ? last : anchor.lastDay()));
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
            } else if (unresolvable(resolved)) {
                last = null; // "지난해 말 … 그해 9월" with no publication date: the year it points at is unknown too
            }
            out.add(resolved);
        }
        return out;
    }

    private static DateOutcome resolveSafely(Rule rule, Matcher matcher, DateAnchor anchor) {
        try {
            return rule.resolver().resolve(matcher, anchor);
        } catch (DateTimeException e) {
            // "2월 30일": written like a date, so report it, but it names no real day.
            return DateOutcome.failed("notInCalendar");
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

    // ---- types -------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Resolver {
        /** What the match denotes, or null when it turns out not to be a date ("3000년", "2025.13.45"). */
        DateOutcome resolve(Matcher matcher, DateAnchor anchor);
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
}
