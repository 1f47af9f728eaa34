package io.yeonpyo.system;

import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Qualifier;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a partial date as text ("2019", "2023-11", "2025-01/LATE"), so no fake day is ever written. */
@Converter
public class PartialDateConverter implements AttributeConverter<PartialDate, String> {

    @Override
    public String convertToDatabaseColumn(PartialDate date) {
        return toText(date);
    }

    /** The stored text, null for no date; also for rows written with plain JDBC. */
    public static String toText(PartialDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public PartialDate convertToEntityAttribute(String text) {
        return text == null ? null : fromText(text);
    }

    /** Inverse of {@link PartialDate#toString()}. */
    public static PartialDate fromText(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return PartialDate.parse(text);
        }
        return PartialDate.parse(text.substring(0, slash)).withQualifier(Qualifier.valueOf(text.substring(slash + 1)));
    }
}
