package io.yeonpyo.extraction;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * The one way the extraction reads text with Nori: the user dictionary of the listed names, a tokenizer that keeps
 * compounds whole and drops punctuation, and a pass over a text that always leaves the tokenizer ready for the next.
 * A tokenizer is not thread-safe: each thread keeps its own.
 */
final class NoriReading {

    private NoriReading() {
    }

    /** The user dictionary written as Nori's lines ({@link Lexicon#noriUserDictionary()}), or null when empty. */
    static UserDictionary dictionary(String userDictionaryLines) {
        try {
            return userDictionaryLines.isBlank() ? null : UserDictionary.open(new StringReader(userDictionaryLines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KoreanTokenizer tokenizer(UserDictionary dictionary) {
        return new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary,
                KoreanTokenizer.DecompoundMode.NONE, false, true);
    }

    /** Runs {@code eachToken} with the tokenizer's attributes set to each token of {@code text} in turn. */
    static void read(KoreanTokenizer tokenizer, String text, Runnable eachToken) {
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                eachToken.run();
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
    }
}
