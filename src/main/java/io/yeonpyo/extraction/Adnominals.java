package io.yeonpyo.extraction;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Verbs in adnominal form, read from Nori's morphological analysis. In "2022년 인수한 X를 xAI에 매각했다" the verb
 * 인수한 ends in an adnominal ending and modifies the noun after it: the relative clause it closes, with its date,
 * describes that noun, and neither its date nor its verb is the sentence's act. Nori tags a verb or adjective (or a
 * noun made one by 하다/되다) followed by an ending; when the next word is a noun, the ending is adnominal.
 * Postpositional verbs ("에 대한", "을 통한", "에 따른") are grammatical glue, and a verb before a temporal noun
 * ("떠난 뒤", "인수한 후") closes a temporal clause that tells an act of its own: neither is a relative clause.
 *
 * <p>Each sentence is analysed once, when first asked about, and the modifiers' ends kept. Safe to share between
 * threads: each thread has its own tokenizer and its own last sentence.
 */
final class Adnominals {

    private static final Set<String> POSTPOSITIONAL = Set.of("대한", "대해", "위한", "위해", "통한", "통해", "관한", "관해",
            "의한", "의해", "인한", "인해", "따른", "따라", "향한", "향해", "비롯한", "비롯해", "지난", "앞둔", "이어진");
    /** "떠난 뒤", "인수한 후", "설립할 때": a temporal clause, which tells its own act in order, not a noun's description. */
    private static final Set<String> TEMPORAL_NOUNS = Set.of("뒤", "후", "전", "다음", "이후", "직후", "직전", "때",
            "당시", "뒤에", "후에", "지");

    private final ThreadLocal<Reading> readings;

    Adnominals(UserDictionary dictionary) {
        this.readings = ThreadLocal.withInitial(() -> new Reading(dictionary));
    }

    static Adnominals withDictionary(String userDictionaryLines) {
        try {
            UserDictionary dictionary = userDictionaryLines.isBlank() ? null
                    : UserDictionary.open(new StringReader(userDictionaryLines));
            return new Adnominals(dictionary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a relative clause ends in {@code text[from, to)}: a verb in adnominal form followed by a noun. */
    boolean modifierBetween(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int end : readings.get().modifierEnds(text)) {
            if (end > from && end <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first verb after {@code at} is in adnominal form: a date right before it ("2014년 MS CEO에 오른
     * 나델라는") belongs to that relative clause.
     */
    boolean firstVerbIsModifier(String text, int at) {
        Reading reading = readings.get();
        reading.modifierEnds(text);
        for (int end : reading.lastVerbEnds) {
            if (end > at) {
                for (int modifier : reading.lastEnds) {
                    if (modifier == end) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The end of the word (up to the next space) that holds {@code at}. */
    static int wordEnd(String text, int at) {
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static final int RECENT = 4;

    private static final class Reading {
        private final KoreanTokenizer tokenizer;
        private final CharTermAttribute term;
        private final OffsetAttribute offset;
        private final PartOfSpeechAttribute pos;
        /** The last few sentences' analyses: the analyzer asks about a sentence and the one before it in turn. */
        private final java.util.LinkedHashMap<String, int[][]> recent = new java.util.LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, int[][]> eldest) {
                return size() > RECENT;
            }
        };
        private int[] lastEnds;
        private int[] lastVerbEnds;

        Reading(UserDictionary dictionary) {
            tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary,
                    KoreanTokenizer.DecompoundMode.NONE, false, true);
            term = tokenizer.addAttribute(CharTermAttribute.class);
            offset = tokenizer.addAttribute(OffsetAttribute.class);
            pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        }

        /** Where each adnominal verb of the text ends; the answers for the last few texts are kept. */
        int[] modifierEnds(String text) {
            int[][] known = recent.computeIfAbsent(text, t -> {
                List<Integer> verbs = new ArrayList<>();
                int[] modifiers = analyse(t, verbs);
                return new int[][] {modifiers, verbs.stream().mapToInt(Integer::intValue).toArray()};
            });
            lastEnds = known[0];
            lastVerbEnds = known[1];
            return lastEnds;
        }

        /** The ends of the adnominal verbs; every verb's end goes into {@code verbEnds}, in order. */
        private int[] analyse(String text, List<Integer> verbEnds) {
            List<Integer> ends = new ArrayList<>();
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                String pendingWord = null; // a verb with an ending, waiting for the token after it
                int pendingEnd = -1;
                while (tokenizer.incrementToken()) {
                    if (pendingWord != null) {
                        boolean spaced = offset.startOffset() > pendingEnd;
                        if (spaced && isNoun(pos.getLeftPOS()) && !POSTPOSITIONAL.contains(pendingWord)
                                && !TEMPORAL_NOUNS.contains(term.toString())) {
                            ends.add(pendingEnd);
                        }
                        pendingWord = null;
                    }
                    if (endsInVerbEnding(pos)) {
                        verbEnds.add(offset.endOffset());
                        pendingWord = wordAround(text, offset.endOffset());
                        pendingEnd = offset.endOffset();
                    }
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException ignored) {
                    // a StringReader does not fail to close
                }
            }
            return ends.stream().mapToInt(Integer::intValue).toArray();
        }

        private static boolean endsInVerbEnding(PartOfSpeechAttribute pos) {
            POS.Tag left = pos.getLeftPOS();
            return pos.getRightPOS() == POS.Tag.E && (left == POS.Tag.VV || left == POS.Tag.VA
                    || left == POS.Tag.XSV || left == POS.Tag.XSA || left == POS.Tag.VX);
        }

        private static boolean isNoun(POS.Tag tag) {
            return tag == POS.Tag.NNG || tag == POS.Tag.NNP || tag == POS.Tag.NNB || tag == POS.Tag.NR
                    || tag == POS.Tag.SL || tag == POS.Tag.SN || tag == POS.Tag.XPN || tag == POS.Tag.NP;
        }

        /** The whole word (between spaces) that ends at {@code end}: "인수한", "대한". */
        private static String wordAround(String text, int end) {
            int start = end;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            return text.substring(start, end);
        }
    }
}
