package io.yeonpyo.actor.web;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.ActorView;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.EventsByYear;
import io.yeonpyo.extraction.ActorKind;
import io.yeonpyo.system.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person's or company's profile: names, spellings, role, every event they take part in and who is with them. */
@Controller
class ActorController {

    static final String VIEW = "actors/actor";
    static final int MAX_EVENTS = 500;
    static final int CO_ACTORS = 6;

    private final ActorCatalog actors;
    private final EventCatalog events;

    ActorController(ActorCatalog actors, EventCatalog events) {
        this.actors = actors;
        this.events = events;
    }

    @GetMapping("/actors/{id}")
    String actor(@PathVariable String id, Model model) {
        ActorView actor = actors.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.actor", id));
        List<EventView> theirs = events.search(filterFor(actor), 0, MAX_EVENTS).events();
        model.addAttribute("actor", actor);
        model.addAttribute("timeline", EventsByYear.of(theirs));
        model.addAttribute("coActors", CoActor.of(actor.id(), theirs, CO_ACTORS));
        return VIEW;
    }

    private static EventFilter filterFor(ActorView actor) {
        return actor.kind() == ActorKind.COMPANY
                ? new EventFilter(actor.id(), null, null, null, null, null, null)
                : new EventFilter(null, actor.id(), null, null, null, null, null);
    }
}
