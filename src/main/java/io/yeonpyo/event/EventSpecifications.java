package io.yeonpyo.event;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Subquery;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns a reader's filter into database predicates, so filtering and paging happen in SQL. */
final class EventSpecifications {

    private EventSpecifications() {
    }

    static Specification<TimelineEvent> matching(EventFilter filter) {
        Specification<TimelineEvent> spec = Specification.unrestricted();
        if (filter.company() != null) {
            spec = spec.and(hasActor(filter.company()));
        }
        if (filter.person() != null) {
            spec = spec.and(hasActor(filter.person()));
        }
        if (filter.type() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), filter.type()));
        }
        if (filter.relationship() != null) {
            spec = spec.and(inRelationship(filter.relationship()));
        }
        if (filter.from() != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("lastDay"), filter.from().firstDay()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("firstDay"), filter.to().lastDay()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            spec = spec.and(containsText(filter.q().strip()));
        }
        return spec;
    }

    private static Specification<TimelineEvent> hasActor(String actorId) {
        return (root, query, cb) -> {
            Subquery<Long> sub = query.subquery(Long.class);
            var event = sub.from(TimelineEvent.class);
            Join<TimelineEvent, String> actor = event.join("actors");
            sub.select(event.get("id")).where(cb.equal(event, root), cb.equal(actor, actorId));
            return cb.exists(sub);
        };
    }

    private static Specification<TimelineEvent> inRelationship(String relationshipId) {
        return (root, query, cb) -> {
            Subquery<Long> sub = query.subquery(Long.class);
            var event = sub.from(TimelineEvent.class);
            Join<TimelineEvent, String> relationship = event.join("relationships");
            sub.select(event.get("id")).where(cb.equal(event, root), cb.equal(relationship, relationshipId));
            return cb.exists(sub);
        };
    }

    /** Plain substring search over headline and source sentences; Korean-aware search builds on top of this. */
    private static Specification<TimelineEvent> containsText(String text) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, query, cb) -> {
            Subquery<Long> sub = query.subquery(Long.class);
            var event = sub.from(TimelineEvent.class);
            Join<TimelineEvent, Mention> source = event.join("sources");
            sub.select(event.get("id")).where(cb.equal(event, root),
                    cb.like(cb.lower(source.get("sentence")), pattern, '\\'));
            return cb.or(cb.like(cb.lower(root.get("headline")), pattern, '\\'), cb.exists(sub));
        };
    }
}
