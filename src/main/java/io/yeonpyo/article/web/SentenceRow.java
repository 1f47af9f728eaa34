package io.yeonpyo.article.web;

import io.yeonpyo.article.ArticleSentenceView;
import io.yeonpyo.event.EventView;
import io.yeonpyo.extraction.DateMention;
import io.yeonpyo.extraction.SentenceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sentence cut into plain text and date expressions, so the template can wrap each date in {@code <time>}
 * without building HTML strings (the text stays escaped). Mentions with offsets outside the sentence or
 * overlapping an earlier one are shown as plain text rather than failing the page.
 */
record SentenceRow(int index, SentenceKind kind, List<Segment> segments, List<EventView> events) {

    /** A run of text; {@code date} is set when the run is a date expression. */
    record Segment(String text, DateMention date) {
    }

    static SentenceRow of(ArticleSentenceView sentence, Map<String, EventView> eventsBySlug) {
        List<EventView> events = sentence.eventSlugs().stream().map(eventsBySlug::get).filter(Objects::nonNull)
                .toList();
        return new SentenceRow(sentence.index(), sentence.kind(), segments(sentence.text(), sentence.dates()), events);
    }

    /** A body sentence that produced events: marked and linked (public for SpEL). */
    public boolean isEventSource() {
        return kind == SentenceKind.BODY && !events.isEmpty();
    }

    /** Page furniture, shown dimmed (public for SpEL). */
    public boolean isDimmed() {
        return kind == SentenceKind.CLUTTER || kind == SentenceKind.RELATED_HEADLINE;
    }

    private static List<Segment> segments(String text, List<DateMention> dates) {
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (DateMention date : dates.stream().sorted(Comparator.comparingInt(DateMention::start)).toList()) {
            if (date.start() < position || date.end() > text.length() || date.start() >= date.end()) {
                continue;
            }
            if (date.start() > position) {
                segments.add(new Segment(text.substring(position, date.start()), null));
            }
            segments.add(new Segment(text.substring(date.start(), date.end()), date));
            position = date.end();
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), null));
        }
        return segments;
    }
}
