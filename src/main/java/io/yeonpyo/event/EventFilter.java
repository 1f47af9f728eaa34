package io.yeonpyo.event;

import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;

/**
 * What a reader asked to see. Every field is optional (null = no restriction). {@code from}/{@code to} are
 * inclusive and compare periods: from=2023 keeps everything that may fall in 2023 or later.
 */
public record EventFilter(String company, String person, EventType type, String relationship,
                          PartialDate from, PartialDate to, String q) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null);
}
