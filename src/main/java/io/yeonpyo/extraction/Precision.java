package io.yeonpyo.extraction;

/** How much of a date is known. {@code NONE} is only used at the edges (API, pages) for an undated event. */
public enum Precision {
    YEAR, MONTH, DAY, NONE
}
