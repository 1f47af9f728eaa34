package io.yeonpyo.event;

import io.yeonpyo.extraction.EventMerger;
import io.yeonpyo.extraction.MergedEvent;
import io.yeonpyo.extraction.SourcedMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the merged events from every stored mention. Runs in one transaction, so readers see either the old
 * timeline or the new one.
 */
@Service
public class TimelineRebuilder {

    private final MentionRepository mentions;
    private final TimelineEventRepository events;
    private final EventMerger merger;

    private final ApplicationEventPublisher publisher;

    TimelineRebuilder(MentionRepository mentions, TimelineEventRepository events, EventMerger merger,
                      ApplicationEventPublisher publisher) {
        this.mentions = mentions;
        this.events = events;
        this.merger = merger;
        this.publisher = publisher;
    }

    /** @return the number of events now on the timeline */
    @Transactional
    public int rebuild() {
        Map<SourceKey, String> previousSlugs = previousSlugs();
        List<Mention> stored = mentions.findCurrentInReadingOrder();
        Map<SourcedMention, Mention> byExtracted = new IdentityHashMap<>();
        List<SourcedMention> input = new ArrayList<>(stored.size());
        for (Mention mention : stored) {
            SourcedMention sourced = new SourcedMention(mention.articleId(), mention.publishedOn(),
                    mention.toExtracted());
            byExtracted.put(sourced, mention);
            input.add(sourced);
        }
        List<MergedEvent> merged = merger.merge(input);
        events.deleteAllEvents();
        mentions.deleteRetired();
        events.flush();
        Set<String> taken = new HashSet<>();
        List<TimelineEvent> rebuilt = new ArrayList<>(merged.size());
        int order = 0;
        for (MergedEvent event : merged) {
            List<Mention> sources = event.sources().stream().map(byExtracted::get).toList();
            String slug = keptSlug(event, sources, previousSlugs, taken);
            rebuilt.add(new TimelineEvent(slug, event.type(), event.date(), order++, event.headline(),
                    event.amount(), event.actors(), event.relationships(), sources, event.conflicts()));
        }
        events.saveAll(rebuilt);
        mentions.markNeedsRebuild(false);
        publisher.publishEvent(new TimelineRebuilt(rebuilt.stream().map(TimelineRebuilder::searchable).toList()));
        return rebuilt.size();
    }

    /**
     * Rebuilds when mentions changed since the last rebuild (also after a crash between the two); otherwise tells
     * the listeners (search index, caches) about the timeline as stored, as they start empty.
     *
     * @return the number of events on the timeline
     */
    @Transactional
    public int rebuildIfNeeded() {
        if (mentions.needsRebuild()) {
            return rebuild();
        }
        List<TimelineEvent> current = events.findAll();
        publisher.publishEvent(new TimelineRebuilt(current.stream().map(TimelineRebuilder::searchable).toList()));
        return current.size();
    }

    @Transactional(readOnly = true)
    public int count() {
        return (int) events.count();
    }

    private static TimelineRebuilt.SearchableEvent searchable(TimelineEvent event) {
        List<String> texts = new ArrayList<>();
        texts.add(event.headline());
        event.sources().forEach(source -> texts.add(source.sentence()));
        return new TimelineRebuilt.SearchableEvent(event.slug(), event.actors(), texts);
    }

    private Map<SourceKey, String> previousSlugs() {
        Map<SourceKey, String> slugs = new HashMap<>();
        for (TimelineEvent event : events.findAll()) {
            for (Mention source : event.sources()) {
                slugs.putIfAbsent(SourceKey.of(source), event.slug());
            }
        }
        return slugs;
    }

    /**
     * A link, once published, should keep working: when an event is still reported by a sentence that belonged to
     * an event before the rebuild, it keeps that event's slug even if a new source refined its date.
     */
    private static String keptSlug(MergedEvent event, List<Mention> sources, Map<SourceKey, String> previous,
                                   Set<String> taken) {
        for (Mention source : sources) {
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

    private record SourceKey(String articleId, int sentenceIndex, io.yeonpyo.extraction.EventType type) {

        static SourceKey of(Mention mention) {
            return new SourceKey(mention.articleId(), mention.sentenceIndex(), mention.type());
        }
    }
}
