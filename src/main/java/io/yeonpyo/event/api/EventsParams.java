package io.yeonpyo.event.api;

import io.yeonpyo.event.EventFilter;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Query string of {@code GET /api/events}: the timeline's filters plus {@code page} (from 0) and {@code size}.
 * Blank filter values mean no restriction; {@link EventFilter} sees to that.
 */
record EventsParams(String company, String person, EventType type, String relationship,
                    PartialDate from, PartialDate to, String q, Boolean disputed,
                    @Min(0) Integer page, @Min(1) @Max(1000) Integer size) {

    static final int DEFAULT_SIZE = 50;

    EventsParams {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    EventFilter toFilter() {
        return new EventFilter(company, person, type, relationship, from, to, q, disputed);
    }
}
