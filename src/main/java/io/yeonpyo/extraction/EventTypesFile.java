package io.yeonpyo.extraction;

import static io.yeonpyo.extraction.YamlFields.bad;
import static io.yeonpyo.extraction.YamlFields.optionalString;
import static io.yeonpyo.extraction.YamlFields.requiredString;
import static io.yeonpyo.extraction.YamlFields.stringKeys;
import static io.yeonpyo.extraction.YamlFields.stringList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code event-types.yml}: each type's label, priority, headlines, triggers, excluded words and search words. */
final class EventTypesFile {

    private static final String EVENT_TYPES_FILE = Lexicon.EVENT_TYPES_FILE;

    private EventTypesFile() {
    }

    static Map<EventType, Lexicon.TypeInfo> read(Map<String, Object> doc) {
        Map<EventType, Lexicon.TypeInfo> types = new EnumMap<>(EventType.class);
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
            List<Lexicon.Trigger> triggers = new ArrayList<>();
            Object rawTriggers = m.get("triggers");
            if (rawTriggers != null && !(rawTriggers instanceof List<?>)) {
                throw bad(EVENT_TYPES_FILE, where, "triggers must be a list");
            }
            for (Object t : rawTriggers == null ? List.of() : (List<?>) rawTriggers) {
                if (t instanceof String word && !word.isBlank()) {
                    triggers.add(new Lexicon.Trigger(word, type, priority, headline, headlineEn));
                } else if (t instanceof Map<?, ?> tm) {
                    Map<String, Object> tmap = stringKeys(tm, EVENT_TYPES_FILE, where);
                    String word = requiredString(tmap, "word", EVENT_TYPES_FILE, where + " trigger " + tm);
                    String tw = where + " trigger '" + word + "'";
                    int p = tmap.containsKey("priority") ? priority(tmap.get("priority"), tw) : priority;
                    // a headline of its own needs its own English: the type's would say another act
                    boolean own = tmap.get("headline") != null;
                    String h = own ? requiredString(tmap, "headline", EVENT_TYPES_FILE, tw) : headline;
                    String hEn = own ? requiredString(tmap, "headline_en", EVENT_TYPES_FILE, tw) : headlineEn;
                    String unnamedEn = own ? optionalString(tmap, "headline_en_unnamed", EVENT_TYPES_FILE, tw, null)
                            : null;
                    List<String> then = stringList(tmap.get("then"), EVENT_TYPES_FILE, tw + " then");
                    triggers.add(new Lexicon.Trigger(word, type, p, h, hEn, unnamedEn, then));
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
            // without a named doer English needs a noun phrase: "Founding of OpenAI", not "Founds OpenAI"
            String unnamed = optionalString(m, "headline_en_unnamed", EVENT_TYPES_FILE, where, headlineEn);
            types.put(type, new Lexicon.TypeInfo(type, label, priority, headline, headlineEn, triggers, excluded,
                    termWords, termHeadline, termHeadlineEn, searchEn(m.get("search_en"), where), unnamed,
                    objectVerbs(m.get("object_verbs"), where)));
        }
        return types;
    }

    private static Lexicon.ObjectVerbs objectVerbs(Object value, String where) {
        if (value == null) {
            return Lexicon.ObjectVerbs.NONE;
        }
        if (!(value instanceof Map<?, ?> raw)) {
            throw bad(EVENT_TYPES_FILE, where + " object_verbs", "expected a map with verbs and objects");
        }
        Map<String, Object> m = stringKeys(raw, EVENT_TYPES_FILE, where + " object_verbs");
        List<String> verbs = stringList(m.get("verbs"), EVENT_TYPES_FILE, where + " object_verbs verbs");
        List<String> objects = stringList(m.get("objects"), EVENT_TYPES_FILE, where + " object_verbs objects");
        if (verbs.isEmpty()) {
            throw bad(EVENT_TYPES_FILE, where + " object_verbs", "needs at least one verb");
        }
        return new Lexicon.ObjectVerbs(verbs, objects);
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
}
