package io.yeonpyo.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArticleDecoderTest {

    private static final String KOREAN = "마이크로소프트(MS)가 오픈AI에 10억달러를 투자했다.";

    @Test
    void plainUtf8() {
        ArticleDecoder.Decoded decoded = ArticleDecoder.decode(KOREAN.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(KOREAN);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf8WithByteOrderMarkLosesTheMark() {
        byte[] body = KOREAN.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(ArticleDecoder.decode(bytes).text()).isEqualTo(KOREAN);
    }

    @Test
    void utf16WithByteOrderMark() {
        byte[] bytes = KOREAN.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM

        ArticleDecoder.Decoded decoded = ArticleDecoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo(KOREAN);
        assertThat(decoded.charset()).isEqualTo("UTF-16BE (BOM)");
    }

    @Test
    void eucKrFromAKoreanSite() {
        byte[] bytes = KOREAN.getBytes(Charset.forName("EUC-KR"));

        ArticleDecoder.Decoded decoded = ArticleDecoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo(KOREAN);
        assertThat(decoded.charset()).isEqualTo("x-windows-949");
    }

    @Test
    void cp949ExtendedSyllablesThatEucKrLacks() {
        String text = "똠방각하의 햏자가 뷁 하고 말했다. 오픈AI와 마이크로소프트의 관계는 오래됐다. " + KOREAN;
        byte[] bytes = text.getBytes(Charset.forName("x-windows-949"));

        assertThat(ArticleDecoder.decode(bytes).text()).isEqualTo(text);
    }

    @Test
    void emptyAndBinaryFilesAreRejectedWithAReason() {
        assertThatThrownBy(() -> ArticleDecoder.decode(new byte[0])).isInstanceOfSatisfying(
                InvalidArticleException.class, e -> assertThat(e.note()).isEqualTo(LoadNote.of("load.note.empty")));
        assertThatThrownBy(() -> ArticleDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.note()).isEqualTo(LoadNote.of("load.note.binary")));
    }

    @Test
    void utf8CutInsideTheLastCharacterKeepsEveryWholeCharacterAndWarns() {
        byte[] whole = KOREAN.getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(whole, whole.length - 2); // drops '.' and the last byte of '다'

        ArticleDecoder.Decoded decoded = ArticleDecoder.decode(truncated);

        assertThat(decoded.text()).isEqualTo("마이크로소프트(MS)가 오픈AI에 10억달러를 투자했");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.warning()).isEqualTo(LoadNote.of("load.note.cutMidCharacter"));
    }

    @Test
    void corruptBytesInTheMiddleAreRejected() {
        byte[] whole = KOREAN.getBytes(StandardCharsets.UTF_8);
        byte[] corrupt = Arrays.copyOf(whole, whole.length);
        corrupt[10] = (byte) 0xFF;

        assertThatThrownBy(() -> ArticleDecoder.decode(corrupt)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.note().key()).isIn("load.note.undetected", "load.note.undecodable"));
    }
}
