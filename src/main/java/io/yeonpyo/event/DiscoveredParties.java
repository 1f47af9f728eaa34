package io.yeonpyo.event;

import io.yeonpyo.extraction.DiscoveredActor;
import io.yeonpyo.extraction.MergedEvent;
import io.yeonpyo.extraction.SourcedMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands each merged event the discovered actors that are a party in one of its source sentences: the listed actors
 * the extractor found stay first, in their order. Merging itself never sees discovered actors, so which mentions make
 * one event does not depend on what discovery decided.
 */
final class DiscoveredParties {

    private record Sentence(String articleId, int index) {
    }

    private final Map<Sentence, List<String>> parties = new HashMap<>();

    DiscoveredParties(List<DiscoveredActor> discovered) {
        for (DiscoveredActor actor : discovered) {
            for (DiscoveredActor.Evidence e : actor.evidence()) {
                if (e.party()) {
                    parties.computeIfAbsent(new Sentence(e.articleId(), e.sentenceIndex()), s -> new ArrayList<>())
                            .add(actor.id());
                }
            }
        }
    }

    List<String> actorsOf(MergedEvent event) {
        if (parties.isEmpty()) {
            return event.actors();
        }
        Set<String> actors = new LinkedHashSet<>(event.actors());
        for (SourcedMention source : event.sources()) {
            actors.addAll(parties.getOrDefault(new Sentence(source.articleId(), source.mention().sentenceIndex()),
                    List.of()));
        }
        return List.copyOf(actors);
    }
}
