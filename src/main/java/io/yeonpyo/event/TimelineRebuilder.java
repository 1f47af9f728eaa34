package io.yeonpyo.event;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.extraction.EventMerger;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.MergedEvent;
import io.yeonpyo.extraction.SourcedMention;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the merged events from every stored mention. Runs in one transaction, so readers see either the old
 * timeline or the new one. Works in bounded memory: mentions are read without their sentences, events are written
 * and let go in batches.
 */
@Service
public class TimelineRebuilder implements SearchableEvents {

    private static final int BATCH = 500;

    private final MentionRepository mentions;
    private final TimelineEventRepository events;
    private final EventMerger merger;
    private final ApplicationEventPublisher publisher;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final ActorCatalog actors;

    TimelineRebuilder(MentionRepository mentions, TimelineEventRepository events, EventMerger merger,
                      ApplicationEventPublisher publisher, EntityManager entityManager, JdbcTemplate jdbc,
                      ActorCatalog actors) {
        this.mentions = mentions;
        this.events = events;
        this.merger = merger;
        this.publisher = publisher;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.actors = actors;
    }

    /** @return the number of events now on the timeline */
    @Transactional
    public int rebuild() {
        Map<SourceKey, String> previousSlugs = previousSlugs();
        Map<SourcedMention, Long> mentionIds = new IdentityHashMap<>();
        List<SourcedMention> input = new ArrayList<>();
        for (MentionRow row : mentions.findCurrentRows()) {
            SourcedMention sourced = row.toSourced();
            mentionIds.put(sourced, row.id());
            input.add(sourced);
        }
        List<MergedEvent> merged = merger.merge(input);
        DiscoveredParties discovered = new DiscoveredParties(actors.discovered());
        events.deleteAllEvents();
        mentions.deleteRetired();
        events.flush();
        Set<String> taken = new HashSet<>();
        List<Object[]> sourceRows = new ArrayList<>();
        int order = 0;
        for (MergedEvent event : merged) {
            String slug = keptSlug(event, previousSlugs, taken);
            // Counted from the merge input: asking the stored mentions would load every one of them back.
            int articleCount = (int) event.sources().stream().map(SourcedMention::articleId).distinct().count();
            TimelineEvent saved = new TimelineEvent(slug, event.type(), event.date(), event.timing(), order++,
                    event.headline(), event.headlineEn(), event.amount(), discovered.actorsOf(event), event.relationships(),
                    event.conflicts(), articleCount);
            entityManager.persist(saved); // the id is drawn from the sequence here, before any row is written
            for (int pos = 0; pos < event.sources().size(); pos++) {
                sourceRows.add(new Object[] {saved.id(), pos, mentionIds.get(event.sources().get(pos))});
            }
            if (order % BATCH == 0 || sourceRows.size() >= BATCH * 20) {
                writeSources(sourceRows);
            }
        }
        writeSources(sourceRows);
        mentions.markNeedsRebuild(false);
        publisher.publishEvent(new TimelineRebuilt());
        return merged.size();
    }

    /**
     * Rebuilds when mentions changed since the last rebuild (also after a crash between the two); otherwise tells
     * the listeners (search index, caches) that the stored timeline is current, as they start empty.
     *
     * @return the number of events on the timeline
     */
    @Transactional
    public int rebuildIfNeeded() {
        if (mentions.needsRebuild()) {
            return rebuild();
        }
        publisher.publishEvent(new TimelineRebuilt());
        return count();
    }

    @Transactional(readOnly = true)
    public int count() {
        return (int) events.count();
    }

    /** Called after a rebuild has committed, from its completion callbacks: hence a transaction of its own. */
    @Override
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public void forEach(Consumer<SearchableEvent> consumer) {
        Long after = -1L;
        List<TimelineEvent> page;
        while (!(page = events.findByIdGreaterThanOrderById(after, Limit.of(BATCH))).isEmpty()) {
            for (TimelineEvent event : page) {
                // Many articles repeat the same sentence word for word: it is analysed once.
                Set<String> texts = new LinkedHashSet<>();
                texts.add(event.headline());
                if (event.headlineEn() != null) {
                    texts.add(event.headlineEn());
                }
                event.sources().forEach(source -> texts.add(source.sentence()));
                consumer.accept(new SearchableEvent(event.slug(), event.actors(), List.copyOf(texts)));
            }
            after = page.get(page.size() - 1).id();
            entityManager.clear();
        }
    }

    /**
     * Sources are most of what a rebuild writes (one row per mention: 164,000 after 10,000 articles), so they go as
     * JDBC batches rather than as elements of each event's collection; the events' own rows are flushed first.
     */
    private void writeSources(List<Object[]> rows) {
        entityManager.flush();
        entityManager.clear();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into event_source (event_id, pos, mention_id) values (?, ?, ?)", rows);
            rows.clear();
        }
    }

    private Map<SourceKey, String> previousSlugs() {
        Map<SourceKey, String> slugs = new HashMap<>();
        for (Object[] row : events.findSourceSlugs()) {
            slugs.putIfAbsent(new SourceKey((String) row[0], (Integer) row[1], (EventType) row[2]), (String) row[3]);
        }
        return slugs;
    }

    /**
     * A link, once published, should keep working: when an event is still reported by a sentence that belonged to
     * an event before the rebuild, it keeps that event's slug even if a new source refined its date. Events that
     * share a slug are numbered -2, -3 in the timeline's order: the one place slugs are made unique.
     */
    private static String keptSlug(MergedEvent event, Map<SourceKey, String> previous, Set<String> taken) {
        for (SourcedMention source : event.sources()) {
            String old = previous.get(SourceKey.of(source));
            if (old != null && taken.add(old)) {
                return old;
            }
        }
        String slug = event.slug();
        for (int suffix = 2; !taken.add(slug); suffix++) {
            slug = event.slug() + "-" + suffix;
        }
        return slug;
    }

    private record SourceKey(String articleId, int sentenceIndex, EventType type) {

        static SourceKey of(SourcedMention source) {
            return new SourceKey(source.articleId(), source.mention().sentenceIndex(), source.mention().type());
        }
    }
}
