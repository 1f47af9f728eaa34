package io.yeonpyo.actor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yeonpyo.actor.ActorView;
import io.yeonpyo.actor.RelationshipView;
import io.yeonpyo.extraction.ActorKind;
import java.util.List;

/** {@code {"actors":[...],"relationships":[...]}}: everyone Yeonpyo knows and the relationships it follows. */
record ActorsJson(List<ActorJson> actors, List<RelationshipJson> relationships) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ActorJson(String id, ActorKind kind, String nameKo, String nameEn, String role, List<String> aliases) {

        static ActorJson of(ActorView actor) {
            return new ActorJson(actor.id(), actor.kind(), actor.nameKo(), actor.nameEn(), actor.role(),
                    actor.aliases());
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
