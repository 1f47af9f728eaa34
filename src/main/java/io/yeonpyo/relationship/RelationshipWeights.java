package io.yeonpyo.relationship;

import io.yeonpyo.event.EventOutline;
import io.yeonpyo.extraction.EventType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * How much each event warms (+) or cools (−) a relationship, read from {@code data/relationship-weights.yml}:
 * a weight per event type and, before it, rules that look for words in the headline ("계약 종료" is not a
 * contract signed). Plain Java; a malformed file fails with a message naming the file and the entry.
 */
public record RelationshipWeights(Map<EventType, Integer> types, List<Rule> rules) {

    public static final String FILE = "relationship-weights.yml";
    static final int MAX_WEIGHT = 5;

    public RelationshipWeights {
        EnumMap<EventType, Integer> all = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            all.put(type, types.getOrDefault(type, 0));
        }
        types = Collections.unmodifiableMap(all);
        rules = List.copyOf(rules);
    }

    /** An exception to a type's weight: events of {@code type} whose headline contains one of {@code words}. */
    public record Rule(EventType type, List<String> words, int weight) {

        public Rule {
            words = List.copyOf(words);
        }

        boolean matches(EventOutline event) {
            return event.type() == type && event.headline() != null
                    && words.stream().anyMatch(event.headline()::contains);
        }
    }

    public int weightOf(EventOutline event) {
        return rules.stream().filter(r -> r.matches(event)).map(Rule::weight).findFirst()
                .orElse(types.get(event.type()));
    }

    /** Reads the weights file; {@link WeightsException} says what is wrong and where. */
    public static RelationshipWeights load(Path file) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new WeightsException(file, "cannot be read (" + e.getMessage() + ")");
        } catch (YAMLException e) {
            throw new WeightsException(file, "is not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new WeightsException(file, "must be a mapping with 'types' and 'rules'");
        }
        Map<EventType, Integer> types = new EnumMap<>(EventType.class);
        Object typesNode = map.get("types");
        if (!(typesNode instanceof Map<?, ?> typeMap)) {
            throw new WeightsException(file, "needs 'types:', a weight per event type");
        }
        for (Map.Entry<?, ?> entry : typeMap.entrySet()) {
            String where = "types." + entry.getKey();
            types.put(type(file, entry.getKey(), where), weight(file, entry.getValue(), where));
        }
        List<Rule> rules = new ArrayList<>();
        Object rulesNode = map.get("rules");
        if (rulesNode != null && !(rulesNode instanceof List<?>)) {
            throw new WeightsException(file, "'rules' must be a list");
        }
        List<?> ruleList = rulesNode == null ? List.of() : (List<?>) rulesNode;
        for (int i = 0; i < ruleList.size(); i++) {
            String where = "rules[" + i + "]";
            if (!(ruleList.get(i) instanceof Map<?, ?> rule)) {
                throw new WeightsException(file, where + " must be a mapping with type, words and weight");
            }
            if (!(rule.get("words") instanceof List<?> words) || words.isEmpty()
                    || words.stream().anyMatch(w -> !(w instanceof String s) || s.isBlank())) {
                throw new WeightsException(file, where + ".words must be a non-empty list of words");
            }
            rules.add(new Rule(type(file, rule.get("type"), where + ".type"),
                    words.stream().map(w -> ((String) w).strip()).toList(),
                    weight(file, rule.get("weight"), where + ".weight")));
        }
        return new RelationshipWeights(types, rules);
    }

    private static EventType type(Path file, Object value, String where) {
        try {
            return EventType.valueOf(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            throw new WeightsException(file, where + ": '" + value + "' is not an event type; expected one of "
                    + List.of(EventType.values()));
        }
    }

    private static int weight(Path file, Object value, String where) {
        if (!(value instanceof Integer weight) || Math.abs(weight) > MAX_WEIGHT) {
            throw new WeightsException(file, where + ": '" + value + "' is not a whole number from -"
                    + MAX_WEIGHT + " to " + MAX_WEIGHT);
        }
        return weight;
    }

    /** The weights file is missing or malformed; the message names the file and the offending entry. */
    public static class WeightsException extends RuntimeException {

        WeightsException(Path file, String problem) {
            super(file + " " + problem);
        }
    }
}
