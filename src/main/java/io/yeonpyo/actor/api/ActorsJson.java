package io.yeonpyo.actor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yeonpyo.actor.ActorView;
import io.yeonpyo.actor.RelationshipView;
import io.yeonpyo.extraction.ActorKind;
import java.util.List;

/** {@code {"actors":[...],"relationships":[...]}}: everyone Yeonpyo knows and the relationships it follows. */
record ActorsJson(List<ActorJson> actors, List<RelationshipJson> relationships) {

    /**
     * {@code discovered}: found in the articles rather than listed in {@code data/actors.yml}; then {@code articles}
     * and {@code eventMentions} say how many articles name it and how many times it is a party to an event.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ActorJson(String id, ActorKind kind, String nameKo, String nameEn, String role, List<String> aliases,
                     boolean discovered, Integer articles, Integer eventMentions) {

        static ActorJson of(ActorView actor) {
            return new ActorJson(actor.id(), actor.kind(), actor.nameKo(), actor.nameEn(), actor.role(),
                    actor.aliases(), actor.discovered(), actor.discovered() ? actor.articles() : null,
                    actor.discovered() ? actor.eventMentions() : null);
        }
    }

    /** {@code sideA}/{@code sideB}: actor ids on each side, e.g. microsoft and openai for ms-openai. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RelationshipJson(String id, String nameKo, String nameEn, List<String> sideA, List<String> sideB) {

        static RelationshipJson of(RelationshipView relationship) {
            return new RelationshipJson(relationship.id(), relationship.nameKo(), relationship.nameEn(),
                    relationship.sideA(), relationship.sideB());
        }
    }
}
