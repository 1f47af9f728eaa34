package io.yeonpyo.extraction;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that retells history sets its time with a full date ("2024년 2월 29일", "그해 11월") and then writes
 * only the month or the day: "위기는 그해 11월 찾아왔다. 오픈AI 이사회가 17일 올트먼을 해임하자", "그해 6월 소송을
 * 취하한 뒤 두 달 만인 8월 다시 소장을 냈다". Such a bare month or day is of the frame's year (and month), not the
 * most recent one before the publication. The frame holds within its paragraph only, and only when a full date or one
 * counted from it set it: a date counted from the publication ("지난 6월") brings the text back to the news, where "10일"
 * is this month's.
 */
final class NarrativeFrames {

    private NarrativeFrames() {
    }

    /** A month, a month and day, or a day, written alone: "8월", "11월 20일", "17일", "현지시간 17일". */
    private static final Pattern BARE = Pattern.compile("(?:현지시간\\s*)?(?:(?<m>\\d{1,2})월(?:\\s*(?<md>\\d{1,2})일)?"
            + "|(?<d>\\d{1,2})일)(?:\\s*\\(현지시간\\))?");

    /** The frame after a date: set by a full or counted-back date, ended by one counted from the publication. */
    static PartialDate frameAfter(DateMention d, PartialDate frame) {
        if (d.resolved() == null || d.derivation() == null) {
            return frame;
        }
        String rule = d.derivation().rule();
        if (rule.startsWith("resolved.absolute") || rule.startsWith("resolved.previous")) {
            return d.resolved();
        }
        return rule.startsWith("resolved.publication") ? null : frame;
    }

    /** The date, if it is a bare month or day counted from the publication, placed in the frame instead. */
    static DateMention place(DateMention d, PartialDate frame, PartialDate published) {
        if (frame == null || published == null) {
            return d;
        }
        Matcher m = BARE.matcher(d.text().strip());
        if (d.resolved() == null || !m.matches() || d.derivation() == null
                || !d.derivation().rule().startsWith("resolved.publication")) {
            return d;
        }
        PartialDate placed;
        if (m.group("d") != null) {
            if (frame.precision() == Precision.YEAR) {
                return d;
            }
            int day = Integer.parseInt(m.group("d"));
            YearMonth month = YearMonth.of(frame.year(), frame.month());
            if (!month.isValidDay(day) || (frame.precision() == Precision.DAY && day < frame.day())) {
                return d;
            }
            placed = PartialDate.ofDay(frame.year(), frame.month(), day);
        } else {
            int month = Integer.parseInt(m.group("m"));
            if (frame.precision() != Precision.YEAR && month < frame.month()) {
                return d;
            }
            if (m.group("md") == null) {
                placed = PartialDate.ofMonth(frame.year(), month);
            } else {
                int day = Integer.parseInt(m.group("md"));
                if (!YearMonth.of(frame.year(), month).isValidDay(day)) {
                    return d;
                }
                placed = PartialDate.ofDay(frame.year(), month, day);
            }
        }
        if (placed.firstDay().isAfter(published.lastDay()) || placed.equals(d.resolved())) {
            return d;
        }
        return new DateMention(d.text(), d.start(), d.end(), placed,
                Derivation.of("resolved.previous", d.text().strip(), placed.iso(), frame.iso()));
    }
}
