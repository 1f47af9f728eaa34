package io.yeonpyo.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Searches within a part of a sentence. */
final class Regions {

    private Regions() {
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
