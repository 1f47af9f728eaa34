package io.yeonpyo.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Files dropped into, changed in and removed from the watched folder show up without a restart. */
@SpringBootTest
@DirtiesContext
class ArticlesFolderWatcherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    static Path folder;

    @Autowired
    ArticleCatalog articles;

    @DynamicPropertySource
    static void watchedFolder(DynamicPropertyRegistry registry) {
        registry.add("timeline.articles-dir", () -> folder.toString());
        registry.add("timeline.watch", () -> "true");
        registry.add("timeline.watch-quiet-period", () -> "200ms");
    }

    @Test
    void newChangedAndRemovedFilesAreReflected() throws Exception {
        String id = "004_c5803c946e66baf5";
        Path file = folder.resolve(id + ".txt");
        // Written elsewhere then moved in, as a download would be, so the watcher never sees half a file.
        Path staging = Files.createTempFile("article", ".tmp");
        Files.copy(Path.of("data/articles", id + ".txt"), staging, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE);

        assertThat(eventually(() -> articles.byId(id).isPresent())).as("new file loaded").isTrue();

        Files.writeString(file, "---\npublished: 2025-02\ntitle: 고친 제목\n---\n머스크는 오픈AI를 떠났다.\n");
        assertThat(eventually(() -> articles.byId(id).map(a -> "고친 제목".equals(a.title())).orElse(false)))
                .as("changed file reloaded").isTrue();

        Files.delete(file);
        assertThat(eventually(() -> articles.byId(id).isEmpty())).as("removed file unloaded").isTrue();
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
