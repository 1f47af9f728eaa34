package io.yeonpyo.event;

import io.yeonpyo.extraction.ActorKind;
import java.util.Locale;

/** An actor as named on an event: enough to print and link it, in either language. */
public record ActorRef(String id, String name, String nameEn, ActorKind kind) {

    /** The name in the reader's language. */
    public String nameFor(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : name;
    }
}
