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

    /** The first sentences that name a discovered actor, those where it acts first; empty for a listed one. */
    List<Introduction> introductions(String id, int max);

    /**
     * Who now holds an id that no longer names anyone: the listed or discovered actor with one of the spellings the
     * id was discovered under. Empty when the id is current or was never given.
     */
    Optional<String> successor(String id);

    /**
     * Decides the discovered actors again from the stored articles: after a load, before the timeline is rebuilt.
     *
     * @return whether they differ from those decided before (true the first time)
     */
    boolean rediscover();
}
