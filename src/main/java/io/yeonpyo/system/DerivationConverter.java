package io.yeonpyo.system;

import io.yeonpyo.extraction.Derivation;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Stores a date's derivation as one JSON array: its rule, its arguments, and the derivation it builds on as a last,
 * nested array, e.g. {@code ["carried.previous",["resolved.publication","지난달","2025-06","2025-07"]]}. Rows written
 * before derivations were values hold their Korean sentence as rule {@code stored} (migration V7).
 */
@Converter
public class DerivationConverter implements AttributeConverter<Derivation, String> {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Derivation derivation) {
        return toText(derivation);
    }

    /** The stored text, null for none; also for rows written with plain JDBC. */
    public static String toText(Derivation derivation) {
        return derivation == null ? null : JSON.writeValueAsString(toArray(derivation));
    }

    private static ArrayNode toArray(Derivation derivation) {
        ArrayNode array = JSON.createArrayNode().add(derivation.rule());
        derivation.args().forEach(array::add);
        if (derivation.nested() != null) {
            array.add(toArray(derivation.nested()));
        }
        return array;
    }

    @Override
    public Derivation convertToEntityAttribute(String text) {
        return text == null ? null : fromArray(JSON.readTree(text));
    }

    private static Derivation fromArray(JsonNode array) {
        List<String> args = new ArrayList<>();
        Derivation nested = null;
        for (int i = 1; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element.isArray()) {
                nested = fromArray(element);
            } else {
                args.add(element.asString());
            }
        }
        return new Derivation(array.get(0).asString(), args, nested);
    }
}
