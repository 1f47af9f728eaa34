package io.yeonpyo.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every note of the load report, rendered with sample arguments in both languages, the way the page renders it. */
class LoadNoteTest {

    private static final Path TABLE = Path.of("src/test/resources/article/load-notes.csv");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    LoadNoteTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "src/test/resources/article/load-notes.csv", delimiter = '|', quoteCharacter = '"',
            nullValues = "-")
    void rendersInEnglishAndInKorean(String name, String args, String english, String korean) {
        LoadNote note = args == null ? LoadNote.of("load.note." + name)
                : LoadNote.of("load.note." + name, (Object[]) args.split(",", 2));

        assertThat(messages.getMessage(note, Locale.ENGLISH)).isEqualTo(english);
        assertThat(messages.getMessage(note, Locale.KOREAN)).isEqualTo(korean);
    }

    /** A new note gets a row in the table, and a note no longer made loses its key. */
    @Test
    void theTableHoldsEveryNoteOfTheBundles() throws IOException {
        Set<String> inTable = Files.readAllLines(TABLE, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> "load.note." + line.substring(0, line.indexOf('|')).strip())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(inTable).isEqualTo(keys("messages.properties")).isEqualTo(keys("messages_en.properties"));
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames().stream().filter(key -> key.startsWith("load.note."))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
