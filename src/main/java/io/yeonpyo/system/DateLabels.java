package io.yeonpyo.system;

import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Precision;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Prints a {@link PartialDate} at exactly the precision it is known: "2019년", "2025년 1월 말",
 * "2023년 11월 17일" / "2019", "late Jan 2025", "17 Nov 2023". The patterns live in the message bundles;
 * templates call it as {@code ${@dates.format(event.date)}}.
 */
public class DateLabels {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MessageSource messages;

    DateLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** In the current request's locale; null prints as "날짜 미상" / "Date unknown". */
    public String format(PartialDate date) {
        return format(date, LocaleContextHolder.getLocale());
    }

    public String format(PartialDate date, Locale locale) {
        if (date == null) {
            return messages.getMessage("date.unknown", null, locale);
        }
        // Numbers go in as strings: MessageFormat would print the year 2019 as "2,019".
        Object[] parts = {
                String.valueOf(date.year()),
                String.valueOf(date.month()),
                String.valueOf(date.day()),
                date.month() == 0 ? "" : Month.of(date.month()).getDisplayName(TextStyle.SHORT, locale)
        };
        String key = switch (date.precision()) {
            case YEAR -> "date.year";
            case MONTH -> "date.month";
            case DAY -> "date.day";
            case NONE -> throw new IllegalStateException("PartialDate never has precision NONE");
        };
        String text = messages.getMessage(key, parts, locale);
        if (date.qualifier() == null) {
            return text;
        }
        String period = date.precision() == Precision.YEAR ? "year" : "month";
        return messages.getMessage("date.qualifier." + period + "." + date.qualifier(), new Object[] {text}, locale);
    }

    /** A point in time such as a load's end, in UTC so every reader sees the same text. */
    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
