package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Qualifier;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class DateLabelsTest {

    private final DateLabels dates = new DateLabels(bundles());

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2019             | 2019년            | 2019
            2019/EARLY       | 2019년 초         | early 2019
            2024/MID         | 2024년 중반       | mid-2024
            2024/LATE        | 2024년 말         | late 2024
            2023-11          | 2023년 11월       | Nov 2023
            2025-01/EARLY    | 2025년 1월 초     | early Jan 2025
            2025-06/MID      | 2025년 6월 중순   | mid-Jun 2025
            2025-01/LATE     | 2025년 1월 말     | late Jan 2025
            2023-11-17       | 2023년 11월 17일  | 17 Nov 2023
            2025-02-03       | 2025년 2월 3일    | 3 Feb 2025
            -                | 날짜 미상         | Date unknown
            """)
    void printsEachPrecisionAndQualifierInKoreanAndEnglish(String value, String korean, String english) {
        PartialDate date = parse(value);
        assertThat(dates.format(date, Locale.KOREAN)).isEqualTo(korean);
        assertThat(dates.format(date, Locale.ENGLISH)).isEqualTo(english);
    }

    /** "2025-01/LATE" → 2025-01 with the LATE qualifier, as {@link PartialDate#toString()} prints it. */
    private static PartialDate parse(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split("/");
        PartialDate date = PartialDate.parse(parts[0]);
        return parts.length == 1 ? date : date.withQualifier(Qualifier.valueOf(parts[1]));
    }
}
