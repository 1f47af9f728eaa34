package io.yeonpyo.extraction;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that carry a date at their start, as Korean articles lay out a history:
 * <ul>
 *   <li>a chronology box, one act per line in the words of a headline: "▲2023년 1월 MS, 오픈AI에 100억달러 투자",
 *       "▲3월 19일 = MS, 술레이먼 영입", "▲같은 날 = 직원 70명 합류" (a line without a year counts on from the line
 *       before it);</li>
 *   <li>dated subheadings, each over a paragraph that tells what happened that day: "■ 1월 21일 - '스타게이트'
 *       출범" then "오픈AI는 … 발표했다." The paragraph's sentences rarely repeat the date: the subheading gives it.</li>
 * </ul>
 */
final class ChronologyLines {

    private static final String BULLETS = "▲△◇◆•·■□▶►\\-";
    /** A month with its day or part ("3월 19일", "6월 초"), or a date told against the line before ("같은 날"). */
    private static final String MONTH_OR_BACK_REFERENCE = "(\\d{1,2}\\s*월(\\s*\\d{1,2}\\s*일)?(\\s*(초|중순|말))?"
            + "|같은\\s*(날|달|해)(\\s*\\d{1,2}\\s*월)?(\\s*\\d{1,2}\\s*일)?|이튿날|이듬해(\\s*\\d{1,2}\\s*월)?)";
    /** A year, with or without month and day, or a dotted date ("2023.11.17"). */
    private static final String YEAR_DATE = "(\\d{4}\\s*년(\\s*\\d{1,2}\\s*월)?(\\s*\\d{1,2}\\s*일)?"
            + "|\\d{4}\\.\\s?\\d{1,2}(\\.\\s?\\d{1,2})?\\.?)";

    /**
     * An entry of a chronology box: a year-date, after a bullet if any; or, after a bullet, a month or a back
     * reference closed by a separator ("▲3월 19일 = …", "◇6월 초: …"), which a photo caption ("▲3일 …에서") lacks.
     */
    private static final Pattern ENTRY = Pattern.compile(
            "^[" + BULLETS + "]?\\s*" + YEAR_DATE + "\\s*[^\\s)\\]]*[가-힣A-Za-z]"
                    + "|^[" + BULLETS + "]\\s*" + MONTH_OR_BACK_REFERENCE + "\\s*[=:：]\\s*[가-힣A-Za-z'‘\"“]");

    /** The start of an entry, whatever follows: what makes a clause stand alone. */
    private static final Pattern ENTRY_START = Pattern.compile(
            "^[" + BULLETS + "]\\s*(" + YEAR_DATE + "|" + MONTH_OR_BACK_REFERENCE + "\\s*[=:：])");

    /** A subheading that opens with a date: "■ 1월 21일 - '스타게이트' 출범", "◆2024년 2월: 첫 계약". */
    private static final Pattern DATED_HEADING = Pattern.compile(
            "^[" + BULLETS + "]?\\s*(" + YEAR_DATE + "|" + MONTH_OR_BACK_REFERENCE + ")\\s*([=:：\\-–—|]\\s*)?"
                    + "[가-힣A-Za-z0-9'‘\"“\\[]");

    /** How many dated subheadings make an article's layout one of dated sections, not a stray dated title. */
    private static final int SECTIONS_AT_LEAST = 2;

    private ChronologyLines() {
    }

    static boolean isEntry(String line) {
        return ENTRY.matcher(line).lookingAt();
    }

    /** Whether a clause is a chronology entry: it stands alone, nobody carries into it. */
    static boolean startsAsEntry(String text) {
        return ENTRY_START.matcher(text).lookingAt();
    }

    /**
     * The lines that are dated subheadings: a short line, not a sentence, opening with a date and followed by a
     * paragraph of prose. Only a layout that repeats counts (two such lines at least): a single dated line over a
     * paragraph may as well be the last entry of a chronology box.
     */
    static Set<Integer> sectionHeadings(String[] lines) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || !DATED_HEADING.matcher(line).lookingAt() || SentenceSplitter.isProse(line)) {
                continue;
            }
            String next = nextLine(lines, i);
            if (next != null && SentenceSplitter.isProse(next) && !DATED_HEADING.matcher(next).lookingAt()
                    && !isEntry(next)) {
                out.add(i);
            }
        }
        return out.size() >= SECTIONS_AT_LEAST ? out : Set.of();
    }

    private static String nextLine(String[] lines, int from) {
        for (int k = from + 1; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return lines[k].strip();
            }
        }
        return null;
    }
}
