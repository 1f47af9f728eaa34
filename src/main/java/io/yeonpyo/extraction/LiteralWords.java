package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of plain words looked up by their first letter. A regex alternation of many words is tried word by word at
 * every position of a sentence; most letters of a sentence start none of the words, and this skips them with one map
 * lookup. Used for the word lists that are asked about for every trigger of every sentence.
 */
final class LiteralWords {

    /** Indexed by the letter itself: looking a letter up in a map would box it first. */
    private final String[][] byFirstLetter = new String[Character.MAX_VALUE + 1][];

    private LiteralWords(Map<Character, List<String>> grouped) {
        grouped.forEach((first, words) -> byFirstLetter[first] = words.toArray(String[]::new));
    }

    /** The words of an alternation written as {@code "a|b|c"}, each taken literally. */
    static LiteralWords of(String alternatives) {
        Map<Character, List<String>> grouped = new HashMap<>();
        for (String word : alternatives.split("\\|")) {
            if (!word.isEmpty()) {
                grouped.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
            }
        }
        return new LiteralWords(grouped);
    }

    /** Whether one of the words lies wholly inside {@code text[from, to)}. */
    boolean occursIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            String[] candidates = byFirstLetter[text.charAt(i)];
            if (candidates != null) {
                for (String word : candidates) {
                    if (i + word.length() <= to && text.startsWith(word, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    boolean occursIn(String text) {
        return occursIn(text, 0, text.length());
    }
}
