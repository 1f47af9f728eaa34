package io.yeonpyo.actor;

import io.yeonpyo.extraction.ActorKind;
import java.util.List;

/**
 * A person or company as shown to readers.
 *
 * @param discovered    found in the articles, not listed in {@code data/actors.yml}
 * @param articles      for a discovered actor, how many articles name it (0 for a listed one)
 * @param eventMentions for a discovered actor, how many times it is a party to an event (0 for a listed one)
 */
public record ActorView(String id, ActorKind kind, String nameKo, String nameEn, String role, List<String> aliases,
                        boolean discovered, int articles, int eventMentions) {

    public ActorView {
        aliases = List.copyOf(aliases);
    }

    /** A listed actor. */
    public ActorView(String id, ActorKind kind, String nameKo, String nameEn, String role, List<String> aliases) {
        this(id, kind, nameKo, nameEn, role, aliases, false, 0, 0);
    }
}
