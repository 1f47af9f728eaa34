package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a sentence into clauses at connective endings (…고, …며, …지만, …으나, …면서, …다가, …되자), so that one sentence can
 * carry several events. A cut is kept only when the parts on both sides each hold a trigger word and a name; a part
 * without them is glued to the next one (the last to the previous), so "방향을 두고 이견을 보였다" stays one clause.
 */
final class Clauses {

    record Clause(int start, int end) {
    }

    /** Connective endings of a word (then an optional comma and a space). */
    private static final List<String> ENDINGS = List.of("고", "며", "지만", "는데", "으나", "었나", "였나", "았나", "면서",
            "했는데", "뿐더러", "으며", "지만요", "는데요", "다가", "되자", "나자", "히자", "서자", "리자", "자마자",
            "하자");
    /** Words that end like a connective but are not one: nouns (최고, 보고), "두고/놓고" (= about), quotations. */
    private static final Set<String> NOT_CONNECTIVE = Set.of("최고", "보고", "광고", "경고", "신고", "재고", "참고", "사고",
            "잔고", "공고", "원고", "두고", "놓고", "통하고", "비롯하고", "포함하고", "제외하고", "불구하고", "말고");

    private Clauses() {
    }

    static List<Clause> split(String sentence, PartTest standsAlone) {
        List<Integer> cuts = new ArrayList<>();
        // the words before each space (and optional comma), read back to the start of their Hangul run: the same
        // words as CONNECTIVE finds, without trying the regex at every offset
        for (int i = 1; i < sentence.length(); i++) {
            if (!Regions.isSpace(sentence.charAt(i))) {
                continue;
            }
            int wordEnd = sentence.charAt(i - 1) == ',' ? i - 1 : i;
            int wordStart = hangulStart(sentence, wordEnd);
            String word = sentence.substring(wordStart, wordEnd);
            if (afterAnAct(sentence, wordStart, word)) {
                cuts.add(i); // "지난해 3월 MS에 합류한 뒤 오픈AI와 협력을 이어갔다": a temporal clause closes its act
                continue;
            }
            if (word.isEmpty() || !endsWithConnective(word) || NOT_CONNECTIVE.contains(word)
                    || word.endsWith("다고") || word.endsWith("라고")
                    || word.endsWith("다며") || word.endsWith("라며") || word.length() < 2
                    || TriggerWords.insideDoubleQuotes(sentence, wordStart)) {
                continue; // a connective inside a quotation belongs to the speaker's words, not to the sentence
            }
            cuts.add(i);
        }
        List<Clause> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            parts.add(new Clause(from, cut));
            from = cut;
        }
        parts.add(new Clause(from, sentence.length()));
        // glue parts without a trigger to the next one (the last one to the previous)
        List<Clause> glued = new ArrayList<>();
        Integer pendingStart = null;
        for (Clause c : parts) {
            int start = pendingStart == null ? c.start() : pendingStart;
            if (standsAlone.test(c.start(), c.end())) {
                glued.add(new Clause(start, c.end()));
                pendingStart = null;
            } else if (c.end() < sentence.length() && endsInWhen(sentence, c) && pendingStart == null
                    && !TOPIC.matcher(sentence).region(c.start(), c.end()).find()) {
                // "오픈AI가 새 모델을 공개하자 구글은 …": what set off the act is told with its own subject and verb;
                // its names are no parties of the act that follows. A topic there is the whole sentence's ("머스크는
                // 판결이 나자 오픈AI를 비판했다")
                pendingStart = null;
            } else {
                pendingStart = start;
            }
        }
        if (pendingStart != null) {
            if (glued.isEmpty()) {
                glued.add(new Clause(pendingStart, sentence.length()));
            } else {
                Clause last = glued.remove(glued.size() - 1);
                glued.add(new Clause(last.start(), sentence.length()));
            }
        }
        return glued;
    }

    private static final java.util.regex.Pattern TOPIC = java.util.regex.Pattern.compile("[가-힣A-Za-z0-9)](은|는)\\s");

    /** Nouns that, after a verb in adnominal form, close a clause told before the next one: "합류한 뒤", "떠난 후". */
    private static final Set<String> AFTER_NOUNS = Set.of("뒤", "후", "뒤에", "후에", "다음", "이후", "직후");

    /** Endings that set the next clause against this one: "설립했지만, [회사를 떠난 후]", "투자했으나". */
    private static final List<String> CONTRAST_ENDINGS = List.of("지만", "으나", "었으나", "았으나", "였으나", "는데");

    /**
     * Whether the clause at {@code clauseStart} tells an act at another time than the one before it: it follows a
     * clause closed by a temporal noun ("…떠난 뒤 [설립했다]") or set against it ("…설립했지만, [회사를 떠난 후]").
     */
    static boolean followsAnAct(String sentence, int clauseStart) {
        int end = wordEndBefore(sentence, clauseStart);
        int start = hangulStart(sentence, end);
        if (start == end) {
            return false; // asked at every space of a predicate: most have no Hangul word before them
        }
        String word = sentence.substring(start, end);
        if (afterAnAct(sentence, start, word)) {
            return true;
        }
        for (String ending : CONTRAST_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A temporal noun that closes an act before the next clause, with the particle it may take: "이후에는", "직후로". */
    static final String AFTER_NOUN_WORD = "(?:이후|직후|다음|후|뒤)(?:에는|에|로)?";
    private static final java.util.regex.Pattern AFTER_NOUN_WITH_PARTICLE = java.util.regex.Pattern.compile(AFTER_NOUN_WORD);

    /**
     * Whether the clause at {@code clauseStart} tells a later act than the one before it, also after an act told as
     * a noun ("2023년 11월 알트먼 해임 이후 | MS는 …"), which is cut from the next clause only when it is dated.
     */
    static boolean startsAfterAnAct(String sentence, int clauseStart) {
        int end = wordEndBefore(sentence, clauseStart);
        String word = sentence.substring(hangulStart(sentence, end), end);
        return AFTER_NOUN_WITH_PARTICLE.matcher(word).matches() || followsAnAct(sentence, clauseStart);
    }

    /** Where the word before a clause ends: past the spaces and the one comma that close it. */
    private static int wordEndBefore(String sentence, int clauseStart) {
        int end = clauseStart;
        while (end > 0 && sentence.charAt(end - 1) == ' ') {
            end--;
        }
        return end > 0 && sentence.charAt(end - 1) == ',' ? end - 1 : end;
    }

    /** Where the run of Hangul letters that ends at {@code end} starts. */
    private static int hangulStart(String sentence, int end) {
        int start = end;
        while (start > 0 && ActorMatcher.isHangul(sentence.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Whether {@code word} is a temporal noun after a verb in adnominal form ("합류한 뒤", "투자한 데 이어"). */
    private static boolean afterAnAct(String sentence, int wordStart, String word) {
        if ((word.equals("이어") || word.equals("이어서")) && wordStart >= 3
                && sentence.startsWith("데 ", wordStart - 2)) {
            // "…에 투자한 데 이어", spaced as written or not ("투자한데 이어"): the act before the next one
            return sentence.charAt(wordStart - 3) == ' ' ? afterAnAct(sentence, wordStart - 2, "뒤")
                    : finalNieun(sentence.charAt(wordStart - 3));
        }
        if (!AFTER_NOUNS.contains(word) || wordStart < 2 || sentence.charAt(wordStart - 1) != ' '
                || TriggerWords.insideDoubleQuotes(sentence, wordStart)) {
            return false;
        }
        return finalNieun(sentence.charAt(wordStart - 2));
    }

    /** A syllable with a final ㄴ, the adnominal ending of a past act: 한, 된, 난, 간, 은. */
    private static boolean finalNieun(char syllable) {
        return ActorMatcher.isHangul(syllable) && (syllable - 0xAC00) % 28 == 4;
    }

    /** Endings of a clause that tells what happened just before the next one: "공개하자", "발표되자", "나서자마자". */
    private static final List<String> WHEN_ENDINGS = List.of("하자", "되자", "나자", "히자", "서자", "리자", "자마자");

    private static boolean endsInWhen(String sentence, Clause c) {
        String part = sentence.substring(c.start(), c.end()).strip();
        if (part.endsWith(",")) {
            part = part.substring(0, part.length() - 1);
        }
        for (String ending : WHEN_ENDINGS) {
            if (part.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithConnective(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }


    /** Whether the text between two offsets could carry an event on its own (it holds a trigger and a name). */
    interface PartTest {
        boolean test(int start, int end);
    }
}
