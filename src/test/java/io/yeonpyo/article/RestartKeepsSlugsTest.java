package io.yeonpyo.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.YeonpyoApplication;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two runs of the application on one database file: every event keeps its link. */
class RestartKeepsSlugsTest {

    @TempDir
    Path databaseFolder;

    @Test
    void slugsSurviveARestart() {
        List<String> first = slugsAfterStart();
        List<String> second = slugsAfterStart();
        List<String> foundBySearch = slugsAfterStart(new EventFilter(null, null, null, null, null, null, "투자"));

        assertThat(first).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Files.exists(databaseFolder.resolve("yeonpyo.mv.db"))).as("the file database was used").isTrue();
        assertThat(second).isEqualTo(first);
        assertThat(first).allMatch(slug -> slug.matches("[a-z0-9-]+"), "slugs are lower-case ASCII");
        // events that share a readable name are numbered where the timeline is stored: the first keeps the name
        assertThat(first).filteredOn(slug -> slug.matches(".*-\\d+"))
                .isNotEmpty()
                .allSatisfy(numbered -> assertThat(first).contains(numbered.replaceAll("-\\d+$", "")));
        assertThat(foundBySearch).as("search works after a start that had nothing to rebuild").isNotEmpty();
    }

    private List<String> slugsAfterStart() {
        return slugsAfterStart(EventFilter.NONE);
    }

    private List<String> slugsAfterStart(EventFilter filter) {
        String url = "jdbc:h2:file:" + databaseFolder.resolve("yeonpyo").toAbsolutePath();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YeonpyoApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url)) { // arguments: they outrank every config file
            return context.getBean(EventCatalog.class).search(filter, 0, 1000).events().stream()
                    .map(EventView::slug).toList();
        }
    }
}
