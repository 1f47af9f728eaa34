package io.yeonpyo.actor.api;

import io.swagger.v3.oas.annotations.Operation;
import io.yeonpyo.actor.ActorCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** People, companies and relationships as JSON. */
@RestController
class ActorApiController {

    private final ActorCatalog actors;

    ActorApiController(ActorCatalog actors) {
        this.actors = actors;
    }

    @Operation(summary = "Every person and company with their spellings, and the relationships")
    @GetMapping("/api/actors")
    ActorsJson actors() {
        return new ActorsJson(actors.all().stream().map(ActorsJson.ActorJson::of).toList(),
                actors.relationships().stream().map(ActorsJson.RelationshipJson::of).toList());
    }
}
