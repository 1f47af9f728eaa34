package io.yeonpyo.actor;

import java.util.List;
import java.util.Optional;

/** People, companies and relationships known to Yeonpyo (read from the data folder). */
public interface ActorCatalog {

    List<ActorView> all();

    Optional<ActorView> byId(String id);

    List<RelationshipView> relationships();

    Optional<RelationshipView> relationship(String id);
}
