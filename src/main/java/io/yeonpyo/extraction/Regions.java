package io.yeonpyo.extraction;

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
}
