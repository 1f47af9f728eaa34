package io.yeonpyo.timeline.web;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.ActorView;
import io.yeonpyo.actor.RelationshipView;
import io.yeonpyo.extraction.ActorKind;
import io.yeonpyo.extraction.EventType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What the filter form's selects offer: companies and people apart, the followed relationships, the types. */
record FilterOptions(List<ActorView> companies, List<ActorView> people, List<RelationshipView> relationships,
                     List<EventType> types) {

    static FilterOptions from(ActorCatalog actors) {
        List<ActorView> all = actors.all();
        return new FilterOptions(
                all.stream().filter(a -> a.kind() == ActorKind.COMPANY).toList(),
                all.stream().filter(a -> a.kind() == ActorKind.PERSON).toList(),
                actors.relationships(),
                List.of(EventType.values()));
    }

    /** Name of a company or person for the active-filter list; the id itself when unknown (public for SpEL). */
    public String actorName(String id, Locale locale) {
        return Stream.concat(companies.stream(), people.stream())
                .filter(a -> a.id().equals(id)).map(a -> a.nameFor(locale)).findFirst().orElse(id);
    }

    public String relationshipName(String id, Locale locale) {
        return relationships.stream().filter(r -> r.id().equals(id)).map(r -> r.nameFor(locale))
                .findFirst().orElse(id);
    }
}
