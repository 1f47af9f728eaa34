package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralWordsTest {

    private static final LiteralWords WORDS = LiteralWords.of("전망|가능성|까?|수 있|검토 중");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            인수할 가능성이 크다            | true
            합의할 수 있다                 | true
            합의할 수도 있다               | false
            제소할까?                     | true
            제소할까                      | false
            인수를 검토 중이다              | true
            인수를 검토했다                | false
            오픈AI를 고소했다              | false
            전망                         | true
            """)
    void findsAWordAnywhere(String text, boolean expected) {
        assertThat(WORDS.occursIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} [{1}, {2})")
    @CsvSource(delimiter = '|', textBlock = """
            가능성이 있다 | 0 | 3 | true
            가능성이 있다 | 0 | 2 | false
            가능성이 있다 | 1 | 7 | false
            큰 전망이다   | 2 | 4 | true
            """)
    void aWordMustLieWhollyInsideTheRegion(String text, int from, int to, boolean expected) {
        assertThat(WORDS.occursIn(text, from, to)).isEqualTo(expected);
    }
}
