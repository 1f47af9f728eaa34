package io.yeonpyo.event.api;

import io.yeonpyo.event.ActorRef;
import io.yeonpyo.event.EventView;
import io.yeonpyo.extraction.PartialDate;
import java.util.List;
import java.util.Locale;

/**
 * One line of {@code /api/events.csv}, in the order of {@link #COLUMNS}. Lists are joined with {@code ;}; the
 * headline is in the language asked for.
 */
record EventCsvRow(String slug, String date, String precision, String qualifier, String type, String actors,
                   String relationships, String headline, String amountText, String amountUsd,
                   String articleCount, String url) {

    static final List<String> COLUMNS = List.of("slug", "date", "precision", "qualifier", "type", "actors",
            "relationships", "headline", "amount_text", "amount_usd", "article_count", "url");

    static EventCsvRow of(EventView event, Locale locale, String url) {
        PartialDate date = event.date();
        return new EventCsvRow(event.slug(),
                date == null ? "" : date.iso(),
                date == null ? "NONE" : date.precision().name(),
                date == null || date.qualifier() == null ? "" : date.qualifier().name(),
                event.type().name(),
                String.join(";", event.actors().stream().map(ActorRef::id).toList()),
                String.join(";", event.relationships()),
                event.headlineFor(locale),
                event.amount() == null ? "" : event.amount().text(),
                event.amount() == null || event.amount().usd() == null ? "" : event.amount().usd().toPlainString(),
                String.valueOf(event.articleCount()),
                url);
    }

    List<String> cells() {
        return List.of(slug, date, precision, qualifier, type, actors, relationships, headline, amountText, amountUsd,
                articleCount, url);
    }
}
