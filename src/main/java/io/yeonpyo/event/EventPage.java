package io.yeonpyo.event;

import java.util.List;

/** One page of events in timeline order: dated events by date, then undated ones. */
public record EventPage(long total, int page, int size, List<EventView> events) {

    public EventPage {
        events = List.copyOf(events);
    }
}
