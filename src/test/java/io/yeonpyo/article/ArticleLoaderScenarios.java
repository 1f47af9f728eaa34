package io.yeonpyo.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The loader on the real seed articles plus broken files, in a folder of its own. Run against each database by the
 * subclasses.
 */
@SpringBootTest
@DirtiesContext
abstract class ArticleLoaderScenarios {

    @TempDir
    static Path folder;

    @Autowired
    ArticleLoader loader;

    @Autowired
    EventCatalog events;

    @Autowired
    ArticleCatalog articles;

    @Autowired
    MessageSource messages;

    @DynamicPropertySource
    static void articlesFolder(DynamicPropertyRegistry registry) {
        // static and shared by the subclasses: each runs in its own context and reseeds the folder before a test
        registry.add("timeline.articles-dir", () -> folder.toString());
        registry.add("timeline.load-on-startup", () -> "false");
    }

    /** Each test starts from an empty database (an empty folder loaded) and the five seed files in the folder. */
    @BeforeEach
    void seedFolder() throws IOException {
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        loader.loadAll();
        assertThat(articles.all()).isEmpty();
        try (Stream<Path> seeds = Files.list(Path.of("data/articles"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        }
    }

    @Test
    void loadsTheSeedArticlesAndReportsEachBrokenFileWithoutStoppingTheOthers() throws IOException {
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(folder.resolve("open-front-matter.txt"), "---\npublished: 2025-01\n본문이다.\n");
        Files.writeString(folder.resolve("기사 한글 이름.txt"), "---\npublished: 2024-03\n---\n"
                + "오픈AI는 지난달 새 이사회를 꾸렸다고 밝혔다.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("weather.txt"), "---\npublished: 2024-03\n---\n"
                + "서울은 오늘 맑고 포근하겠다. 내일은 비가 내리겠다.\n", StandardCharsets.UTF_8);
        // Listed, then gone when read: what a file deleted mid-load looks like to the loader, without the race.
        Files.createSymbolicLink(folder.resolve("vanished.txt"), folder.resolve("deleted-meanwhile.txt"));

        LoadReport report = loader.loadAll();

        Map<String, LoadOutcome> byFile = report.outcomes().stream()
                .collect(Collectors.toMap(LoadOutcome::fileName, o -> o));
        assertThat(report.count(LoadOutcome.Status.LOADED)).isEqualTo(7);
        assertThat(byFile.get("empty.txt").status()).isEqualTo(LoadOutcome.Status.FAILED);
        assertThat(english(byFile.get("empty.txt"))).contains("empty");
        assertThat(english(byFile.get("image.txt"))).contains("binary");
        assertThat(byFile.get("vanished.txt").status()).isEqualTo(LoadOutcome.Status.FAILED);
        assertThat(english(byFile.get("vanished.txt"))).contains("disappeared while it was being read");
        assertThat(english(byFile.get("open-front-matter.txt"))).contains("never closed");
        assertThat(byFile.get("기사 한글 이름.txt").status()).isEqualTo(LoadOutcome.Status.LOADED);
        assertThat(articles.byId("기사 한글 이름")).isPresent();
        assertThat(byFile.get("003_ec831ef58c6864ef.txt").notes()).isEmpty();
        assertThat(byFile.get("weather.txt").status()).isEqualTo(LoadOutcome.Status.LOADED);
        assertThat(english(byFile.get("weather.txt"))).isEqualTo("no event found in its 2 sentences of article text");
        assertThat(articles.byId("002_8cb0b60f2621ad0c").orElseThrow().publishedOrigin())
                .isEqualTo(PublishedOrigin.PRINTED_IN_TEXT);

        List<EventView> all = events.searchWithSources(EventFilter.NONE, 0, 1000).events();
        assertThat(all.stream().filter(e -> e.date() != null)).hasSizeGreaterThanOrEqualTo(25);
        assertThat(all).allSatisfy(event -> assertThat(event.sources()).isNotEmpty());
    }

    @Test
    void theArticleListCountsEachArticlesEvents() {
        loader.loadAll();

        List<ArticleSummary> summaries = articles.all();

        assertThat(summaries).hasSize(5);
        assertThat(summaries).allSatisfy(summary ->
                assertThat(summary.eventCount()).isEqualTo(events.byArticle(summary.id()).size()).isPositive());
    }

    @Test
    void unchangedFilesAreSkippedAndKeepTheirSlugs() {
        loader.loadAll();
        List<String> before = slugs();

        LoadReport again = loader.loadAll();

        assertThat(again.count(LoadOutcome.Status.UNCHANGED)).isEqualTo(5);
        assertThat(again.count(LoadOutcome.Status.LOADED)).isZero();
        assertThat(slugs()).isEqualTo(before);
    }

    @Test
    void aChangedFileReplacesItsEventsAndARemovedFileTakesThemAway() throws IOException {
        loader.loadAll();
        Path article = folder.resolve("004_c5803c946e66baf5.txt");
        Files.writeString(article, Files.readString(article) + "\n덧붙인 문장이다.\n");

        LoadReport changed = loader.loadAll();

        assertThat(changed.count(LoadOutcome.Status.LOADED)).isEqualTo(1);
        assertThat(changed.count(LoadOutcome.Status.UNCHANGED)).isEqualTo(4);
        assertThat(sourcesFrom("004_c5803c946e66baf5")).isPositive();

        Files.delete(article);
        LoadReport removed = loader.loadAll();

        assertThat(removed.count(LoadOutcome.Status.REMOVED)).isEqualTo(1);
        assertThat(sourcesFrom("004_c5803c946e66baf5")).isZero();
        assertThat(articles.byId("004_c5803c946e66baf5")).isEmpty();
    }

    @Test
    void theSameTextUnderTwoNamesIsLoadedOnceAndBothNamesAreReported() throws IOException {
        loader.loadAll();
        Files.copy(folder.resolve("001_822e4aa99219b25e.txt"), folder.resolve("001 사본.txt"));

        LoadReport report = loader.loadAll();

        LoadOutcome copy = outcome(report, "001 사본.txt");
        assertThat(copy.status()).isEqualTo(LoadOutcome.Status.DUPLICATE);
        assertThat(english(copy)).contains("001_822e4aa99219b25e.txt");
        assertThat(articles.byId("001 사본")).isEmpty();
        assertThat(sourcesFrom("001 사본")).isZero();
    }

    @Test
    void anOversizedFileIsReportedWithItsSize() throws IOException {
        byte[] sixMegabytes = "오픈AI가 MS와 계약했다. ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("dump.txt"), sixMegabytes);

        LoadOutcome outcome = outcome(loader.loadAll(), "dump.txt");

        assertThat(outcome.status()).isEqualTo(LoadOutcome.Status.FAILED);
        assertThat(english(outcome)).contains("MB limit");
    }

    @Test
    void anArticleBrokenByAnEditKeepsItsLastGoodVersion() throws IOException {
        loader.loadAll();
        long before = sourcesFrom("000_d42f17f56210b79a");
        Files.write(folder.resolve("000_d42f17f56210b79a.txt"), new byte[] {0, 1, 2, 3});

        LoadOutcome outcome = outcome(loader.loadAll(), "000_d42f17f56210b79a.txt");

        assertThat(outcome.status()).isEqualTo(LoadOutcome.Status.FAILED);
        assertThat(english(outcome)).contains("binary").contains("version loaded before is kept");
        assertThat(sourcesFrom("000_d42f17f56210b79a")).isEqualTo(before).isPositive();
    }

    /** The notes as the English page and the log show them. */
    private String english(LoadOutcome outcome) {
        return outcome.notes().stream().map(note -> messages.getMessage(note, Locale.ENGLISH))
                .collect(Collectors.joining("; "));
    }

    private static LoadOutcome outcome(LoadReport report, String fileName) {
        return report.outcomes().stream().filter(o -> o.fileName().equals(fileName)).findFirst().orElseThrow();
    }

    private List<String> slugs() {
        return events.search(EventFilter.NONE, 0, 1000).events().stream().map(EventView::slug).toList();
    }

    private long sourcesFrom(String articleId) {
        return events.searchWithSources(EventFilter.NONE, 0, 1000).events().stream()
                .flatMap(e -> e.sources().stream())
                .filter(s -> s.articleId().equals(articleId))
                .count();
    }
}
