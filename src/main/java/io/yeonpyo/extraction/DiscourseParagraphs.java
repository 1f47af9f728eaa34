package io.yeonpyo.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sentences a reader takes as one paragraph when following who does what. Mostly the lines of the page; but
 * an article written a sentence per line (broadcasters' web text, wire copy split for phones) has no paragraphs of
 * topic at all, and there a sentence goes on from the one before it as inside a paragraph.
 */
final class DiscourseParagraphs {

    /** Below this many body lines a page tells too little to call its layout. */
    private static final int MIN_LINES = 4;
    /** The share of body lines holding one sentence that makes a sentence-per-line layout. */
    private static final double ONE_SENTENCE_SHARE = 0.8;

    private DiscourseParagraphs() {
    }

    /** The paragraph number of each piece, in the order given: the source line's, or one for the whole body. */
    static int[] of(List<SentenceSplitter.Piece> pieces) {
        Map<Integer, Integer> sentencesPerLine = new HashMap<>();
        for (SentenceSplitter.Piece p : pieces) {
            if (p.kind() == SentenceKind.BODY) {
                sentencesPerLine.merge(p.paragraph(), 1, Integer::sum);
            }
        }
        long single = sentencesPerLine.values().stream().filter(n -> n == 1).count();
        boolean sentencePerLine = sentencesPerLine.size() >= MIN_LINES
                && single >= ONE_SENTENCE_SHARE * sentencesPerLine.size();
        int[] out = new int[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            out[i] = sentencePerLine ? 0 : pieces.get(i).paragraph();
        }
        return out;
    }
}
