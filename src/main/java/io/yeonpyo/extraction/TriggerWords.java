package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The trigger words of {@code event-types.yml} as they stand in a sentence: every occurrence that is not part of a
 * longer word announcing no event ("투자자", "창업자"), not negated right after it ("맺지 않았다"), and not inside a
 * quotation, which is someone's speech rather than the article's narration.
 */
final class TriggerWords {

    /**
     * The triggers by their first letter, each with its place in the lexicon: a sentence is read once, letter by
     * letter, instead of once per trigger word, and the hits keep the lexicon's order.
     */
    private final Ordered[][] byFirstLetter = new Ordered[Character.MAX_VALUE + 1][];
    /**
     * A trigger with its place in the lexicon and the excluded words of its type that contain it (kept with the
     * trigger: looking them up by the trigger record would hash all its fields for every occurrence).
     */
    private record Ordered(Lexicon.Trigger trigger, int order, List<String> masking) {
    }

    TriggerWords(Lexicon lexicon) {
        List<Lexicon.Trigger> triggers = List.copyOf(lexicon.triggers());
        Map<Character, List<Ordered>> grouped = new HashMap<>();
        for (int order = 0; order < triggers.size(); order++) {
            Lexicon.Trigger t = triggers.get(order);
            Lexicon.TypeInfo info = lexicon.typeInfo(t.type());
            List<String> masking = info == null ? List.of()
                    : info.excluded().stream().filter(not -> not.contains(t.word())).toList();
            grouped.computeIfAbsent(t.word().charAt(0), c -> new ArrayList<>()).add(new Ordered(t, order, masking));
        }
        grouped.forEach((first, words) -> byFirstLetter[first] = words.toArray(Ordered[]::new));
    }

