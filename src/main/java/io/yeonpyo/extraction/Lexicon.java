package io.yeonpyo.extraction;

import static io.yeonpyo.extraction.YamlFields.bad;
import static io.yeonpyo.extraction.YamlFields.readYaml;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * Everything the extractor knows that is not a rule: people and companies with their spellings, relationships,
 * event trigger words, exchange rates. Read from the data folder so a user can edit it without touching code;
 * {@link ActorsFile} and {@link EventTypesFile} read and check the two large files.
 */
public final class Lexicon {

    static final String ACTORS_FILE = "actors.yml";
    static final String EVENT_TYPES_FILE = "event-types.yml";
    static final String EXCHANGE_RATES_FILE = "exchange-rates.yml";

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

    private Lexicon(ActorsFile actorsFile, Map<EventType, TypeInfo> types, BigDecimal krwPerUsd,
                    Map<String, String> unlistedDoers) {
        List<ActorEntry> actors = actorsFile.actors();
        this.actors = List.copyOf(actors);
        Map<String, ActorEntry> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        this.actorsById = Collections.unmodifiableMap(byId);
        this.shortNames = Map.copyOf(actorsFile.shortNames());
        this.venues = Set.copyOf(actorsFile.venues());
        this.platforms = Set.copyOf(actorsFile.platforms());
        this.relationships = List.copyOf(actorsFile.relationships());
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
        ActorsFile actors = ActorsFile.read(actorsDoc);
        Map<EventType, TypeInfo> types = EventTypesFile.read(readYaml(dataDir.resolve(EVENT_TYPES_FILE)));
        BigDecimal rate = readRate(readYaml(dataDir.resolve(EXCHANGE_RATES_FILE)));
        return new Lexicon(actors, types, rate, ActorsFile.unlistedDoers(actorsDoc));
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

    /** Whether an unlisted doer noun starts at {@code at}: "판사는", "재판장이". */
    boolean unlistedDoerAt(String text, int at) {
        for (String noun : unlistedDoers.keySet()) {
            if (text.startsWith(noun, at)) {
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

    /**
     * The step a regulator or a court takes on a deal whose word its sentence uses ("…제휴는 합병 심사 대상이
     * 아니라고"): an act of type OTHER, with that type's headlines, found where the deal's word stands.
     */
    Trigger rulingOn(Trigger deal) {
        TypeInfo other = types.get(EventType.OTHER);
        return other == null ? deal : new Trigger(deal.word(), EventType.OTHER, deal.priority(), other.headline(),
                other.headlineEn(), other.headlineEnUnnamed(), List.of());
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
            List<String> names = new ArrayList<>(actor.aliases());
            names.addAll(actor.products());
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
}
