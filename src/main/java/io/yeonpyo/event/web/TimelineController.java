package io.yeonpyo.event.web;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.article.ArticleCatalog;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventPage;
import io.yeonpyo.event.EventsByYear;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The timeline: a plain GET form whose parameters are the filter, so any view can be shared as a link. */
@Controller
class TimelineController {

    static final String VIEW = "events/timeline";
    static final int PAGE_SIZE = 200;

    private final EventCatalog events;
    private final ActorCatalog actors;
    private final ArticleCatalog articles;

    TimelineController(EventCatalog events, ActorCatalog actors, ArticleCatalog articles) {
        this.events = events;
        this.actors = actors;
        this.articles = articles;
    }

    @GetMapping("/")
    String timeline(@Valid @ModelAttribute("params") TimelineParams params, Model model) {
        EventPage page = events.search(params.toFilter(), params.page(), PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("timeline", EventsByYear.of(page.events()));
        model.addAttribute("options", FilterOptions.from(actors));
        model.addAttribute("report", articles.lastReport().orElse(null));
        return VIEW;
    }
}
