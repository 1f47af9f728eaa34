package io.yeonpyo.extraction;

import static io.yeonpyo.extraction.NameWords.core;

import io.yeonpyo.extraction.NameWords.Word;
import java.util.List;

/**
 * Latin letters around an unlisted name: an abbreviation in parentheses glosses the name before it ("경쟁시장청(CMA)"),
 * an organisation's body may follow the gloss ("유럽연합(EU) 집행위원회"), and a Latin word stands as a name of its own
 * when it is an abbreviation ("EU는") or a capitalised word listed beside an organisation ("엔비디아, Arm 등과").
 */
final class NameGlosses {

    private final DiscoveryWords words;

    NameGlosses(DiscoveryWords words) {
        this.words = words;
    }

    /** "경쟁시장청(CMA)은": the abbreviation glossing the name, or null. */
    String glossAfter(String text, Word last) {
        int close = closeOfGloss(text, last);
        String inside = close < 0 ? null : text.substring(last.end() + 1, close - 1);
        return inside != null && !words.isNotActor(inside) ? inside : null;
    }

    /** "유럽연합(EU) 집행위원회는": an organisation's body named right after its gloss, or null. */
    Word bodyAfterGloss(String text, List<Word> sentence, int to) {
        Word body = to + 1 < sentence.size() ? sentence.get(to + 1) : null; // the gloss is word {@code to}
        return body != null && body.nominal() && !body.listed() && text.charAt(body.start() - 1) == ' '
                && text.charAt(body.start() - 2) == ')' && words.hasCompanyForm(core(text, body)) ? body : null;
    }

    /** Where "(ABBR)" written right after the word ends, or -1. */
    static int closeOfGloss(String text, Word w) {
        if (w.coreEnd() != w.end() || !text.startsWith("(", w.end())) {
            return -1;
        }
        int close = text.indexOf(')', w.end());
        return close >= 0 && isAbbreviation(text.substring(w.end() + 1, close)) ? close + 1 : -1;
    }

    /** Whether the word before or after, across a comma, is a listed organisation: the list says what it is. */
    private static boolean besideListedOrganisation(String text, List<Word> sentence, int i) {
        return i > 0 && sentence.get(i - 1).listedOrganisation()
                && commaBetween(text, sentence.get(i - 1), sentence.get(i))
                || i + 1 < sentence.size() && sentence.get(i + 1).listedOrganisation()
                && commaBetween(text, sentence.get(i), sentence.get(i + 1));
    }

    private static boolean commaBetween(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).strip().equals(",");
    }

    /** Whether word {@code i} is a Latin name of its own, not listed and not glossing the name before it. */
    boolean latinName(String text, List<Word> sentence, int i) {
        Word w = sentence.get(i);
        String core = core(text, w);
        return !w.listed() && (isAbbreviation(core) || isCapitalised(core) && besideListedOrganisation(text, sentence, i))
                && !words.isNotActor(core) && !(w.start() > 0 && text.charAt(w.start() - 1) == '(');
    }

    private static boolean isCapitalised(String s) {
        return s.length() >= 2 && s.length() <= 12 && Character.isUpperCase(s.charAt(0))
                && s.chars().skip(1).allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static boolean isAbbreviation(String s) {
        return s.length() >= 2 && s.length() <= 6 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
