package io.yeonpyo.extraction;

import static io.yeonpyo.extraction.YamlFields.bad;
import static io.yeonpyo.extraction.YamlFields.listOfMaps;
import static io.yeonpyo.extraction.YamlFields.optionalString;
import static io.yeonpyo.extraction.YamlFields.readYaml;
import static io.yeonpyo.extraction.YamlFields.requiredString;
import static io.yeonpyo.extraction.YamlFields.stringKeys;
import static io.yeonpyo.extraction.YamlFields.stringList;

import java.math.BigDecimal;
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
import org.apache.lucene.analysis.ko.dict.UserDictionary;


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

    /**
     * One trigger word of an event type, with the priority and the headline templates (Korean, English) it uses;
     * {@code headlineEnUnnamed} is its English noun phrase for an act without a named doer, null for the type's;
     * {@code followedBy} the verbs one of which must begin one of the next few words (empty: none needed).
     */
    record Trigger(String word, EventType type, int priority, String headline, String headlineEn,
                   String headlineEnUnnamed, List<String> followedBy) {

        Trigger(String word, EventType type, int priority, String headline, String headlineEn) {
            this(word, type, priority, headline, headlineEn, null, List.of());
        }
    }

    /**
     * Per-type settings from {@code event-types.yml}; {@code termWords} name an agreement whose end a date with 까지
     * states (its term), {@code termHeadline} is the headline of such a term.
     */
    record TypeInfo(EventType type, String label, int priority, String headline, String headlineEn,
                    List<Trigger> triggers, List<String> excluded, List<String> termWords, String termHeadline,
                    String termHeadlineEn, Map<String, List<String>> searchEn, String headlineEnUnnamed,
                    ObjectVerbs objectVerbs) {
    }

    /**
     * Verbs that tell the type's act only with an organisation as what they act on ("xAI를 세웠다", "자회사를
     * 만들고", "세운 연구소"): a listed company, or a noun of {@code objects}. Empty lists when the type has none.
     */
    record ObjectVerbs(List<String> verbs, List<String> objects) {

        static final ObjectVerbs NONE = new ObjectVerbs(List.of(), List.of());
    }

    private final List<ActorEntry> actors;
    private final Map<String, ActorEntry> actorsById;
    private final Map<String, String> shortNames;
    private final Set<String> venues;
    private final Set<String> platforms;
    private final List<RelationshipEntry> relationships;
    private final Map<EventType, TypeInfo> types;
    private final BigDecimal krwPerUsd;
    private final Map<String, String> unlistedDoers;

    private Lexicon(List<ActorEntry> actors, Map<String, String> shortNames, Set<String> venues, Set<String> platforms,
                    List<RelationshipEntry> relationships, Map<EventType, TypeInfo> types, BigDecimal krwPerUsd,
                    Map<String, String> unlistedDoers) {
        this.actors = List.copyOf(actors);
        Map<String, ActorEntry> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        this.actorsById = Collections.unmodifiableMap(byId);
        this.shortNames = Map.copyOf(shortNames);
        this.venues = Set.copyOf(venues);
        this.platforms = Set.copyOf(platforms);
        this.relationships = List.copyOf(relationships);
        this.types = Collections.unmodifiableMap(new EnumMap<>(types));
        this.krwPerUsd = krwPerUsd;
        this.unlistedDoers = Map.copyOf(unlistedDoers);
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
        Set<String> platforms = new java.util.HashSet<>();
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

        Map<EventType, TypeInfo> types = EventTypesFile.read(readYaml(dataDir.resolve(EVENT_TYPES_FILE)));
        BigDecimal rate = readRate(readYaml(dataDir.resolve(EXCHANGE_RATES_FILE)));
        return new Lexicon(actors, shortNames, venues, platforms, relationships, types, rate,
                unlistedDoers(actorsDoc));
    }

    private static Map<String, String> unlistedDoers(Map<String, Object> actorsDoc) {
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

    /**
     * The noun of {@code unlisted_doers} that {@code word} ends in ("연방법원" → 법원), the longest when several do,
     * or null: a common noun naming who acts without naming anyone listed.
     */
    String unlistedDoerEnding(String word) {
        String found = null;
        for (String noun : unlistedDoers.keySet()) {
            if (word.endsWith(noun) && (found == null || noun.length() > found.length())) {
                found = noun;
            }
        }
        return found;
    }

    /** Whether one of the unlisted doer nouns stands in [from, to): most clauses name no court or regulator. */
    boolean namesUnlistedDoer(String text, int from, int to) {
        for (String noun : unlistedDoers.keySet()) {
            int at = text.indexOf(noun, from);
            if (at >= 0 && at < to) {
                return true;
            }
        }
        return false;
    }

    /** The English word for an unlisted doer noun ("Court"), or the noun itself when it is none. */
    String unlistedDoerEn(String noun) {
        return unlistedDoers.getOrDefault(noun, noun);
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

    /**
     * Whether the company runs a platform people post on: "X에 적었다", "X를 통해 밝혔다" name where something was said,
     * not a party.
     */
    boolean isPlatform(String actorId) {
        return platforms.contains(actorId);
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
     * Nori user-dictionary lines (one word a line, sorted) for every Hangul word of two or more syllables in a
     * Korean name, alias or product name, so that 마이크로소프트, 나델라, 술레이먼 stay one token.
     */
    public String noriUserDictionary() {
        TreeSet<String> words = new TreeSet<>();
        for (ActorEntry actor : actors) {
            List<String> names = new ArrayList<>(concat(actor.aliases(), actor.products()));
            names.add(actor.nameKo());
            for (String name : names) {
                for (String part : name.split("\\s+")) {
                    if (HANGUL_WORD.matcher(part).matches()) {
                        words.add(part);
                    }
                }
            }
        }
        return String.join("\n", words) + (words.isEmpty() ? "" : "\n");
    }

    /** The same words as Nori's user dictionary, for every reader of Korean text: extraction and the search index. */
    public UserDictionary noriDictionary() {
        return NoriReading.dictionary(noriUserDictionary());
    }

    List<Trigger> triggers() {
        List<Trigger> all = new ArrayList<>();
        types.values().forEach(info -> all.addAll(info.triggers()));
        return all;
    }

    TypeInfo typeInfo(EventType type) {
        return types.get(type);
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
