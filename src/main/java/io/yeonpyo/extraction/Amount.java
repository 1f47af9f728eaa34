package io.yeonpyo.extraction;

import java.math.BigDecimal;

/**
 * A sum of money or a share as written in the article.
 *
 * @param value    the number in {@code currency} units (10억달러 → 1000000000, 30~35% → 30 with {@code upper} 35)
 * @param upper    upper bound of a range ("30~35%"), or null
 * @param currency ISO code ({@code USD}, {@code KRW}) or {@code PERCENT}
 * @param usd      value in US dollars, or null for a percentage
 * @param text     the expression as written, e.g. "100억 달러(약 12조4천억원)"
 */
public record Amount(BigDecimal value, BigDecimal upper, String currency, BigDecimal usd, String text) {

    public static final String PERCENT = "PERCENT";

    public boolean isMoney() {
        return !PERCENT.equals(currency);
    }
}
