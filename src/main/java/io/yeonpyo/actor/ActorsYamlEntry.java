package io.yeonpyo.actor;

import java.util.stream.Collectors;

/**
 * A discovered actor written the way {@code data/actors.yml} lists actors, ready to paste: once listed, the curated
 * entry wins and the discovered id redirects to it.
 */
public final class ActorsYamlEntry {

    private ActorsYamlEntry() {
    }

    public static String of(ActorView actor) {
        return "  - id: " + actor.id() + "\n"
                + "    kind: " + actor.kind() + "\n"
                + "    name_ko: " + quoted(actor.nameKo()) + "\n"
                + "    name_en: " + quoted(actor.nameEn()) + "\n"
                + (actor.role() == null ? "" : "    role: " + quoted(actor.role()) + "\n")
                + "    aliases: [" + actor.aliases().stream().map(ActorsYamlEntry::quoted)
                .collect(Collectors.joining(", ")) + "]\n"
                + "    products: []\n";
    }

    /** Names are quoted only when YAML would read them otherwise (a colon, a bracket, a leading sign…). */
    private static String quoted(String text) {
        boolean plain = text.chars().noneMatch(c -> ":#[]{},&*!|>'\"%@`".indexOf(c) >= 0)
                && !text.isBlank() && text.strip().equals(text);
        return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