    /** Every trigger occurrence that is not part of an excluded longer word and not negated. */
    List<ArticleAnalyzer.TriggerHit> find(String text) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Ordered[] candidates = byFirstLetter[text.charAt(i)];
            if (candidates != null) {
                for (Ordered o : candidates) {
                    int end = matchEnd(text, i, o.trigger().word());
                    if (end >= 0) {
                        occurrences.add(new Occurrence(o, i, end));
                    }
                }
            }
        }
        occurrences.sort(Comparator.comparingInt((Occurrence o) -> o.word().order()).thenComparingInt(Occurrence::start));
        List<ArticleAnalyzer.TriggerHit> hits = new ArrayList<>();
        for (Occurrence o : occurrences) {
            Lexicon.Trigger t = o.word().trigger();
            int start = o.start();
            int end = o.end();
            int verbEnd = endOfNeededVerb(text, t, end);
            if (masked(text, o.word(), start) || verbEnd < 0 || namesATime(text, end)
                    || startsWithAny(text, wordAfter(text, end), TIME_OF_ANOTHER)
                    && !DATED_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find()
                    || MEASURED.matcher(text).region(end, text.length()).lookingAt()) {
                continue;
            }
            // a negation is near: the next 40 letters, read in place; a verb the trigger needs may hold its own
            // ("신청을 받아들이지 않았다" is a refusal), so the reading starts after it
            int near = Math.min(text.length(), verbEnd + 40);
            boolean negated = Factuality.mayBeNegated(text, verbEnd, near)
                    && Factuality.NEGATION.matcher(text).region(verbEnd, near).lookingAt();
            if (negated || insideDoubleQuotes(text, start) && !announcedAct(text, end)) {
                continue;
            }
            hits.add(new ArticleAnalyzer.TriggerHit(t, start, end));
        }
        return hits;
    }

    private record Occurrence(Ordered word, int start, int end) {
    }

    /**
     * "올해 맺은 계약 규모가 1조달러를 넘어섰다", "투자 총액은 130억 달러다": the size of the deals, what a sentence
     * measures, is no act of its own.
     */
    private static final Pattern MEASURED = Pattern.compile("^\\s*(관련\\s*)?(규모|총액|금액|액수|누적액)(가|이|는|은|도)\\s");

    /** Words that make the noun before them a point in time: "취임 이튿날인 21일", "발표 직후", "해임 당일". */
    private static final List<String> TIME_AFTER = List.of("이튿날", "다음날", "다음 날", "첫날", "전날", "당일", "직후",
            "직전", "하루 전", "하루 뒤", "하루 만에");
    /**
     * "설립 당시의 약속을 저버렸다며", "메타의 투자 이후 거래를 끊었다": an act named as the time of another, with no
     * date of its own, is background; with its date ("2023년 11월 알트먼 축출 당시") it is a dated act the sentence
     * recalls.
     */
    private static final List<String> TIME_OF_ANOTHER = List.of("당시", "이후", "이전", "以後");
    private static final Pattern DATED_BEFORE = Pattern.compile("(\\d\\s*(년|월|일)|지난해|작년|올해)\\s*(\\S+\\s+){0,2}\\S*$");

    private static boolean startsWithAny(String text, int at, List<String> words) {
        return words.stream().anyMatch(w -> text.startsWith(w, at));
    }

    private static int wordAfter(String text, int end) {
        int at = end;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** Whether the trigger, a noun, only names the time of something else: "취임 이튿날인 현지시간 21일". */
    private static boolean namesATime(String text, int end) {
        int at = wordAfter(text, end);
        if (at == end && at < text.length() && ActorMatcher.isHangul(text.charAt(at))) {
            return false; // "취임했다": the word goes on, so it is no bare noun
        }
        for (String word : TIME_AFTER) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /** How many words after a trigger the verb it needs may stand: "경쟁사로 새로 올렸다". */
    private static final int FOLLOWED_WITHIN = 4;

    /**
     * Where the verb a trigger needs after it ("경쟁사로 … 올렸다") ends, when one stands within a few words; the
     * trigger's own end when it needs none; -1 when the verb it needs is missing.
     */
    private static int endOfNeededVerb(String text, Lexicon.Trigger t, int end) {
        if (t.followedBy().isEmpty()) {
            return end;
        }
        int start = end;
        for (int k = 0; k < FOLLOWED_WITHIN && start < text.length(); k++) {
            start = NoriWords.wordStartAfter(text, NoriWords.wordEnd(text, start));
            int from = start;
            while (from < text.length() && MARKING_QUOTES.indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            for (String verb : t.followedBy()) {
                if (text.startsWith(verb, from)) {
                    return from + verb.length();
                }
            }
        }
        return -1;
    }

    /** Adverbs that may stand between the words of a trigger phrase, each with the space after it. */
    private static final List<String> ADVERBS_INSIDE = List.of("다시 ", "재차 ", "새로 ", "공식 ", "정식으로 ",
            "공식적으로 ", "전격 ", "전격적으로 ", "추가로 ", "곧바로 ", "결국 ", "잇따라 ", "함께 ", "나란히 ");

    /** How long a gloss in parentheses inside a trigger phrase may be: "(PBC)", "(우선협상권)". */
    private static final int GLOSS_LENGTH = 20;

    /** Single quotes that mark a word inside a trigger phrase: "오픈AI를 ‘경쟁사’로 표기했다". */
    private static final String MARKING_QUOTES = "‘’'";

    /**
     * Where {@code word} ends when it stands at {@code at}, single quotes and glosses in parentheses inside it
     * skipped ("‘경쟁사’로 표기" is "경쟁사로 표기", "공익법인(PBC)으로" is "공익법인으로"), or -1.
     */
    private static int matchEnd(String text, int at, String word) {
        int same = 0;
        while (same < word.length() && at + same < text.length() && text.charAt(at + same) == word.charAt(same)) {
            same++;
        }
        if (same == word.length()) {
            return at + same;
        }
        // "이사회에 다시 합류", "계약을 새로 맺": an adverb between the words of a phrase leaves it the phrase
        if (same > 0 && word.charAt(same - 1) == ' ') {
            for (String adverb : ADVERBS_INSIDE) {
                if (text.startsWith(adverb, at + same)) {
                    int rest = matchEnd(text, at + same + adverb.length(), word.substring(same));
                    return rest < 0 || rest - (at + same + adverb.length()) != word.length() - same ? -1 : rest;
                }
            }
        }
        // most candidates differ at a letter: only a quote or a parenthesis where they part needs the slow match
        char where = at + same < text.length() ? text.charAt(at + same) : ' ';
        if (same == 0 || (MARKING_QUOTES.indexOf(where) < 0 && where != '(')) {
            return -1;
        }
        int i = at;
        for (int k = 0; k < word.length(); k++, i++) {
            while (k > 0 && i < text.length() && MARKING_QUOTES.indexOf(text.charAt(i)) >= 0
                    && MARKING_QUOTES.indexOf(word.charAt(k)) < 0) {
                i++;
            }
            // "공익법인(PBC)으로 바꾸겠다" is "공익법인으로 바꾸겠다": a gloss in parentheses is skipped
            if (k > 0 && i < text.length() && text.charAt(i) == '(' && word.charAt(k) != '(') {
                int close = text.indexOf(')', i);
                if (close > i && close - i <= GLOSS_LENGTH) {
                    i = close + 1;
                }
            }
            if (i >= text.length() || text.charAt(i) != word.charAt(k)) {
                return -1;
            }
        }
        return i;
    }

    /**
     * Whether the trigger at {@code start} lies inside one of its type's longer words that announce no event
     * ("투자자", "창업자"): such a word, if it covers the trigger, starts where the trigger sits in it.
     */
    private static boolean masked(String text, Ordered o, int start) {
        String word = o.trigger().word();
        for (String not : o.masking()) {
            for (int k = not.indexOf(word); k >= 0; k = not.indexOf(word, k + 1)) {
                if (start - k >= 0 && text.startsWith(not, start - k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A quotation that ends in a done or decided act: "…MS에 합류하게 됐다", "…그만두기로 했다", "…합의했습니다". */
    private static final Pattern DONE_ACT_END = Pattern.compile(
            "(했|됐|였|었|았|기로 했)(다|습니다|어요)[.!]?\\s*$");
    /**
     * What follows such a quotation when its speaker makes it known as news: "…"고 발표했다, "…"는 글을 올렸다,
     * "…"라고 공지했다, "…"며 공식 확인했다.
     */
    private static final Pattern ANNOUNCED_AFTER = Pattern.compile(
            "^[”\"]\\s*(?:고|라고|며|면서|는|라는)\\s+(?:[^\\s.]+\\s+){0,3}?(?:발표|공지|공표|공식화|공식 확인|글을 올렸|글을 게시|알렸)");

    /**
     * Whether the quotation holding a trigger that ends at {@code triggerEnd} tells an act as done, and its speaker
     * announces it: "나델라 CEO는 X에 "올트먼과 브로크먼이 MS에 합류하게 됐다"고 발표했다" reports the hiring itself.
     * A quoted wish, plan or opinion stays speech.
     */
    static boolean announcedAct(String text, int triggerEnd) {
        int close = closingQuote(text, triggerEnd);
        return close > 0 && DONE_ACT_END.matcher(text).region(triggerEnd, close).find()
                && ANNOUNCED_AFTER.matcher(text).region(close, text.length()).lookingAt();
    }

    /** Where the double quotation open at {@code from} closes, or -1. */
    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '”' || ch == '"') {
                return i;
            }
            if (ch == '“') {
                return -1; // another quotation opens first: the trigger's one is not closed here
            }
        }
        return -1;
    }

    /** Words inside “…” or "…" are someone's speech, not the article's narration. */
    static boolean insideDoubleQuotes(String text, int at) {
        int firstCurly = text.indexOf('“');
        int firstStraight = text.indexOf('"');
        if ((firstCurly < 0 || firstCurly >= at) && (firstStraight < 0 || firstStraight >= at)) {
            return false; // most sentences quote nobody before the word
        }
        int curly = 0;
        boolean straight = false;
        for (int i = 0; i < at; i++) {
            char ch = text.charAt(i);
            if (ch == '“') {
                curly++;
            } else if (ch == '”' && curly > 0) {
                curly--;
            } else if (ch == '"') {
                straight = !straight;
            }
        }
        return curly > 0 || (straight && text.indexOf('"', at) >= 0);
    }
}
