package io.yeonpyo.extraction;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Everything the extractor knows that is not a rule: people and companies with their spellings, relationships,
 * event trigger words, exchange rates. Read from the data folder so a user can edit it without touching code.
 */
public final class Lexicon {

    /**
     * Reads {@code actors.yml}, {@code event-types.yml} and {@code exchange-rates.yml} from {@code dataDir}.
     *
     * @throws LexiconException naming the file and entry when a file is missing or malformed
     */
    public static Lexicon load(Path dataDir) {
        throw new UnsupportedOperationException("implemented by the extraction work");
    }

    public List<ActorEntry> actors() {
        throw new UnsupportedOperationException("implemented by the extraction work");
    }

    public Optional<ActorEntry> actor(String id) {
        throw new UnsupportedOperationException("implemented by the extraction work");
    }

    public List<RelationshipEntry> relationships() {
        throw new UnsupportedOperationException("implemented by the extraction work");
    }

    /** Ids of the relationships covered by these actors, in data-file order. */
    public List<String> relationshipsOf(Collection<String> actorIds) {
        return relationships().stream().filter(r -> r.covers(actorIds)).map(RelationshipEntry::id).toList();
    }
}
