package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.article.LoadOutcome;
import io.yeonpyo.article.PublishedOrigin;
import io.yeonpyo.extraction.ActorKind;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.Qualifier;
import io.yeonpyo.extraction.SentenceKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Korean (messages.properties, the default) and English must hold the same keys, every key a template or the
 * code asks for must exist, and every message must be a valid MessageFormat pattern.
 */
class I18nPropertiesSyncTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path SOURCES = Path.of("src/main/java");

    // #{key} and #{key(args)}; keys built with __${...}__ preprocessing are checked through the enums below.
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.]+)[}(]");
    private static final Pattern TEMPLATE_MSG_CALL = Pattern.compile("#messages\\.msg(?:OrNull)?\\('([\\w.]+)'");
    private static final Pattern CODE_KEY =
            Pattern.compile("\"((?:error|date|param\\.hint|amount|load\\.note)\\.[\\w.]+)\"");

    private final Properties korean = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void koreanAndEnglishHaveTheSameKeys() {
        assertThat(english.stringPropertyNames()).as("keys in English but not in Korean")
                .isSubsetOf(korean.stringPropertyNames());
        assertThat(korean.stringPropertyNames()).as("keys in Korean but not in English")
                .isSubsetOf(english.stringPropertyNames());
    }

    @Test
    void theKoreanLocaleFileAddsNoKeysOfItsOwn() {
        // messages_ko.properties only exists so ko resolves to the Korean default instead of the system locale.
        assertThat(load("messages_ko.properties").stringPropertyNames()).isSubsetOf(korean.stringPropertyNames());
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                used.addAll(matches(TEMPLATE_KEY, html));
                used.addAll(matches(TEMPLATE_MSG_CALL, html));
            }
        }
        used.removeIf(key -> key.endsWith("."));   // 'error.title.' + status: checked with the statuses below
        assertThat(used).contains("app.name", "timeline.undated");
        assertKnown(used);
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                used.addAll(matches(CODE_KEY, Files.readString(file)));
            }
        }
        used.removeIf(key -> key.endsWith("."));   // prefixes completed at run time, checked below
        assertThat(used).contains("error.notFound.event", "date.year");
        assertKnown(used);
    }

    @Test
    void everyEnumValueShownOnAPageHasALabel() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(EventType.values()).forEach(v -> keys.add("event.type." + v));
        Arrays.stream(ActorKind.values()).forEach(v -> keys.add("actor.kind." + v));
        Arrays.stream(PublishedOrigin.values()).forEach(v -> keys.add("article.origin." + v));
        Arrays.stream(LoadOutcome.Status.values()).forEach(v -> keys.add("load.status." + v));
        Arrays.stream(SentenceKind.values()).forEach(v -> keys.add("sentence.kind." + v));
        Arrays.stream(Qualifier.values()).forEach(v -> {
            keys.add("date.qualifier.year." + v);
            keys.add("date.qualifier.month." + v);
        });
        // ErrorHandling renders these statuses; parameters that can fail to bind each have a hint.
        keys.addAll(List.of("error.title.400", "error.title.404", "error.title.other"));
        List.of("type", "from", "to", "page", "size").forEach(field -> keys.add("param.hint." + field));
        assertKnown(keys);
    }

    @Test
    void everyMessageIsAValidPattern() {
        for (Properties bundle : List.of(korean, english)) {
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                assertThat(value).as(key).isNotBlank();
                new MessageFormat(value);   // throws on an unbalanced brace or quote
            }
        }
    }

    private void assertKnown(Set<String> keys) {
        assertThat(korean.stringPropertyNames()).as("Korean bundle").containsAll(keys);
        assertThat(english.stringPropertyNames()).as("English bundle").containsAll(keys);
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
        return properties;
    }
}
