package io.yeonpyo.extraction;

/** The kinds of event the timeline knows. Trigger words for each live in {@code data/event-types.yml}. */
public enum EventType {
    INVESTMENT, BOARD, CONTRACT, FEUD, PARTNERSHIP, ACQUISITION, PERSONNEL, FOUNDING, OTHER
}
