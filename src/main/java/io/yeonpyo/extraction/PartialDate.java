package io.yeonpyo.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date known to a year, a month or a day, optionally narrowed to a part of it (초/중순/말).
 * Never padded into a fake {@link LocalDate}: 2019 stays "2019", not 2019-01-01.
 * Month and day are 0 when not known.
 */
public record PartialDate(int year, int month, int day, Precision precision, Qualifier qualifier) {

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.NONE) {
            throw new IllegalArgumentException("an unknown date is represented by null, not by a PartialDate");
        }
        if (precision == Precision.YEAR && (month != 0 || day != 0)) {
            throw new IllegalArgumentException("a YEAR date has no month or day");
        }
        if (precision == Precision.MONTH && (month < 1 || month > 12 || day != 0)) {
            throw new IllegalArgumentException("a MONTH date needs a month 1-12 and no day");
        }
        if (precision == Precision.DAY) {
            LocalDate.of(year, month, day); // throws DateTimeException for 2023-02-30
            if (qualifier != null) {
                throw new IllegalArgumentException("a DAY date has no qualifier");
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, Precision.YEAR, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, Precision.MONTH, null);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, Precision.DAY, null);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public PartialDate withQualifier(Qualifier newQualifier) {
        return new PartialDate(year, month, day, precision, newQualifier);
    }

    /**
     * Parses "2019", "2023-11" or "2023-11-17".
     *
     * @throws IllegalArgumentException with a readable message for anything else
     */
    public static PartialDate parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            if (value.matches("\\d{4}")) {
                return ofYear(Integer.parseInt(value));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(value);
                return ofMonth(ym.getYear(), ym.getMonthValue());
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return of(LocalDate.parse(value));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a real date: '" + value + "'");
        }
        throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD but got '" + value + "'");
    }

    /** "2019", "2023-11" or "2023-11-17". */
    public String iso() {
        return switch (precision) {
            case YEAR -> pad(year, 4);
            case MONTH -> pad(year, 4) + "-" + pad(month, 2);
            case DAY -> pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2);
            case NONE -> throw new IllegalStateException();
        };
    }

    /** Zero-padded like {@code %04d} for non-negative numbers, without the cost of String.format. */
    private static String pad(int n, int width) {
        String digits = Integer.toString(n);
        return n < 0 || digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** First day this date may denote, taking the qualifier into account. */
    public LocalDate firstDay() {
        return switch (precision) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> qualified(LocalDate.of(year, month, 1), YearMonth.of(year, month).lengthOfMonth(), true);
            case YEAR -> qualifiedYear(true);
            case NONE -> throw new IllegalStateException();
        };
    }

    /** Last day this date may denote, taking the qualifier into account. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> qualified(LocalDate.of(year, month, 1), YearMonth.of(year, month).lengthOfMonth(), false);
            case YEAR -> qualifiedYear(false);
            case NONE -> throw new IllegalStateException();
        };
    }

    // 초 = first third, 중순 = middle third, 말 = last third of the period.
    private LocalDate qualified(LocalDate start, int length, boolean first) {
        if (qualifier == null) {
            return first ? start : start.plusDays(length - 1L);
        }
        int third = length / 3;
        return switch (qualifier) {
            case EARLY -> first ? start : start.plusDays(third - 1L);
            case MID -> first ? start.plusDays(third) : start.plusDays(2L * third - 1);
            case LATE -> first ? start.plusDays(2L * third) : start.plusDays(length - 1L);
        };
    }

    private LocalDate qualifiedYear(boolean first) {
        if (qualifier == null) {
            return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        }
        return switch (qualifier) {
            case EARLY -> first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 4, 30);
            case MID -> first ? LocalDate.of(year, 5, 1) : LocalDate.of(year, 8, 31);
            case LATE -> first ? LocalDate.of(year, 9, 1) : LocalDate.of(year, 12, 31);
        };
    }

    /** True when this date lies within the other's period or the other within this one: 2019 and 2019-07 agree. */
    public boolean compatibleWith(PartialDate other) {
        return !firstDay().isAfter(other.lastDay()) && !other.firstDay().isAfter(lastDay())
                && (contains(other) || other.contains(this));
    }

    /** True when every day of {@code other} lies within this date's period. */
    public boolean contains(PartialDate other) {
        return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
    }

    /** A finer date is more informative than a coarser one. */
    public boolean isFinerThan(PartialDate other) {
        return precision.ordinal() > other.precision.ordinal()
                || (precision == other.precision && qualifier != null && other.qualifier == null);
    }

    @Override
    public String toString() {
        return qualifier == null ? iso() : iso() + "/" + qualifier;
    }
}
