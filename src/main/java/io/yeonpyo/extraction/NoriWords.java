package io.yeonpyo.extraction;

import java.util.Set;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What Nori's morphological analysis says of single words, read between their neighbours: whether a word is a verb in
 * adnominal form, and whether it is a proper noun taking a subject or topic particle.
 *
 * <p>Verbs in adnominal form. In "2022년 인수한 X를 xAI에 매각했다" the verb
 * 인수한 ends in an adnominal ending and modifies the noun after it: the relative clause it closes, with its date,
 * describes that noun, and neither its date nor its verb is the sentence's act. Nori tags a verb or adjective (or a
 * noun made one by 하다/되다) followed by an ending; when the next word is a noun, the ending is adnominal.
 * Postpositional verbs ("에 대한", "을 통한", "에 따른") are grammatical glue, and a verb before a temporal noun
 * ("떠난 뒤", "인수한 후") closes a temporal clause that tells an act of its own: neither is a relative clause.
 *
 * <p>Proper nouns as subjects: "브렛 테일러 의장은 …을 거절했다", "야후는 구글과 계약을 맺었다". A name that
 * {@code data/actors.yml} does not list still acts in its clause; the analyzer must not hand its act to a listed name
 * standing nearby.
 *
 * <p>Only a word that can end in an adnominal ending (a final ㄴ or ㄹ) is read, between the words before and after
 * it, and each reading is kept: a sentence is never analysed whole. Safe to share between threads: each thread has its
 * own tokenizer and its own readings.
 */
final class NoriWords {

    private static final Set<String> POSTPOSITIONAL = Set.of("대한", "대해", "위한", "위해", "통한", "통해", "관한", "관해",
            "의한", "의해", "인한", "인해", "따른", "따라", "향한", "향해", "비롯한", "비롯해", "지난", "앞둔", "이어진");
    /**
     * "떠난 뒤", "인수한 후", "설립할 때", "투자한 데 이어": a temporal clause, which tells its own act in order, not a
     * noun's description.
     */
    private static final Set<String> TEMPORAL_NOUNS = Set.of("뒤", "후", "전", "다음", "이후", "직후", "직전", "때",
            "당시", "뒤에", "후에", "지", "데");

    /**
     * "충돌할 수 있다며", "투자한 바 있다", "몰랐던 듯", "앉은 채": a dependent noun of possibility, manner or
     * experience makes the verb before it part of the predicate; it describes nothing.
     */
    private static final Set<String> PREDICATE_NOUNS = Set.of("수", "듯", "채", "바", "만큼", "대로", "뿐", "척", "줄",
            "법", "터");

    private static final Set<String> SUBJECT_PARTICLES = Set.of("이", "가", "은", "는");

    private final ThreadLocal<Reading> readings;

    NoriWords(UserDictionary dictionary) {
        this.readings = ThreadLocal.withInitial(() -> new Reading(dictionary));
    }

    static NoriWords withDictionary(String userDictionaryLines) {
        return new NoriWords(NoriReading.dictionary(userDictionaryLines));
    }

