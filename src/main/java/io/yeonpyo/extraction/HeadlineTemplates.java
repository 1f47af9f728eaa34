package io.yeonpyo.extraction;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a headline template with names and an amount: "{subject}, [{object}에 ]{amount} 투자" in Korean, where the
 * particle after a name is chosen by its last sound and a bracketed part is dropped when its names are missing, and
 * "{subject} invests|invest[ {amount}][ in {object}]" in English, whose verb agrees with the number of subjects.
 */
final class HeadlineTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(subject|object|amount|date)}([^\\s{\\]]*)");
    private static final Pattern PARTICLE_PAIR = Pattern.compile("(을/를|이/가|은/는|과/와|으로/로)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DANGLING_DOTS = Pattern.compile("·+(?=\\s|$)");
    private static final Pattern SPACE_COMMA = Pattern.compile("\\s+,");
    private static final Pattern LEADING = Pattern.compile("^[\\s,·]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,·]+$");
    private static final Map<String, String> SHAPED_EN = new ConcurrentHashMap<>();
    private static final Pattern SINGULAR_PLURAL = Pattern.compile("([\\w-]+)\\|([\\w-]+)");
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\]]*)]");
    private static final Pattern PLACEHOLDER_EN = Pattern.compile("\\{(subject|object|amount|date)}");
    // a pair whose first name is missing: "–OpenAI contract ends", "and OpenAI drift apart"
    private static final Pattern LEADING_EN = Pattern.compile("^([\\s,:–]|and\\s|v\\.\\s)+");
    private static final Pattern TRAILING_EN = Pattern.compile("[\\s,:–]+$");

    private HeadlineTemplates() {
    }

    /** The Korean template with each bracketed part kept (brackets removed) when its names are given, else dropped. */
    private static String optionalParts(String template, Map<String, String> values) {
        return template.indexOf('[') < 0 ? template : keepFilledParts(template, PLACEHOLDER, values);
    }

    /**
     * English has no particles to drop with an empty name; its prepositions stand before the name, so the template
     * marks what goes with a name in brackets: "{subject} invests[ {amount}][ in {object}]". Its verbs agree with
     * the subject: "invests|invest" is the first after one name, the second after several ({@code plural}: counted
     * by names, since one name may hold an "and" of its own: "Competition and Markets Authority").
     */
    static String renderEn(String template, Map<String, String> values, boolean plural) {
        // the template with its verbs agreed and its brackets kept or dropped depends only on which names are given:
        // worked out once per case, since every mention renders one
        String shaped = SHAPED_EN.computeIfAbsent(template + '\u0000' + plural + shapeKey(values),
                key -> shapeEn(template, values, plural));
        Matcher m = PLACEHOLDER_EN.matcher(shaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        String h = LEADING_EN.matcher(SPACES.matcher(out).replaceAll(" ").strip()).replaceAll("");
        h = TRAILING_EN.matcher(h).replaceAll("");
        return h.isEmpty() ? h : Character.toUpperCase(h.charAt(0)) + h.substring(1);
    }

    /** Which placeholders have a value: the only thing about the values that shapes the template. */
    private static String shapeKey(Map<String, String> values) {
        StringBuilder key = new StringBuilder();
        for (String name : List.of("subject", "object", "amount", "date")) {
            key.append(values.getOrDefault(name, "").isEmpty() ? '0' : '1');
        }
        return key.toString();
    }

    private static String shapeEn(String template, Map<String, String> values, boolean plural) {
        Matcher number = SINGULAR_PLURAL.matcher(template);
        StringBuilder agreed = new StringBuilder();
        while (number.find()) {
            number.appendReplacement(agreed, Matcher.quoteReplacement(number.group(plural ? 2 : 1)));
        }
        number.appendTail(agreed);
        return keepFilledParts(agreed, PLACEHOLDER_EN, values);
    }

    /**
     * A template ("…[ in {object}]", "[{object} 상대로 ]…") with each part in brackets kept, without its brackets, when
     * every placeholder in it has a value, and dropped otherwise.
     */
    private static String keepFilledParts(CharSequence template, Pattern placeholder, Map<String, String> values) {
        Matcher optional = OPTIONAL.matcher(template);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            Matcher inner = placeholder.matcher(optional.group(1));
            boolean complete = true;
            while (inner.find()) {
                complete &= !values.getOrDefault(inner.group(1), "").isEmpty();
            }
            optional.appendReplacement(kept, Matcher.quoteReplacement(complete ? optional.group(1) : ""));
        }
        optional.appendTail(kept);
        return kept.toString();
    }

    static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(optionalParts(template, values));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "");
            String replacement = value.isEmpty() ? "" : value + choose(m.group(2), value);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String h = DANGLING_DOTS.matcher(out).replaceAll("");
        h = SPACE_COMMA.matcher(SPACES.matcher(h).replaceAll(" ")).replaceAll(",");
        return TRAILING.matcher(LEADING.matcher(h).replaceAll("")).replaceAll("").strip();
    }

    /** Picks 을 or 를 (이/가, 은/는, 과/와, 으로/로) after the word it follows. */
    private static String choose(String suffix, String word) {
        Matcher m = PARTICLE_PAIR.matcher(suffix);
        if (!m.find()) {
            return suffix;
        }
        String[] pair = m.group(1).split("/");
        int jong = finalConsonant(word.charAt(word.length() - 1));
        String pick;
        if (pair[0].equals("으로")) {
            pick = jong == 0 || jong == 8 ? pair[1] : pair[0];
        } else {
            pick = jong == 0 ? pair[1] : pair[0];
        }
        return suffix.substring(0, m.start()) + pick + suffix.substring(m.end());
    }

    /** Index of the final consonant (0 = none, 8 = ㄹ) as read aloud; Latin letters and digits by their names. */
    private static int finalConsonant(char c) {
        if (c >= '가' && c <= '힣') {
            return (c - '가') % 28;
        }
        char u = Character.toUpperCase(c);
        if (u == 'L' || u == 'R' || u == '1' || u == '7' || u == '8') {
            return 8;
        }
        if (u == 'M' || u == 'N' || u == '0' || u == '3' || u == '6') {
            return 16;
        }
        return 0;
    }
}
