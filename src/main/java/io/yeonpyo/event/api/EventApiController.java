package io.yeonpyo.event.api;

import io.swagger.v3.oas.annotations.Operation;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.system.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The timeline as JSON, with the same filters as the pages. */
@RestController
@RequestMapping("/api/events")
class EventApiController {

    private final EventCatalog events;

    EventApiController(EventCatalog events) {
        this.events = events;
    }

    @Operation(summary = "A page of events matching the filters, dated ones in date order, then undated ones")
    @GetMapping
    EventPageJson search(@Valid EventsParams params) {
        return EventPageJson.of(events.searchWithSources(params.toFilter(), params.page(), params.size()));
    }

    @Operation(summary = "One event with every source sentence")
    @GetMapping("/{slug}")
    EventJson event(@PathVariable String slug) {
        return events.bySlug(slug).map(EventJson::of)
                .orElseThrow(() -> new NotFoundException("error.notFound.event", slug));
    }
}
