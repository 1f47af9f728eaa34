package io.yeonpyo.extraction;

import static io.yeonpyo.extraction.YamlFields.bad;
import static io.yeonpyo.extraction.YamlFields.listOfMaps;
import static io.yeonpyo.extraction.YamlFields.optionalString;
import static io.yeonpyo.extraction.YamlFields.requiredString;
import static io.yeonpyo.extraction.YamlFields.stringKeys;
import static io.yeonpyo.extraction.YamlFields.stringList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code actors.yml}: people and companies with their spellings, which of them are venues or platforms, the
 * relationships between them, and the nouns of doers no one lists. Checking a user-edited file entry by entry is
 * a job of its own, apart from the lookups {@link Lexicon} answers, as {@link EventTypesFile} is for event types.
 *
 * @param shortNames the short Korean name of each actor id, in file order
 */
record ActorsFile(List<ActorEntry> actors, Map<String, String> shortNames, Set<String> venues, Set<String> platforms,
                  List<RelationshipEntry> relationships) {

    private static final String ACTORS_FILE = Lexicon.ACTORS_FILE;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * The actors and relationships of the file.
     *
     * @throws LexiconException naming the entry when one is malformed, an id is repeated or an alias is shared
     */
    static ActorsFile read(Map<String, Object> actorsDoc) {
        List<ActorEntry> actors = new ArrayList<>();
        Map<String, String> shortNames = new LinkedHashMap<>();
        Set<String> venues = new HashSet<>();
        Set<String> platforms = new HashSet<>();
        List<Map<String, Object>> actorList = listOfMaps(actorsDoc.get("actors"), ACTORS_FILE, "actors");
        for (int i = 0; i < actorList.size(); i++) {
            Map<String, Object> m = actorList.get(i);
            String where = "actors[" + i + "]";
            String id = requiredString(m, "id", ACTORS_FILE, where);
            where = "actor '" + id + "'";
            if (!ID.matcher(id).matches()) {
                throw bad(ACTORS_FILE, where, "id must be lowercase ASCII words joined by dashes");
            }
            if (shortNames.containsKey(id)) {
                throw bad(ACTORS_FILE, where, "duplicate id");
            }
            String kindText = requiredString(m, "kind", ACTORS_FILE, where);
            ActorKind kind;
            try {
                kind = ActorKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(ACTORS_FILE, where, "kind must be PERSON or COMPANY but was '" + kindText + "'");
            }
            String nameKo = requiredString(m, "name_ko", ACTORS_FILE, where);
            String nameEn = requiredString(m, "name_en", ACTORS_FILE, where);
            String role = optionalString(m, "role", ACTORS_FILE, where, "");
            String roleEn = optionalString(m, "role_en", ACTORS_FILE, where, "");
            String shortKo = optionalString(m, "short_ko", ACTORS_FILE, where, nameKo);
            List<String> aliases = stringList(m.get("aliases"), ACTORS_FILE, where + " aliases");
            if (aliases.isEmpty()) {
                throw bad(ACTORS_FILE, where, "needs at least one alias");
            }
            List<String> products = stringList(m.get("products"), ACTORS_FILE, where + " products");
            actors.add(new ActorEntry(id, kind, nameKo, nameEn, role, roleEn, aliases, products));
            shortNames.put(id, shortKo);
            Object venue = m.get("venue");
            if (venue != null && !(venue instanceof Boolean)) {
                throw bad(ACTORS_FILE, where, "venue must be true or false but was '" + venue + "'");
            }
            if (Boolean.TRUE.equals(venue)) {
                venues.add(id);
            }
            Object platform = m.get("platform");
            if (platform != null && !(platform instanceof Boolean)) {
                throw bad(ACTORS_FILE, where, "platform must be true or false but was '" + platform + "'");
            }
            if (Boolean.TRUE.equals(platform)) {
                platforms.add(id);
            }
        }
        checkAliasesUnique(actors);

        List<RelationshipEntry> relationships = new ArrayList<>();
        List<Map<String, Object>> relList = listOfMaps(actorsDoc.get("relationships"), ACTORS_FILE, "relationships");
        for (int i = 0; i < relList.size(); i++) {
            Map<String, Object> m = relList.get(i);
            String id = requiredString(m, "id", ACTORS_FILE, "relationships[" + i + "]");
            String where = "relationship '" + id + "'";
            List<String> sideA = stringList(m.get("side_a"), ACTORS_FILE, where + " side_a");
            List<String> sideB = stringList(m.get("side_b"), ACTORS_FILE, where + " side_b");
            for (String member : concat(sideA, sideB)) {
                if (!shortNames.containsKey(member)) {
                    throw bad(ACTORS_FILE, where, "unknown actor id '" + member + "'");
                }
            }
            if (sideA.isEmpty() || sideB.isEmpty()) {
                throw bad(ACTORS_FILE, where, "both side_a and side_b need at least one actor");
            }
            relationships.add(new RelationshipEntry(id, requiredString(m, "name_ko", ACTORS_FILE, where),
                    requiredString(m, "name_en", ACTORS_FILE, where), sideA, sideB));
        }
        return new ActorsFile(actors, shortNames, venues, platforms, relationships);
    }

    /** {@code unlisted_doers}: a Korean noun of someone who acts without being listed ("법원") with its English word. */
    static Map<String, String> unlistedDoers(Map<String, Object> actorsDoc) {
        Object raw = actorsDoc.get("unlisted_doers");
        if (raw == null) {
            return Map.of();
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw bad(ACTORS_FILE, "unlisted_doers", "expected a map from a Korean noun to its English word");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : stringKeys(map, ACTORS_FILE, "unlisted_doers").entrySet()) {
            if (!(e.getValue() instanceof String english) || english.isBlank() || e.getKey().isBlank()) {
                throw bad(ACTORS_FILE, "unlisted_doers '" + e.getKey() + "'", "needs an English word");
            }
            out.put(e.getKey(), english);
        }
        return out;
    }

    private static void checkAliasesUnique(List<ActorEntry> actors) {
        Map<String, String> owner = new LinkedHashMap<>();
        for (ActorEntry a : actors) {
            for (String name : concat(a.aliases(), a.products())) {
                String key = name.toLowerCase(Locale.ROOT);
                String previous = owner.putIfAbsent(key, a.id());
                if (previous != null && !previous.equals(a.id())) {
                    throw bad(ACTORS_FILE, "actor '" + a.id() + "'",
                            "alias '" + name + "' is already used by '" + previous + "'");
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
