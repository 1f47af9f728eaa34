package io.yeonpyo.event.web;

import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventView;
import io.yeonpyo.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One event with every source sentence behind it and its neighbours in the same relationship. */
@Controller
class EventController {

    static final String VIEW = "events/event";
    static final int NEIGHBOURS = 3;

    private final EventCatalog events;

    EventController(EventCatalog events) {
        this.events = events;
    }

    @GetMapping("/events/{slug}")
    String event(@PathVariable String slug, Model model) {
        EventView event = events.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("error.notFound.event", slug));
        model.addAttribute("event", event);
        model.addAttribute("neighbours", events.neighbours(slug, NEIGHBOURS));
        return VIEW;
    }
}
