package io.yeonpyo.extraction;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Everything the extractor knows that is not a rule: people and companies with their spellings, relationships,
 * event trigger words, exchange rates. Read from the data folder so a user can edit it without touching code.
 */
public final class Lexicon {

    static final String ACTORS_FILE = "actors.yml";
    static final String EVENT_TYPES_FILE = "event-types.yml";
    static final String EXCHANGE_RATES_FILE = "exchange-rates.yml";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]{2,}");

    /** One trigger word of an event type, with the priority and the headline templates (Korean, English) it uses. */
    record Trigger(String word, EventType type, int priority, String headline, String headlineEn) {
    }

    /**
     * Per-type settings from {@code event-types.yml}; {@code termWords} name an agreement whose end a date with 까지
     * states (its term), {@code termHeadline} is the headline of such a term.
     */
    record TypeInfo(EventType type, String label, int priority, String headline, String headlineEn,
                    List<Trigger> triggers, List<String> excluded, List<String> termWords, String termHeadline,
                    String termHeadlineEn, Map<String, List<String>> searchEn) {
    }

    private final List<ActorEntry> actors;
    private final Map<String, ActorEntry> actorsById;
    private final Map<String, String> shortNames;
    private final Set<String> venues;
    private final List<RelationshipEntry> relationships;
    private final Map<EventType, TypeInfo> types;
    private final BigDecimal krwPerUsd;

    private Lexicon(List<ActorEntry> actors, Map<String, String> shortNames, Set<String> venues,
                    List<RelationshipEntry> relationships, Map<EventType, TypeInfo> types, BigDecimal krwPerUsd) {
        this.actors = List.copyOf(actors);
        Map<String, ActorEntry> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        this.actorsById = Collections.unmodifiableMap(byId);
        this.shortNames = Map.copyOf(shortNames);
        this.venues = Set.copyOf(venues);
        this.relationships = List.copyOf(relationships);
        this.types = Collections.unmodifiableMap(new EnumMap<>(types));
        this.krwPerUsd = krwPerUsd;
    }

    /**
     * Reads {@code actors.yml}, {@code event-types.yml} and {@code exchange-rates.yml} from {@code dataDir}.
     *
     * @throws LexiconException naming the file and entry when a file is missing or malformed
     */
    public static Lexicon load(Path dataDir) {
        Map<String, Object> actorsDoc = readYaml(dataDir.resolve(ACTORS_FILE));
        List<ActorEntry> actors = new ArrayList<>();
        Map<String, String> shortNames = new LinkedHashMap<>();
        Set<String> venues = new java.util.HashSet<>();
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

        Map<EventType, TypeInfo> types = readTypes(readYaml(dataDir.resolve(EVENT_TYPES_FILE)));
        BigDecimal rate = readRate(readYaml(dataDir.resolve(EXCHANGE_RATES_FILE)));
        return new Lexicon(actors, shortNames, venues, relationships, types, rate);
    }

    public List<ActorEntry> actors() {
        return actors;
    }

    public Optional<ActorEntry> actor(String id) {
        return Optional.ofNullable(actorsById.get(id));
    }

    public List<RelationshipEntry> relationships() {
        return relationships;
    }

    /** Ids of the relationships covered by these actors, in data-file order. */
    public List<String> relationshipsOf(Collection<String> actorIds) {
        return relationships().stream().filter(r -> r.covers(actorIds)).map(RelationshipEntry::id).toList();
    }

    /** Short Korean name used in headlines ("머스크", "MS"); the id itself for an unknown actor. */
    public String shortName(String actorId) {
        return shortNames.getOrDefault(actorId, actorId);
    }

    /** English name used in English headlines ("Microsoft", "Sam Altman"); the id itself for an unknown actor. */
    public String englishName(String actorId) {
        ActorEntry actor = actorsById.get(actorId);
        return actor == null ? actorId : actor.nameEn();
    }

    /**
     * Whether the actor is a venue (a regulator or court): a complaint is filed <em>with</em> it, so it is never the
     * only other party of an event when someone else is named.
     */
    public boolean isVenue(String actorId) {
        return venues.contains(actorId);
    }

    /** Korean label of an event type ("투자"). */
    public String label(EventType type) {
        TypeInfo info = types.get(type);
        return info == null ? type.name() : info.label();
    }

    /** Trigger words per event type, as written in {@code event-types.yml}. */
    public Map<EventType, List<String>> triggerWords() {
        Map<EventType, List<String>> words = new EnumMap<>(EventType.class);
        types.forEach((type, info) -> words.put(type, info.triggers().stream().map(Trigger::word).toList()));
        return Collections.unmodifiableMap(words);
    }

    /**
     * English words a reader may search with ("lawsuit"), lower case, each with the Korean words it stands for
     * (소송, 고소, 제소), from {@code search_en} of every type; a word listed under several types stands for all
     * their words.
     */
    public Map<String, List<String>> englishSearchWords() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        types.values().forEach(info -> info.searchEn().forEach((english, korean) -> words.merge(english, korean,
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList())));
        return Collections.unmodifiableMap(words);
    }

    /** Korean won per US dollar from {@code exchange-rates.yml}. */
    public BigDecimal krwPerUsd() {
        return krwPerUsd;
    }

    /**
     * Nori user-dictionary lines (one word a line, sorted) for every Hangul word of two or more syllables in an
     * alias or product name, so that 마이크로소프트, 나델라, 술레이먼 stay one token.
     */
    public String noriUserDictionary() {
        TreeSet<String> words = new TreeSet<>();
        for (ActorEntry actor : actors) {
            for (String name : concat(actor.aliases(), actor.products())) {
                for (String part : name.split("\\s+")) {
                    if (HANGUL_WORD.matcher(part).matches()) {
                        words.add(part);
                    }
                }
            }
        }
        return String.join("\n", words) + (words.isEmpty() ? "" : "\n");
    }

    List<Trigger> triggers() {
        List<Trigger> all = new ArrayList<>();
        types.values().forEach(info -> all.addAll(info.triggers()));
        return all;
    }

    TypeInfo typeInfo(EventType type) {
        return types.get(type);
    }

    // ---- reading

    private static Map<EventType, TypeInfo> readTypes(Map<String, Object> doc) {
        Map<EventType, TypeInfo> types = new EnumMap<>(EventType.class);
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            String where = "type '" + e.getKey() + "'";
            EventType type;
            try {
                type = EventType.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw bad(EVENT_TYPES_FILE, where, "not an event type; expected one of "
                        + java.util.Arrays.toString(EventType.values()));
            }
            if (!(e.getValue() instanceof Map<?, ?> raw)) {
                throw bad(EVENT_TYPES_FILE, where, "expected a map with label, priority, headline, triggers");
            }
            Map<String, Object> m = stringKeys(raw, EVENT_TYPES_FILE, where);
            String label = requiredString(m, "label", EVENT_TYPES_FILE, where);
            int priority = priority(m.get("priority"), where);
            String headline = requiredString(m, "headline", EVENT_TYPES_FILE, where);
            String headlineEn = requiredString(m, "headline_en", EVENT_TYPES_FILE, where);
            List<Trigger> triggers = new ArrayList<>();
            Object rawTriggers = m.get("triggers");
            if (rawTriggers != null && !(rawTriggers instanceof List<?>)) {
                throw bad(EVENT_TYPES_FILE, where, "triggers must be a list");
            }
            for (Object t : rawTriggers == null ? List.of() : (List<?>) rawTriggers) {
                if (t instanceof String word && !word.isBlank()) {
                    triggers.add(new Trigger(word, type, priority, headline, headlineEn));
                } else if (t instanceof Map<?, ?> tm) {
                    Map<String, Object> tmap = stringKeys(tm, EVENT_TYPES_FILE, where);
                    String word = requiredString(tmap, "word", EVENT_TYPES_FILE, where + " trigger " + tm);
                    String tw = where + " trigger '" + word + "'";
                    int p = tmap.containsKey("priority") ? priority(tmap.get("priority"), tw) : priority;
                    // a headline of its own needs its own English: the type's would say another act
                    boolean own = tmap.get("headline") != null;
                    String h = own ? requiredString(tmap, "headline", EVENT_TYPES_FILE, tw) : headline;
                    String hEn = own ? requiredString(tmap, "headline_en", EVENT_TYPES_FILE, tw) : headlineEn;
                    triggers.add(new Trigger(word, type, p, h, hEn));
                } else {
                    throw bad(EVENT_TYPES_FILE, where, "a trigger must be a word or a map with 'word' but was " + t);
                }
            }
            List<String> excluded = stringList(m.get("not"), EVENT_TYPES_FILE, where + " not");
            List<String> termWords = stringList(m.get("term_words"), EVENT_TYPES_FILE, where + " term_words");
            boolean ownTerm = m.get("term_headline") != null;
            String termHeadline = ownTerm ? requiredString(m, "term_headline", EVENT_TYPES_FILE, where) : headline;
            String termHeadlineEn = ownTerm ? requiredString(m, "term_headline_en", EVENT_TYPES_FILE, where)
                    : headlineEn;
            types.put(type, new TypeInfo(type, label, priority, headline, headlineEn, triggers, excluded, termWords,
                    termHeadline, termHeadlineEn, searchEn(m.get("search_en"), where)));
        }
        return types;
    }

    private static Map<String, List<String>> searchEn(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> raw)) {
            throw bad(EVENT_TYPES_FILE, where, "search_en must map English words to lists of Korean words");
        }
        Map<String, List<String>> words = new LinkedHashMap<>();
        stringKeys(raw, EVENT_TYPES_FILE, where).forEach((english, korean) -> words.put(
                english.strip().toLowerCase(Locale.ROOT),
                stringList(korean, EVENT_TYPES_FILE, where + " search_en '" + english + "'")));
        return words;
    }

    private static int priority(Object value, String where) {
        if (value instanceof Integer i && i >= 0 && i <= 100) {
            return i;
        }
        throw bad(EVENT_TYPES_FILE, where, "priority must be a whole number 0-100 but was " + value);
    }

    private static BigDecimal readRate(Map<String, Object> doc) {
        Object value = doc.get("krw-per-usd");
        if (value == null) {
            throw bad(EXCHANGE_RATES_FILE, "krw-per-usd", "missing");
        }
        try {
            BigDecimal rate = new BigDecimal(value.toString().strip());
            if (rate.signum() <= 0) {
                throw bad(EXCHANGE_RATES_FILE, "krw-per-usd", "must be positive but was " + value);
            }
            return rate;
        } catch (NumberFormatException e) {
            throw bad(EXCHANGE_RATES_FILE, "krw-per-usd", "not a number: '" + value + "'");
        }
    }

    static Map<String, Object> readYaml(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LexiconException(name + ": file not found at " + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new LexiconException(name + ": cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new LexiconException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new LexiconException(name + ": expected a map at the top level");
        }
        return stringKeys(map, name, "top level");
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

    private static List<Map<String, Object>> listOfMaps(Object value, String file, String where) {
        if (value == null) {
            throw bad(file, where, "missing");
        }
        if (!(value instanceof List<?> list)) {
            throw bad(file, where, "expected a list");
        }
        List<Map<String, Object>> maps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw bad(file, where + "[" + i + "]", "expected a map but was '" + list.get(i) + "'");
            }
            maps.add(stringKeys(m, file, where + "[" + i + "]"));
        }
        return maps;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> raw, String file, String where) {
        Map<String, Object> m = new LinkedHashMap<>();
        raw.forEach((k, v) -> m.put(String.valueOf(k), v));
        return m;
    }

    private static String requiredString(Map<String, Object> m, String key, String file, String where) {
        Object v = m.get(key);
        if (v == null || v.toString().isBlank()) {
            throw bad(file, where, "missing '" + key + "'");
        }
        if (v instanceof List<?> || v instanceof Map<?, ?>) {
            throw bad(file, where, "'" + key + "' must be text");
        }
        return v.toString().strip();
    }

    private static String optionalString(Map<String, Object> m, String key, String file, String where,
                                         String fallback) {
        return m.get(key) == null ? fallback : requiredString(m, key, file, where);
    }

    static List<String> stringList(Object value, String file, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw bad(file, where, "expected a list");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (o == null || o instanceof List<?> || o instanceof Map<?, ?> || o.toString().isBlank()) {
                throw bad(file, where, "expected words but found '" + o + "'");
            }
            out.add(o.toString().strip());
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static LexiconException bad(String file, String where, String problem) {
        return new LexiconException(file + ": " + where + ": " + problem);
    }
}
