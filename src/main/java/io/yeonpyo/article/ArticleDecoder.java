package io.yeonpyo.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Bytes of an article file → text, whatever encoding Korean sites saved it in. */
final class ArticleDecoder {

    /** Tried in order after the byte-order marks; CP949 is the superset of EUC-KR used by Korean sites. */
    private static final List<Charset> CANDIDATES = List.of(StandardCharsets.UTF_8, Charset.forName("x-windows-949"));

    private ArticleDecoder() {
    }

    /** @param warning what was repaired, or null */
    record Decoded(String text, String charset, String warning) {

        Decoded(String text, String charset) {
            this(text, charset, null);
        }
    }

    /** @throws InvalidArticleException when the bytes are not text in any supported encoding */
    static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidArticleException("the file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
        }
        if (looksBinary(bytes)) {
            throw new InvalidArticleException("the file is binary, not text");
        }
        Decoded cutShort = utf8CutMidCharacter(bytes);
        if (cutShort != null) {
            return cutShort;
        }
        for (Charset charset : CANDIDATES) {
            try {
                return new Decoded(decoder(charset).decode(ByteBuffer.wrap(bytes)).toString(), charset.name());
            } catch (CharacterCodingException notThisOne) {
                // try the next encoding
            }
        }
        throw new InvalidArticleException("the text is neither valid UTF-8 nor EUC-KR/CP949 (truncated or corrupt?)");
    }

    /** A download cut off inside the last character is still the article: keep all whole characters and say so. */
    private static Decoded utf8CutMidCharacter(byte[] bytes) {
        for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
            int lead = bytes[bytes.length - cut] & 0xFF;
            if (lead >= 0xC0) {
                try {
                    String text = decoder(StandardCharsets.UTF_8)
                            .decode(ByteBuffer.wrap(bytes, 0, bytes.length - cut)).toString();
                    return new Decoded(text, "UTF-8",
                            "the file ends in the middle of a character (truncated?); the incomplete last character was dropped");
                } catch (CharacterCodingException notJustTheTail) {
                    return null;
                }
            }
            if (lead < 0x80) {
                return null;
            }
        }
        return null;
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, String label) {
        try {
            String text = decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, label);
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("the file starts with a " + label + " mark but is not valid " + charset);
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    // NUL bytes never occur in text encoded without a BOM-marked UTF-16.
    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
