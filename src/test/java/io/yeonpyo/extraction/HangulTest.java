package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Revised Romanization and jamo distance, on names and on the examples the rules themselves give. */
class HangulTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            마크 토버로프     | Makeu Tobeoropeu
            윌리엄 새비트     | Willieom Saebiteu
            리나 칸           | Rina Kan
            한국              | Hanguk
            신라              | Silla
            종로              | Jongno
            독립문            | Dongnimmun
            백마              | Baengma
            먹어              | Meogeo
            와이컴비네이터(YC) | Waikeombineiteo(YC)
            """)
    void romanizesByTheRevisedRules(String hangul, String expected) {
        assertThat(Hangul.romanize(hangul)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource(delimiter = '|', textBlock = """
            곤잘레스   | 곤살레스   | 1
            에밋       | 에멧       | 1
            토버로프   | 토베로프   | 1
            브로크먼   | 브록먼     | 2
            곤잘레스   | 로저스     | 6
            스콧       | 스콧       | 0
            """)
    void measuresSpellingsInJamo(String a, String b, int distance) {
        assertThat(Hangul.jamoDistance(a, b)).isEqualTo(distance);
    }
}
