package io.yeonpyo.event.web;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventView;
import io.yeonpyo.system.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private final ActorCatalog actors;
    private final ObjectMapper json;

    EventController(EventCatalog events, ActorCatalog actors, ObjectMapper json) {
        this.events = events;
        this.actors = actors;
        this.json = json;
    }

    @GetMapping("/events/{slug}")
    String event(@PathVariable String slug, Model model, Locale locale) {
        EventView event = events.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("error.notFound.event", slug));
        model.addAttribute("event", event);
        model.addAttribute("neighbours", events.neighbours(slug, NEIGHBOURS));
        model.addAttribute("relationships", relationshipNames(event, locale));
        model.addAttribute("jsonLd", EventJsonLd.of(event, locale,
                path -> ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString()).toScript(json));
        return VIEW;
    }

    /**
     * Readable names, in the reader's language, for the event's relationship ids; an id the catalog does not know is
     * shown as is.
     */
    private Map<String, String> relationshipNames(EventView event, Locale locale) {
        return event.relationships().stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> actors.relationship(id).map(r -> r.nameFor(locale)).orElse(id),
                (a, b) -> a, LinkedHashMap::new));
    }
}
