package io.yeonpyo.event;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.ActorView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaEventCatalog implements EventCatalog {

    private final TimelineEventRepository events;
    private final MentionRepository mentions;
    private final ActorCatalog actors;
    private final TextSearch textSearch;

    JpaEventCatalog(TimelineEventRepository events, MentionRepository mentions, ActorCatalog actors,
                    TextSearch textSearch) {
        this.events = events;
        this.mentions = mentions;
        this.actors = actors;
        this.textSearch = textSearch;
    }

    @Override
    public EventPage search(EventFilter filter, int page, int size) {
        Page<TimelineEvent> found = find(filter, page, size);
        Map<String, String> names = sourceNames(found.getContent());
        return new EventPage(found.getTotalElements(), page, size,
                found.map(event -> view(event, List.of(), names)).getContent());
    }

    @Override
    public EventPage searchWithSources(EventFilter filter, int page, int size) {
        Page<TimelineEvent> found = find(filter, page, size);
        return new EventPage(found.getTotalElements(), page, size, found.map(this::toView).getContent());
    }

    @Override
    public long countUndated(EventFilter filter) {
        EventFilter anyPeriod = filter.narrowedTo(null, null, null);
        Set<String> textMatches = anyPeriod.q() == null ? null : textSearch.matchingSlugs(anyPeriod.q().strip());
        return events.count(EventSpecifications.matching(anyPeriod, textMatches)
                .and((root, query, cb) -> cb.isNull(root.get("firstDay"))));
    }

    @Override
    public List<EventOutline> datedOutlines(String relationshipId) {
        return events.findDatedOutlines(relationshipId);
    }

    private Page<TimelineEvent> find(EventFilter filter, int page, int size) {
        Set<String> textMatches = filter.q() == null || filter.q().isBlank() ? null
                : textSearch.matchingSlugs(filter.q().strip());
        return events.findAll(EventSpecifications.matching(filter, textMatches),
                PageRequest.of(page, size, Sort.by("sortOrder")));
    }

    @Override
    public Optional<EventView> bySlug(String slug) {
        return events.findBySlug(slug).map(this::toView);
    }

    @Override
    public List<EventView> neighbours(String slug, int count) {
        Optional<TimelineEvent> event = events.findBySlug(slug);
        if (event.isEmpty() || event.get().relationships().isEmpty() || event.get().date() == null) {
            return List.of();
        }
        TimelineEvent centre = event.get();
        List<TimelineEvent> around = new ArrayList<>(
                events.findBefore(centre.relationships(), centre.sortOrder(), Limit.of(count)));
        around.addAll(events.findAfter(centre.relationships(), centre.sortOrder(), Limit.of(count)));
        return around.stream().sorted(Comparator.comparingInt(TimelineEvent::sortOrder)).map(this::toView).toList();
    }

    @Override
    public List<EventView> byArticle(String articleId) {
        return events.findByArticle(articleId).stream().map(this::toView).toList();
    }

    @Override
    public Map<String, Long> eventCountsByArticle() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : events.countByArticle()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private EventView toView(TimelineEvent event) {
        List<SourceView> sources = event.sources().stream().map(Mention::toSourceView).toList();
        Map<String, String> names = new HashMap<>();
        sources.forEach(s -> names.putIfAbsent(s.articleId(), s.name()));
        return view(event, sources, names);
    }

    private EventView view(TimelineEvent event, List<SourceView> sources, Map<String, String> sourceNames) {
        List<ActorRef> actorRefs = event.actors().stream().map(this::actorRef).toList();
        List<ConflictView> conflicts = event.conflicts().stream().map(c -> ConflictView.of(c, sourceNames)).toList();
        return new EventView(event.slug(), event.date(), event.type(), actorRefs, event.relationships(),
                event.headline(), event.headlineEn(), event.amount(), sources, conflicts, event.articleCount(),
                event.timing());
    }

    /**
     * How the conflicts of a list of events name their sources (outlets, not file ids), in one query for the whole
     * list.
     */
    private Map<String, String> sourceNames(List<TimelineEvent> page) {
        Set<String> articleIds = new HashSet<>();
        page.forEach(e -> e.conflicts().forEach(c -> c.readings().forEach(r -> articleIds.addAll(r.articleIds()))));
        Map<String, String> names = new HashMap<>();
        if (!articleIds.isEmpty()) {
            for (Object[] row : mentions.findSourceNames(articleIds)) {
                String articleId = (String) row[0];
                names.putIfAbsent(articleId, SourceView.nameOf(articleId, (String) row[1], (String) row[2]));
            }
        }
        return names;
    }


    // An id whose entry was removed from the data file since the last load still shows, under its id.
    private ActorRef actorRef(String id) {
        return actors.byId(id)
                .map(actor -> new ActorRef(actor.id(), displayName(actor), actor.nameEn(), actor.kind()))
                .orElseGet(() -> new ActorRef(id, id, id, null));
    }

    private static String displayName(ActorView actor) {
        return actor.nameKo() != null ? actor.nameKo() : actor.nameEn();
    }
}