    /** Whether a relative clause ends within {@code (from, to]}: a verb in adnominal form followed by a noun. */
    boolean modifierBetween(String text, int from, int to) {
        Reading reading = readings.get();
        // every word that ends in (from, to], read whole even when it starts before from
        int first = wordStart(text, Math.min(Math.max(0, from), text.length()));
        for (int start = wordStartAfter(text, first); start < to; start = wordStartAfter(text, wordEnd(text, start))) {
            int end = wordEnd(text, start);
            if (end <= from) {
                continue;
            }
            // every adnominal ending ends in a syllable with a final ㄴ or ㄹ (한, 된, 는, 던, 할, 을): other words
            // need no analysis
            if (end > to || !adnominalSyllable(text.charAt(end - 1))) {
                continue;
            }
            if (reading.read(previousWord(text, start), text.substring(start, end), nextWord(text, end)).modifier()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first verb after {@code at} is in adnominal form: a date right before it ("2014년 MS CEO에 오른
     * 나델라는") belongs to that relative clause. Only the next few words are read.
     */
    boolean firstVerbIsModifier(String text, int at) {
        Reading reading = readings.get();
        int start = wordStartAfter(text, at);
        for (int words = 0; words < FIRST_VERB_WITHIN && start < text.length(); words++) {
            int end = wordEnd(text, start);
            WordReading word = reading.read(previousWord(text, start), text.substring(start, end), nextWord(text, end));
            if (word.verb()) {
                return word.modifier();
            }
            start = wordStartAfter(text, end);
        }
        return false;
    }

    /**
     * Whether the word at {@code start} ends in a subject or topic particle (이/가/은/는) and it or the word before it
     * is read as a proper noun: an unknown party taking the subject's place ("테일러 의장은", "야후는").
     */
    boolean properNounSubject(String text, int start) {
        int end = wordEnd(text, start);
        WordReading word = readings.get().read(previousWord(text, start), text.substring(start, end), nextWord(text, end));
        return word.properNounSubject();
    }

    /** Whether the word at {@code start} is a verb with its ending ("받자", "높였고"), not a noun ("투자"). */
    boolean verbAt(String text, int start) {
        int end = wordEnd(text, start);
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--; // "투자하자,": the word without the comma after it
        }
        return readings.get().read(previousWord(text, start), text.substring(start, end), nextWord(text, end))
                .inflected();
    }

    /** How many words after a date its verb is looked for. */
    private static final int FIRST_VERB_WITHIN = 8;

    /** The first offset at or after {@code at} that is no space: where the next word starts. */
    static int wordStartAfter(String text, int at) {
        int i = Math.max(0, at);
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String previousWord(String text, int start) {
        int end = wordEndBefore(text, start);
        return text.substring(wordStart(text, end), end);
    }

    /** The offset after the last character before {@code at} that is no space: where the previous word ends. */
    static int wordEndBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The start of the word (back to the previous space) that ends at or holds {@code at}. */
    static int wordStart(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static String nextWord(String text, int end) {
        int start = wordStartAfter(text, end);
        return start >= text.length() ? "" : text.substring(start, wordEnd(text, start));
    }

    /** A syllable an adnominal ending can end in: one with a final ㄴ or ㄹ. */
    static boolean adnominalSyllable(char c) {
        if (c < '가' || c > '힣') {
            return false;
        }
        int finalConsonant = (c - '가') % 28;
        return finalConsonant == 4 || finalConsonant == 8;
    }

    /** The end of the word (up to the next space) that holds {@code at}. */
    static int wordEnd(String text, int at) {
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** What Nori reads in a word: whether it ends in a verb ending, and whether that ending modifies a noun after it. */
    /** @param inflected whether the word is a verb stem with its ending, however Nori splits it ("손잡/자") */
    private record WordReading(boolean verb, boolean modifier, boolean properNounSubject, boolean inflected) {
    }

    /** Readings kept per thread: news repeats its words, and a clause is asked about more than once. */
    private static final int KEPT = 4096;

    private static final class Reading {
        private final KoreanTokenizer tokenizer;
        private final CharTermAttribute term;
        private final OffsetAttribute offset;
        private final PartOfSpeechAttribute pos;
        private final java.util.LinkedHashMap<String, WordReading> kept = new java.util.LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, WordReading> eldest) {
                return size() > KEPT;
            }
        };

        Reading(UserDictionary dictionary) {
            tokenizer = NoriReading.tokenizer(dictionary);
            term = tokenizer.addAttribute(CharTermAttribute.class);
            offset = tokenizer.addAttribute(OffsetAttribute.class);
            pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        }

        /** The word read between its neighbours: Nori tells "CEO에 오른 나델라" (a verb) from "오른 나델라" (a determiner). */
        WordReading read(String previous, String word, String next) {
            String words = previous + ' ' + word + ' ' + next;
            int wordStart = previous.length() + 1;
            return kept.computeIfAbsent(words, w -> analyse(w, wordStart, wordStart + word.length(), next.isEmpty()));
        }

        /** Whether the word at [wordStart, wordEnd) ends in a verb ending that modifies a noun after it. */
        private WordReading analyse(String words, int wordStart, int wordEnd, boolean nothingAfter) {
            Tags tags = new Tags();
            NoriReading.read(tokenizer, words, () -> {
                if (offset.endOffset() <= wordStart) {
                    tags.properNoun |= pos.getLeftPOS() == POS.Tag.NNP; // "브렛 테일러 의장은": the name before
                    return; // the word before, read only as context
                }
                if (offset.endOffset() <= wordEnd) {
                    tags.properNoun |= pos.getLeftPOS() == POS.Tag.NNP;
                    tags.subjectParticle = offset.endOffset() == wordEnd && pos.getLeftPOS() == POS.Tag.J
                            && SUBJECT_PARTICLES.contains(term.toString());
                    // "주도한" is one token (XSA+E); "이끄는" is two (이끄/VV, 는/E). Of two, only an action verb's:
                    // "이같은", "없는" (adjectives) describe without a clause of their own
                    tags.verb = offset.endOffset() == wordEnd && (endsInVerbEnding(pos)
                            || pos.getLeftPOS() == POS.Tag.E && tags.actionStem
                            && ADNOMINAL_ENDINGS.contains(term.toString()));
                    tags.actionStem = pos.getRightPOS() == POS.Tag.VV;
                    tags.verbStem |= isVerbStem(pos.getLeftPOS()) || isVerbStem(pos.getRightPOS());
                    tags.ending = offset.endOffset() == wordEnd && pos.getRightPOS() == POS.Tag.E;
                } else if (!tags.afterWord) {
                    tags.afterWord = true;
                    String word = words.substring(wordStart, wordEnd);
                    // "투자한다고 발표했다": a noun after it, but only an ending in ㄴ or ㄹ describes one
                    tags.modifier = tags.verb && offset.startOffset() > wordEnd && isNoun(pos.getLeftPOS())
                            && adnominalSyllable(words.charAt(wordEnd - 1))
                            && !POSTPOSITIONAL.contains(word) && !TEMPORAL_NOUNS.contains(term.toString())
                            && !PREDICATE_NOUNS.contains(term.toString());
                }
            });
            return new WordReading(tags.verb, tags.modifier && !nothingAfter, tags.properNoun && tags.subjectParticle,
                    tags.verbStem && tags.ending);
        }

        /** What the tokens of a word said so far. */
        private static final class Tags {
            boolean verb;
            boolean modifier;
            boolean properNoun;
            boolean subjectParticle;
            boolean afterWord;
            boolean actionStem;
            boolean verbStem;
            boolean ending;
        }

        private static boolean endsInVerbEnding(PartOfSpeechAttribute pos) {
            return pos.getRightPOS() == POS.Tag.E && isVerbStem(pos.getLeftPOS());
        }

        /** The endings that, after an action verb's stem, make it modify a noun: "이끄는", "이끌던" (not "따르면"). */
        private static final java.util.Set<String> ADNOMINAL_ENDINGS = java.util.Set.of("는", "은", "던", "을", "ㄴ", "ㄹ");

        private static boolean isVerbStem(POS.Tag tag) {
            return tag == POS.Tag.VV || tag == POS.Tag.VA || tag == POS.Tag.XSV || tag == POS.Tag.XSA
                    || tag == POS.Tag.VX;
        }

        private static boolean isNoun(POS.Tag tag) {
            return tag == POS.Tag.NNG || tag == POS.Tag.NNP || tag == POS.Tag.NNB || tag == POS.Tag.NR
                    || tag == POS.Tag.SL || tag == POS.Tag.SN || tag == POS.Tag.XPN || tag == POS.Tag.NP;
        }
    }
}
