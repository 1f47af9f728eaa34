package io.yeonpyo.extraction;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

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

    private static final Pattern GLOSS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern UNIT = Pattern.compile("(?<=[0-9억조만천백])(달러|원)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** "1 billion", "12.4 trillion": one formatter per thread, since building one looks up locale data. */
    private static final ThreadLocal<NumberFormat> COMPACT = ThreadLocal.withInitial(() -> {
        NumberFormat compact = NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.LONG);
        compact.setMaximumFractionDigits(1);
        return compact;
    });

    public boolean isMoney() {
        return !PERCENT.equals(currency);
    }

    /** As a headline writes it: "10억달러" → "10억 달러"; "100억 달러(약 12조4천억원)" → "100억 달러". */
    String headlineText() {
        String t = GLOSS.matcher(text).replaceAll("").strip();
        return SPACES.matcher(UNIT.matcher(t).replaceAll(" $1")).replaceAll(" ");
    }

    /** In English: "10억달러" → "$1 billion"; "12조4천억원" → "₩12.4 trillion"; "30~35%" → "30–35%". */
    String headlineTextEn() {
        if (!isMoney()) {
            return value.stripTrailingZeros().toPlainString()
                    + (upper == null ? "" : "–" + upper.stripTrailingZeros().toPlainString()) + "%";
        }
        // as a double: JDK 17's compact format ignores the fraction digits of a BigDecimal
        String number = COMPACT.get().format(value.doubleValue());
        return switch (currency) {
            case "USD" -> "$" + number;
            case "KRW" -> "₩" + number;
            case "EUR" -> "€" + number;
            case "JPY" -> "¥" + number;
            default -> number + " " + currency;
        };
    }
}
