package io.yeonpyo.actor;

import io.yeonpyo.extraction.ActorEntry;
import io.yeonpyo.extraction.Lexicon;
import io.yeonpyo.extraction.RelationshipEntry;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Actors come straight from the data file: they are knowledge a user edits, not loader output. */
@Service
class LexiconActorCatalog implements ActorCatalog {

    private final Lexicon lexicon;

    LexiconActorCatalog(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<ActorView> all() {
        return lexicon.actors().stream().map(LexiconActorCatalog::toView).toList();
    }

    @Override
    public Optional<ActorView> byId(String id) {
        return lexicon.actor(id).map(LexiconActorCatalog::toView);
    }

    @Override
    public List<RelationshipView> relationships() {
        return lexicon.relationships().stream().map(LexiconActorCatalog::toView).toList();
    }

    @Override
    public Optional<RelationshipView> relationship(String id) {
        return relationships().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static ActorView toView(ActorEntry entry) {
        return new ActorView(entry.id(), entry.kind(), entry.nameKo(), entry.nameEn(), entry.role(), entry.roleEn(),
                entry.aliases());
    }

    private static RelationshipView toView(RelationshipEntry entry) {
        return new RelationshipView(entry.id(), entry.nameKo(), entry.nameEn(), entry.sideA(), entry.sideB());
    }
}
