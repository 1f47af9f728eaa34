package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorHandlingShownTest {

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("2025-13", "2025-13"),
                Arguments.of("소송을", "소송을"),
                Arguments.of("<script>alert(7)</script>", "?script?alert?7??/script?"),
                Arguments.of("\"><img src=x onerror=alert(7)>", "???img src?x onerror?alert?7??"),
                Arguments.of("' OR '1'='1", "? OR ?1???1"),
                Arguments.of("/events/2019-x", "/events/2019-x"));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void keepsWordsAndDropsMarkup(String input, String shown) {
        assertThat(ErrorHandling.shown(input)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"60", "61", "10000"})
    void longInputIsCut(int length) {
        assertThat(ErrorHandling.shown("가".repeat(length))).hasSizeLessThanOrEqualTo(61);
    }
}
