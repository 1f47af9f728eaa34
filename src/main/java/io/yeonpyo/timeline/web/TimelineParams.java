package io.yeonpyo.timeline.web;

import io.yeonpyo.event.EventFilter;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import jakarta.validation.constraints.Min;

/**
 * The timeline's query string, so every filtered view is a link: {@code /?company=microsoft&from=2023}.
 * Empty form fields mean "no restriction"; {@code page} counts from 0.
 */
record TimelineParams(String company, String person, EventType type, String relationship,
                      PartialDate from, PartialDate to, String q, Boolean disputed, @Min(0) Integer page) {

    /** Normalised like the filter, because the form and the active-filter links read these fields. */
    TimelineParams {
        company = EventFilter.blankToNull(company);
        person = EventFilter.blankToNull(person);
        relationship = EventFilter.blankToNull(relationship);
        q = EventFilter.blankToNull(q);
        page = page == null ? 0 : page;
    }

    EventFilter toFilter() {
        return new EventFilter(company, person, type, relationship, from, to, q, disputed);
    }

    // Public (like the helpers on the other view records) because templates call it through SpEL.
    public boolean isFiltered() {
        return !toFilter().equals(EventFilter.NONE);
    }
}
