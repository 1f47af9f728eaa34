package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.extraction.Amount;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountLabelsTest {

    private final AmountLabels amounts = new AmountLabels(DateLabelsTest.bundles());

    @ParameterizedTest(name = "{0} USD → {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1000000000    | 약 10억 달러    | about US$1B
            13800000000   | 약 138억 달러   | about US$13.8B
            97400000000   | 약 974억 달러   | about US$97.4B
            1380000000000 | 약 1.4조 달러   | about US$1.4T
            500000000000  | 약 5000억 달러  | about US$500B
            """)
    void printsTheDollarValueCompactlyPerLocale(String usd, String korean, String english) {
        Amount amount = new Amount(new BigDecimal(usd), null, "USD", new BigDecimal(usd), "as written");
        assertThat(amounts.usd(amount, Locale.KOREAN)).isEqualTo(korean);
        assertThat(amounts.usd(amount, Locale.ENGLISH)).isEqualTo(english);
    }

    @Test
    void aPercentageHasNoDollarValue() {
        Amount share = new Amount(new BigDecimal("49"), null, Amount.PERCENT, null, "49%");
        assertThat(amounts.usd(share, Locale.KOREAN)).isEmpty();
    }
}
