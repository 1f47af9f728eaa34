package io.yeonpyo.actor;

import io.yeonpyo.extraction.ActorKind;
import java.util.List;
import java.util.Locale;

/**
 * A person or company as shown to readers.
 *
 * @param discovered    found in the articles, not listed in {@code data/actors.yml}
 * @param articles      for a discovered actor, how many articles name it (0 for a listed one)
 * @param eventMentions for a discovered actor, how many times it is a party to an event (0 for a listed one)
 */
public record ActorView(String id, ActorKind kind, String nameKo, String nameEn, String role, String roleEn,
                        List<String> aliases, boolean discovered, int articles, int eventMentions) {

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

    /** A listed actor. */
    public ActorView(String id, ActorKind kind, String nameKo, String nameEn, String role, String roleEn,
                     List<String> aliases) {
        this(id, kind, nameKo, nameEn, role, roleEn, aliases, false, 0, 0);
    }
}
