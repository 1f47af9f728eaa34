package io.yeonpyo.event.api;

import io.swagger.v3.oas.annotations.Operation;
import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventPage;
import io.yeonpyo.event.EventView;
import io.yeonpyo.system.DateLabels;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The filtered timeline in formats other tools read: TimelineJS3 and a spreadsheet. Same filters as
 * {@code /api/events}; an export holds every matching event, so {@code page} and {@code size} are not used.
 */
@RestController
@RequestMapping("/api")
class EventExportController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final int BATCH = 1000;

    private final EventCatalog events;
    private final ActorCatalog actors;
    private final MessageSource messages;
    private final DateLabels dates;

    EventExportController(EventCatalog events, ActorCatalog actors, MessageSource messages, DateLabels dates) {
        this.events = events;
        this.actors = actors;
        this.messages = messages;
        this.dates = dates;
    }

    @Operation(summary = "Dated events in TimelineJS3 JSON; undated ones are left out and counted in the title")
    @GetMapping(value = "/timelinejs.json", produces = MediaType.APPLICATION_JSON_VALUE)
    TimelineJsJson timelineJs(@Valid EventsParams params) {
        List<EventView> all = all(params.toFilter());
        long undated = all.stream().filter(event -> event.date() == null).count();
        var locale = LocaleContextHolder.getLocale();
        String headline = messages.getMessage("timeline.heading", null, locale);
        String note = messages.getMessage("export.timelinejs.note",
                new Object[] {all.size() - undated, undated}, locale);
        return TimelineJsJson.of(headline, note, all, locale, date -> dates.format(date, locale),
                id -> actors.relationship(id).map(r -> r.nameFor(locale)).orElse(id));
    }

    @Operation(summary = "Every matching event as CSV (UTF-8 with BOM, RFC 4180); headlines in the language of lang")
    @GetMapping(value = "/events.csv", produces = "text/csv")
    ResponseEntity<String> csv(@Valid EventsParams params) {
        var eventPage = ServletUriComponentsBuilder.fromCurrentContextPath().path("/events/{slug}");
        var locale = LocaleContextHolder.getLocale();
        List<List<String>> rows = all(params.toFilter()).stream()
                .map(event -> EventCsvRow.of(event, locale, eventPage.buildAndExpand(event.slug()).toUriString())
                        .cells())
                .toList();
        return ResponseEntity.ok().contentType(TEXT_CSV).body(Csv.document(EventCsvRow.COLUMNS, rows));
    }

    private List<EventView> all(EventFilter filter) {
        List<EventView> all = new ArrayList<>();
        EventPage page;
        int number = 0;
        do {
            page = events.searchWithSources(filter, number++, BATCH);
            all.addAll(page.events());
        } while (!page.events().isEmpty() && all.size() < page.total());
        return all;
    }
}
