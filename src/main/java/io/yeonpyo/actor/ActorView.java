package io.yeonpyo.actor;

import io.yeonpyo.extraction.ActorKind;
import java.util.List;

/** A person or company as shown to readers. */
public record ActorView(String id, ActorKind kind, String nameKo, String nameEn, String role, List<String> aliases) {

    public ActorView {
        aliases = List.copyOf(aliases);
    }
}
