package io.yeonpyo.event.web;

import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventView;
import io.yeonpyo.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * One event with every source sentence behind it and its neighbours in the same relationship, described for
 * machines too as schema.org JSON-LD.
 */
@Controller
class EventController {

    static final String VIEW = "events/event";
    static final int NEIGHBOURS = 3;

    private final EventCatalog events;
    private final ObjectMapper json;

    EventController(EventCatalog events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @GetMapping("/events/{slug}")
    String event(@PathVariable String slug, Model model) {
        EventView event = events.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("error.notFound.event", slug));
        model.addAttribute("event", event);
        model.addAttribute("neighbours", events.neighbours(slug, NEIGHBOURS));
        model.addAttribute("jsonLd", EventJsonLd.of(event,
                path -> ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString()).toScript(json));
        return VIEW;
    }
}
