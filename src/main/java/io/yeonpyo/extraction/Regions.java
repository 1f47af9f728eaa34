package io.yeonpyo.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Searches within a sentence and its parts. */
final class Regions {

    private Regions() {
    }

    /** The characters {@code \\s} stands for in a pattern: where a word of a sentence ends. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    /**
     * The end of the last match of {@code pattern} inside {@code text[from, to)}, or {@code from} when there is none:
     * where the last reason, reported content or scene-setting clause before a trigger ends.
     */
    static int lastMatchEnd(Pattern pattern, String text, int from, int to) {
        Matcher m = pattern.matcher(text).region(from, Math.max(from, to));
        int end = from;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /**
     * The same, for a pattern whose every match contains one of {@code words}: when none of them stands inside the
     * range, as in most clauses, the pattern is not run at all.
     */
    static int lastMatchEnd(Pattern pattern, List<String> words, String text, int from, int to) {
        return containsAny(text, from, to, words) ? lastMatchEnd(pattern, text, from, to) : from;
    }

    /** Whether one of {@code words} stands wholly inside {@code text[from, to)}. */
    static boolean containsAny(String text, int from, int to, List<String> words) {
        for (String word : words) {
            int at = text.indexOf(word, from);
            if (at >= 0 && at + word.length() <= to) {
                return true;
            }
        }
        return false;
    }

    /** Where the quotation that closes right before {@code reasonEnd}'s 며 opens; {@code from} when none does. */
    static int quoteOpeningBefore(String text, int from, int reasonEnd) {
        int close = reasonEnd - 1;
        while (close > from && "며면서, ".indexOf(text.charAt(close)) >= 0) {
            close--;
        }
        if (close <= from || "\"”’'".indexOf(text.charAt(close)) < 0) {
            return from;
        }
        char closing = text.charAt(close);
        String openings = closing == '”' ? "“" : closing == '’' ? "‘" : String.valueOf(closing);
        for (int i = close - 1; i > from; i--) {
            if (openings.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return from;
    }
}
