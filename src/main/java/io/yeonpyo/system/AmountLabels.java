package io.yeonpyo.system;

import io.yeonpyo.extraction.Amount;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dollar value of an amount in words a reader scans easily: "약 10억 달러" / "about US$1B". The original
 * expression ({@link Amount#text()}) is always shown beside it, so rounding here loses nothing.
 */
public class AmountLabels {

    private final MessageSource messages;

    AmountLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** Empty when there is no dollar value (a percentage, or a currency without a known rate). */
    public String usd(Amount amount) {
        return usd(amount, LocaleContextHolder.getLocale());
    }

    public String usd(Amount amount, Locale locale) {
        if (amount == null || amount.usd() == null) {
            return "";
        }
        return messages.getMessage("amount.usd", new Object[] {compact(amount.usd(), locale)}, locale);
    }

    private static String compact(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        // As a double: JDK 17's compact format ignores the fraction digits for BigDecimal (13.8B would print "14B").
        return format.format(value.doubleValue());
    }
}
