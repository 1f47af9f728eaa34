package io.yeonpyo.timeline.web;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.article.ArticleCatalog;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventPage;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.EventsByYear;
import io.yeonpyo.event.chart.ChartLayout;
import io.yeonpyo.event.web.TimelineLinks;
import io.yeonpyo.relationship.RelationshipTemperatures;
import io.yeonpyo.relationship.TemperatureChart;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** The timeline: a plain GET form whose parameters are the filter, so any view can be shared as a link. */
@Controller
class TimelineController {

    static final String VIEW = "events/timeline";
    /** Chart, count, active filters, list and pager: what an htmx request from the filter form replaces. */
    static final String RESULTS = VIEW + " :: results";
    static final int PAGE_SIZE = 200;
    /** Up to this many filtered events the chart draws them all; beyond, only the current page (and says so). */
    static final int CHART_CAP = 2000;

    private final EventCatalog events;
    private final ActorCatalog actors;
    private final ArticleCatalog articles;
    private final RelationshipTemperatures temperatures;

    TimelineController(EventCatalog events, ActorCatalog actors, ArticleCatalog articles,
                       RelationshipTemperatures temperatures) {
        this.events = events;
        this.actors = actors;
        this.articles = articles;
        this.temperatures = temperatures;
    }

    /**
     * The whole page, or only the results fragment when htmx asks for it (a history restore after a cache miss
     * needs the whole page). {@code Vary} keeps browser caches from mixing the two.
     */
    @GetMapping("/")
    String timeline(@Valid @ModelAttribute("params") TimelineParams params, Model model,
                    @RequestHeader(name = "HX-Request", required = false) String htmxRequest,
                    @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                    HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        EventFilter filter = params.toFilter();
        EventPage page = events.search(filter, params.page(), PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("chart", chart(filter, page));
        model.addAttribute("chartLinks", new TimelineLinks(filter));
        model.addAttribute("timeline", EventsByYear.of(page.events()));
        // a period filter hides every undated event: say how many, and link to them
        boolean period = filter.from() != null || filter.to() != null;
        model.addAttribute("undatedLeftOut", period ? events.countUndated(filter) : 0L);
        model.addAttribute("withoutPeriod", filter.narrowedTo(null, null, null).toQuery());
        model.addAttribute("options", FilterOptions.from(actors));
        if ("true".equals(htmxRequest) && !"true".equals(historyRestore)) {
            return RESULTS;
        }
        model.addAttribute("htmx", true);
        model.addAttribute("report", articles.lastReport().orElse(null));
        model.addAttribute("temperatures", temperatures.all().stream()
                .map(t -> new TemperatureSummary(t.relationship(), t.chart(TemperatureChart.COMPACT))).toList());
        return VIEW;
    }

    /** The whole filtered set when it is small enough (one more query only if it spans several pages). */
    private TimelineChartView chart(EventFilter filter, EventPage page) {
        boolean whole = page.total() <= CHART_CAP;
        List<EventView> drawn = !whole || page.total() <= page.events().size()
                ? page.events()
                : events.search(filter, 0, CHART_CAP).events();
        var relationships = actors.relationships();
        return new TimelineChartView(
                ChartLayout.layout(drawn, relationships, filter.relationship(), ChartLayout.WIDE, false),
                ChartLayout.layout(drawn, relationships, filter.relationship(), ChartLayout.TALL, true),
                !whole);
    }
}
