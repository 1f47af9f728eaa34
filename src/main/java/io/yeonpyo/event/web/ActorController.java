package io.yeonpyo.event.web;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.ActorView;
import io.yeonpyo.actor.ActorsYamlEntry;
import io.yeonpyo.event.chart.ChartLayout;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.EventsByYear;
import io.yeonpyo.system.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's or company's profile: names, spellings, role, their dated events on a mini-timeline, who they appear
 * with most, and every event they take part in.
 */
@Controller
class ActorController {

    static final String VIEW = "actors/actor";
    static final int MAX_EVENTS = 500;
    static final int MAX_COMPANIONS = 12;
    static final int MAX_INTRODUCTIONS = 5;

    private final ActorCatalog actors;
    private final EventCatalog events;

    ActorController(ActorCatalog actors, EventCatalog events) {
        this.actors = actors;
        this.events = events;
    }

    @GetMapping("/actors/{id}")
    String actor(@PathVariable String id, Model model) {
        ActorView actor = actors.byId(id).orElse(null);
        if (actor == null) {
            // a discovered actor since listed in data/actors.yml, or named otherwise now: its old link still answers
            String current = actors.successor(id).orElseThrow(() -> new NotFoundException("error.notFound.actor", id));
            return "redirect:/actors/" + current;
        }
        EventFilter filter = EventFilter.of(actor);
        List<EventView> found = events.search(filter, 0, MAX_EVENTS).events();
        var relationships = actors.relationships();
        model.addAttribute("actor", actor);
        model.addAttribute("timeline", EventsByYear.of(found));
        model.addAttribute("chartWide", ChartLayout.layout(found, relationships, null, ChartLayout.MINI_WIDE, false));
        model.addAttribute("chartTall", ChartLayout.layout(found, relationships, null, ChartLayout.MINI_TALL, true));
        model.addAttribute("chartLinks", new TimelineLinks(filter));
        model.addAttribute("companions", Companions.of(actor.id(), found, MAX_COMPANIONS));
        if (actor.discovered()) {
            model.addAttribute("introductions", actors.introductions(actor.id(), MAX_INTRODUCTIONS));
            model.addAttribute("yamlEntry", ActorsYamlEntry.of(actor));
        }
        return VIEW;
    }
}
