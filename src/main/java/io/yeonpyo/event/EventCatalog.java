package io.yeonpyo.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read side of the timeline. Paginates in the database. */
public interface EventCatalog {

    /**
     * Events matching the filter, dated ones in date order then undated ones; page from 0. For lists, charts and
     * counts: the views come without their source sentences (an event merged from thousands of articles would
     * otherwise bring thousands of sentences to a page that shows none).
     */
    EventPage search(EventFilter filter, int page, int size);

    /**
     * How many undated events match the filter once its period is set aside: what a date filter leaves out, since an
     * event without a date falls in no period.
     */
    long countUndated(EventFilter filter);

    /** As {@link #search}, with every event's source sentences: for the API and the exports. */
    EventPage searchWithSources(EventFilter filter, int page, int size);

    /** Every dated event of the relationship, in date order, as outlines: one light query however many there are. */
    List<EventOutline> datedOutlines(String relationshipId);

    Optional<EventView> bySlug(String slug);

    /** Up to {@code count} events before and after this one that share one of its relationships, in date order. */
    List<EventView> neighbours(String slug, int count);

    /** Events reported by this article, in order of their first sentence. */
    List<EventView> byArticle(String articleId);

    /** How many events each article reports, by article id, in one query (articles with none are absent). */
    Map<String, Long> eventCountsByArticle();
}
