package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Nori's morphemes of a whole sentence, with their offsets and tags: what actor discovery reads proper nouns from.
 * Only sentences that may name an actor are read (see {@link ActorDiscovery}). Safe to share between threads: each
 * thread has its own tokenizer.
 */
final class SentenceTokens {

    /** One morpheme (or compound noun) at [start, end) of the sentence; {@code first} is its leading tag. */
    record Token(int start, int end, POS.Tag first, POS.Tag last) {

        boolean properNoun() {
            return first == POS.Tag.NNP || last == POS.Tag.NNP;
        }

        /**
         * Nouns, foreign letters, numbers and noun affixes make up a name; anything else ends it. A determiner inside
         * a word is Nori misreading a foreign name ("와이/MM 콤비/NNG …"): Korean writes a determiner apart.
         */
        boolean nominal() {
            return switch (first) {
                case NNP, NNG, SL, SH, SN, XSN, XPN, NR, MM -> true;
                default -> false;
            };
        }

        boolean particle() {
            return first == POS.Tag.J;
        }

        /** A noun that never stands alone (것, 수, 게): Nori's guess for a syllable it cannot place. */
        boolean boundNoun() {
            return first == POS.Tag.NNB;
        }

        /** A particle, the copula or a verb, or an ending: what makes a word a noun in use ("이번에", "기업인"). */
        boolean inflection() {
            return switch (first) {
                case J, E, VCP, VCN, VV, VA, VX, XSV, XSA -> true;
                default -> false;
            };
        }

        boolean noun() {
            return switch (first) {
                case NNP, NNG, SL, SH -> true;
                default -> false;
            };
        }
    }

    private final ThreadLocal<Reader> readers;

    SentenceTokens(String userDictionaryLines) {
        UserDictionary dictionary = NoriReading.dictionary(userDictionaryLines);
        this.readers = ThreadLocal.withInitial(() -> new Reader(dictionary));
    }

    List<Token> of(String sentence) {
        return readers.get().read(sentence, 0);
    }

    /** The morphemes of [from, to) only, with offsets into the sentence: a few words read between their neighbours. */
    List<Token> of(String sentence, int from, int to) {
        return readers.get().read(sentence.substring(from, to), from);
    }

    private static final class Reader {
        private final KoreanTokenizer tokenizer;
        private final OffsetAttribute offset;
        private final PartOfSpeechAttribute pos;

        Reader(UserDictionary dictionary) {
            tokenizer = NoriReading.tokenizer(dictionary);
            offset = tokenizer.addAttribute(OffsetAttribute.class);
            pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        }

        List<Token> read(String sentence, int shift) {
            List<Token> out = new ArrayList<>();
            NoriReading.read(tokenizer, sentence, () -> {
                POS.Tag last = pos.getRightPOS() == null ? pos.getLeftPOS() : pos.getRightPOS();
                out.add(new Token(shift + offset.startOffset(), shift + offset.endOffset(), pos.getLeftPOS(), last));
            });
            return out;
        }
    }
}
