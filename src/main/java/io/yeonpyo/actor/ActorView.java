package io.yeonpyo.actor;

import io.yeonpyo.extraction.ActorKind;
import java.util.List;
import java.util.Locale;

/** A person or company as shown to readers. */
public record ActorView(String id, ActorKind kind, String nameKo, String nameEn, String role, String roleEn,
                        List<String> aliases) {

    public ActorView {
        aliases = List.copyOf(aliases);
    }

    /** The name in the reader's language. */
    public String nameFor(Locale locale) {
        return english(locale) ? nameEn : nameKo;
    }

    /** The description in the reader's language; null when there is none in it. */
    public String roleFor(Locale locale) {
        String text = english(locale) ? roleEn : role;
        return text == null || text.isBlank() ? null : text;
    }

    private static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
