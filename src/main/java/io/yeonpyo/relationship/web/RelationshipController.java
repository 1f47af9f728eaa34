package io.yeonpyo.relationship.web;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.ActorView;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventsByYear;
import io.yeonpyo.event.web.TimelineLinks;
import io.yeonpyo.relationship.RelationshipTemperatures;
import io.yeonpyo.relationship.RelationshipTemperatures.RelationshipTemperature;
import io.yeonpyo.relationship.TemperatureChart;
import io.yeonpyo.system.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One followed relationship: its two sides, its temperature over time with the weights explained, its events. */
@Controller
class RelationshipController {

    static final String VIEW = "relationships/relationship";

    private final RelationshipTemperatures temperatures;
    private final ActorCatalog actors;

    RelationshipController(RelationshipTemperatures temperatures, ActorCatalog actors) {
        this.temperatures = temperatures;
        this.actors = actors;
    }

    @GetMapping("/relationships/{id}")
    String relationship(@PathVariable String id, Model model) {
        return show(temperatures.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.relationship", id)),
                model);
    }

    /** Any two actors as a relationship; a followed relationship keeps its own page and name. */
    @GetMapping("/relationships/pair")
    String pair(@RequestParam String a, @RequestParam String b, Model model) {
        var followed = temperatures.followed(a, b);
        if (followed.isPresent()) {
            return "redirect:/relationships/" + followed.get().id();
        }
        return show(temperatures.pair(a, b).orElseThrow(
                () -> new NotFoundException("error.notFound.relationship", a + "–" + b)), model);
    }

    private String show(RelationshipTemperature found, Model model) {
        model.addAttribute("relationship", found.relationship());
        model.addAttribute("sideA", side(found.relationship().sideA()));
        model.addAttribute("sideB", side(found.relationship().sideB()));
        model.addAttribute("temperature", found.temperature());
        model.addAttribute("partial", found.partial() ? found.total() : null);
        model.addAttribute("chart", found.chart(TemperatureChart.LARGE));
        model.addAttribute("chartNarrow", found.chart(TemperatureChart.COMPACT)); // phones: CSS shows this one
        model.addAttribute("chartLinks", new TimelineLinks(EventFilter.NONE));
        model.addAttribute("weights", temperatures.weights());
        model.addAttribute("timeline", EventsByYear.of(found.events()));
        return VIEW;
    }

    /** The actors on one side, as the catalog knows them; an id the catalog lacks is skipped. */
    private List<ActorView> side(List<String> ids) {
        return ids.stream().flatMap(id -> actors.byId(id).stream()).toList();
    }
}
