package io.yeonpyo.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reading the data files: a YAML document as a map, and its fields as text, words or maps, each failure a
 * {@link LexiconException} that names the file and the place in it.
 */
final class YamlFields {

    private YamlFields() {
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

    static List<Map<String, Object>> listOfMaps(Object value, String file, String where) {
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

    static Map<String, Object> stringKeys(Map<?, ?> raw, String file, String where) {
        Map<String, Object> m = new LinkedHashMap<>();
        raw.forEach((k, v) -> m.put(String.valueOf(k), v));
        return m;
    }

    static String requiredString(Map<String, Object> m, String key, String file, String where) {
        Object v = m.get(key);
        if (v == null || v.toString().isBlank()) {
            throw bad(file, where, "missing '" + key + "'");
        }
        if (v instanceof List<?> || v instanceof Map<?, ?>) {
            throw bad(file, where, "'" + key + "' must be text");
        }
        return v.toString().strip();
    }

    static String optionalString(Map<String, Object> m, String key, String file, String where,
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

    static LexiconException bad(String file, String where, String problem) {
        return new LexiconException(file + ": " + where + ": " + problem);
    }
}
