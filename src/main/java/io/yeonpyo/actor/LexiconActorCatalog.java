package io.yeonpyo.actor;

import io.yeonpyo.extraction.ActorEntry;
import io.yeonpyo.extraction.DiscoveredActor;
import io.yeonpyo.extraction.DiscoveredActors;
import io.yeonpyo.extraction.Lexicon;
import io.yeonpyo.extraction.RelationshipEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Listed actors come straight from the data file: they are knowledge a user edits, not loader output. Discovered
 * ones are decided from the stored articles' candidates, once per load (and at first use).
 */
@Service
class LexiconActorCatalog implements ActorCatalog {

    private final Lexicon lexicon;
    private final ActorCandidates candidates;
    private final DiscoveredIds ids;
    private volatile List<DiscoveredActor> discovered;

    LexiconActorCatalog(Lexicon lexicon, ActorCandidates candidates, DiscoveredIds ids) {
        this.lexicon = lexicon;
        this.candidates = candidates;
        this.ids = ids;
    }

    @Override
    public List<ActorView> all() {
        return Stream.concat(lexicon.actors().stream().map(LexiconActorCatalog::toView),
                discovered().stream().map(LexiconActorCatalog::toView)).toList();
    }

    @Override
    public Optional<ActorView> byId(String id) {
        return lexicon.actor(id).map(LexiconActorCatalog::toView)
                .or(() -> discovered().stream().filter(d -> d.id().equals(id)).findFirst()
                        .map(LexiconActorCatalog::toView));
    }

    @Override
    public List<RelationshipView> relationships() {
        return lexicon.relationships().stream().map(LexiconActorCatalog::toView).toList();
    }

    @Override
    public Optional<RelationshipView> relationship(String id) {
        return relationships().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<DiscoveredActor> discovered() {
        List<DiscoveredActor> known = discovered;
        if (known == null) {
            rediscover();
            known = discovered;
        }
        return known;
    }

    @Override
    public List<Introduction> introductions(String id, int max) {
        return discovered().stream().filter(d -> d.id().equals(id)).findFirst().stream()
                .flatMap(d -> d.evidence().stream())
                .sorted(Comparator.comparing((DiscoveredActor.Evidence e) -> !e.party()))
                .limit(max)
                .map(e -> new Introduction(e.articleId(), e.sentenceIndex(),
                        candidates.sentence(e.articleId(), e.sentenceIndex()), e.party()))
                .filter(i -> i.text() != null)
                .toList();
    }

    @Override
    public Optional<String> successor(String id) {
        if (byId(id).isPresent()) {
            return Optional.empty();
        }
        return ids.spellings(id).flatMap(spellings -> Stream.concat(
                        lexicon.actors().stream().filter(a -> spellings.stream().anyMatch(a.aliases()::contains))
                                .map(ActorEntry::id),
                        discovered().stream().filter(d -> spellings.stream().anyMatch(d.spellings()::contains))
                                .map(DiscoveredActor::id))
                .findFirst());
    }

    @Override
    public synchronized boolean rediscover() {
        List<DiscoveredActor> found = DiscoveredActors.of(candidates.byArticle(), lexicon);
        ids.remember(found);
        boolean changed = !found.equals(discovered);
        discovered = found;
        return changed;
    }

    private static ActorView toView(ActorEntry entry) {
        return new ActorView(entry.id(), entry.kind(), entry.nameKo(), entry.nameEn(), entry.role(), entry.roleEn(),
                entry.aliases());
    }

    private static ActorView toView(DiscoveredActor actor) {
        // a discovered role is the Korean role word it was found with: there is no English one to show
        return new ActorView(actor.id(), actor.kind(), actor.nameKo(), actor.nameEn(), actor.role(), null,
                actor.spellings(), true, (int) actor.articles(), actor.parties());
    }

    private static RelationshipView toView(RelationshipEntry entry) {
        return new RelationshipView(entry.id(), entry.nameKo(), entry.nameEn(), entry.sideA(), entry.sideB());
    }
}
