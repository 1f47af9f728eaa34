package io.yeonpyo.event;

import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;

/** What scoring an event needs, without its actors and sources: cheap to read for every event of a relationship. */
public record EventOutline(String slug, PartialDate date, EventType type, String headline) {
}
