package io.yeonpyo.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/** Bytes of an article file → text, whatever encoding Korean sites saved it in. */
final class ArticleDecoder {

    /** Korean sites label pages EUC-KR but write CP949, its superset: decode with the superset. */
    private static final Charset CP949 = Charset.forName("x-windows-949");

    private ArticleDecoder() {
    }

    /** @param warning what was repaired, or null */
    record Decoded(String text, String charset, LoadNote warning) {

        Decoded(String text, String charset) {
            this(text, charset, null);
        }
    }

    /** @throws InvalidArticleException when the bytes are not text in any supported encoding */
    static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidArticleException("load.note.empty");
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
            throw new InvalidArticleException("load.note.binary");
        }
        // Valid UTF-8 is almost never anything else, so it needs no guessing.
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            // detect below
        }
        Decoded cutShort = utf8CutMidCharacter(bytes);
        if (cutShort != null) {
            return cutShort;
        }
        Charset detected = detect(bytes);
        Decoded best = null;
        for (Charset candidate : detected == null || detected.equals(CP949) ? List.of(CP949) : List.of(detected, CP949)) {
            Decoded decoded = tryDecode(bytes, candidate);
            if (decoded != null && (best == null || hangulShare(decoded.text()) > hangulShare(best.text()))) {
                best = decoded;
            }
        }
        if (best == null) {
            throw detected == null ? new InvalidArticleException("load.note.undetected")
                    : new InvalidArticleException("load.note.undecodable", detected.name());
        }
        return best;
    }

    private static Decoded tryDecode(byte[] bytes, Charset charset) {
        try {
            return new Decoded(decoder(charset).decode(ByteBuffer.wrap(bytes)).toString(), charset.name());
        } catch (CharacterCodingException wrongGuess) {
            return null;
        }
    }

    /**
     * Detectors trained on short samples often read CP949's extended syllables (똠, 햏, 뷁) as GBK; the articles are
     * Korean, so among the decodings that succeed the one that yields the most Hangul wins.
     */
    private static double hangulShare(String text) {
        long hangul = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                .count();
        return (double) hangul / Math.max(1, text.length());
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return null;
        }
        Charset charset = Charset.forName(name);
        return charset.name().equals("EUC-KR") ? CP949 : charset;
    }

    /** A download cut off inside the last character is still the article: keep all whole characters and say so. */
    private static Decoded utf8CutMidCharacter(byte[] bytes) {
        for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
            int lead = bytes[bytes.length - cut] & 0xFF;
            if (lead >= 0xC0) {
                try {
                    String text = decoder(StandardCharsets.UTF_8)
                            .decode(ByteBuffer.wrap(bytes, 0, bytes.length - cut)).toString();
                    return new Decoded(text, "UTF-8", LoadNote.of("load.note.cutMidCharacter"));
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
            throw new InvalidArticleException("load.note.badBom", label, charset);
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
