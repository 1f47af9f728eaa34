package io.yeonpyo.system;

import io.yeonpyo.extraction.PartialDate;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Binds {@code from=2023-11} style parameters. As a Formatter (not a plain Converter) an empty form field
 * becomes null instead of a binding error; a malformed value becomes a {@code typeMismatch} field error.
 */
class PartialDateFormatter implements Formatter<PartialDate> {

    @Override
    public PartialDate parse(String text, Locale locale) {
        return PartialDate.parse(text);
    }

    @Override
    public String print(PartialDate date, Locale locale) {
        return date.iso();
    }
}
