package io.yeonpyo;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.ActorView;
import io.yeonpyo.article.ArticleLoader;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Discovered actors through the real loader and database: events carry them, their ids are the same after a restart
 * and after loading the same articles in another order, and once listed in data/actors.yml their old id leads to the
 * listed entry. Articles written for the test.
 */
class DiscoveredActorsEndToEndTest {

    static final String RULING = """
            ---
            published: 2025-03-05
            ---
            이본 곤잘레스 로저스 판사는 4일(현지시간) 머스크가 오픈AI를 상대로 낸 소송에서 가처분 신청을 받아들이지 않았다.
            """;
    static final String TRIAL = """
            ---
            published: 2025-03-06
            ---
            곤잘레스 로저스 판사는 머스크와 오픈AI의 소송을 내년 봄 재판에 회부했다.
            호주 경쟁소비자위원회(ACCC)는 5일 MS와 오픈AI의 계약에 대한 조사에 착수했다.
            """;
    static final String JUDGE = "ibon-gonjalleseu-rojeoseu";

    @TempDir
    Path work;

    @Test
    void discoveredIdsSurviveRestartsReordering_andListingRedirectsThem() throws IOException {
        Path data = copyOfData();
        Path forward = articles("forward", "a-ruling.txt", RULING, "b-trial.txt", TRIAL);
        Path backward = articles("backward", "z-ruling.txt", RULING, "a-trial.txt", TRIAL);

        List<String> first = run("one", data, forward, catalog -> ids(catalog.getBean(ActorCatalog.class)));
        List<String> reordered = run("two", data, backward, catalog -> ids(catalog.getBean(ActorCatalog.class)));
        List<String> restarted = run("two", data, backward, catalog -> ids(catalog.getBean(ActorCatalog.class)));
        assertThat(first).contains(JUDGE, "accc");
        assertThat(reordered).isEqualTo(first);
        assertThat(restarted).isEqualTo(first);

        List<EventView> judged = run("one", data, forward, context -> context.getBean(EventCatalog.class)
                .search(new EventFilter(null, JUDGE, null, null, null, null, null), 0, 100).events());
        assertThat(judged).as("events whose party is the judge carry her").isNotEmpty()
                .allMatch(e -> e.actors().stream().anyMatch(a -> a.id().equals(JUDGE) && a.name().contains("로저스")));

        Files.writeString(data.resolve("actors.yml"), Files.readString(data.resolve("actors.yml")).replace("actors:\n",
                "actors:\n  - id: yvonne-gonzalez-rogers\n    kind: PERSON\n    name_ko: 이본 곤잘레스 로저스\n"
                        + "    name_en: Yvonne Gonzalez Rogers\n    aliases: [이본 곤잘레스 로저스, 곤잘레스 로저스]\n"));
        run("one", data, forward, context -> {
            ActorCatalog catalog = context.getBean(ActorCatalog.class);
            assertThat(ids(catalog)).doesNotContain(JUDGE).contains("accc");
            assertThat(catalog.byId(JUDGE)).isEmpty();
            assertThat(catalog.successor(JUDGE)).contains("yvonne-gonzalez-rogers");
            assertThat(catalog.successor("accc")).as("a current id leads nowhere else").isEmpty();
            return null;
        });
    }

    @Test
    void aFullNameMetLaterRenamesTheActorOnItsEventsAndTheOldIdLeadsToIt() throws IOException {
        Path data = copyOfData();
        Path folder = articles("growing", "a-trial.txt", """
                ---
                published: 2025-03-06
                ---
                로저스 판사는 머스크와 오픈AI의 소송을 재판에 회부했다.
                """, "b-other.txt", "---\npublished: 2025-03-01\n---\n구글은 클라우드 사업을 키웠다.\n");
        run("growing", data, folder, context -> {
            assertThat(ids(context.getBean(ActorCatalog.class))).contains("rojeoseu");
            Files.writeString(folder.resolve("c-court.txt"), """
                    ---
                    published: 2025-03-07
                    ---
                    이본 곤잘레스 로저스 판사는 이날 법정에서 양측의 주장을 들었다.
                    """);
            context.getBean(ArticleLoader.class).loadAll();
            ActorCatalog catalog = context.getBean(ActorCatalog.class);
            assertThat(ids(catalog)).contains(JUDGE).doesNotContain("rojeoseu");
            assertThat(catalog.successor("rojeoseu")).contains(JUDGE);
            assertThat(context.getBean(EventCatalog.class).search(new EventFilter(null, JUDGE, null, null, null, null,
                    null), 0, 100).events()).as("the trial, though its article did not change").isNotEmpty();
            return null;
        });
    }

    private static List<String> ids(ActorCatalog catalog) {
        return catalog.all().stream().filter(ActorView::discovered).map(ActorView::id).toList();
    }

    private <T> T run(String database, Path data, Path articles, ContextReader<T> read) throws IOException {
        String url = "jdbc:h2:file:" + work.resolve("db-" + database).resolve("yeonpyo").toAbsolutePath();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YeonpyoApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--timeline.data-dir=" + data,
                        "--timeline.articles-dir=" + articles)) {
            return read.read(context);
        }
    }

    /** What a test reads from a running application. */
    private interface ContextReader<T> {
        T read(ConfigurableApplicationContext context) throws IOException;
    }

    private Path copyOfData() throws IOException {
        Path data = Files.createDirectories(work.resolve("data"));
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
        return data;
    }

    private Path articles(String folder, String firstName, String first, String secondName, String second)
            throws IOException {
        Path dir = Files.createDirectories(work.resolve(folder));
        Files.writeString(dir.resolve(firstName), first);
        Files.writeString(dir.resolve(secondName), second);
        return dir;
    }
}
