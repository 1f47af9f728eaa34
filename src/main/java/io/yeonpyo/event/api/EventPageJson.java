package io.yeonpyo.event.api;

import io.yeonpyo.event.EventPage;
import java.util.List;

/** {@code {"total":N,"page":P,"size":S,"events":[...]}}. */
record EventPageJson(long total, int page, int size, List<EventJson> events) {

    static EventPageJson of(EventPage page) {
        return new EventPageJson(page.total(), page.page(), page.size(),
                page.events().stream().map(EventJson::of).toList());
    }
}
