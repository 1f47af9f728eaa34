package io.yeonpyo.actor;

import io.yeonpyo.extraction.DiscoveredActor;
import java.util.List;
import java.util.Optional;

/**
 * People, companies and relationships known to Yeonpyo: those listed in the data folder, and those discovered in the
 * stored articles (listed ones win).
 */
public interface ActorCatalog {

    List<ActorView> all();

    Optional<ActorView> byId(String id);

    List<RelationshipView> relationships();

    Optional<RelationshipView> relationship(String id);

    /** The discovered actors with the sentences that name them. */
    List<DiscoveredActor> discovered();

    /** Decides the discovered actors again from the stored articles: after a load, before the timeline is rebuilt. */
    void rediscover();
}
