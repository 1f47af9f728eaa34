package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.article.ArticleLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Pages are served again from memory with an ETag, revalidate with 304, and change after a reload. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "timeline.response-cache=true"})
@DirtiesContext
class RenderedResponseCacheTest {

    @TempDir
    static Path folder;

    @LocalServerPort
    int port;

    @Autowired
    ArticleLoader loader;

    private final HttpClient client = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void articles(DynamicPropertyRegistry registry) throws Exception {
        try (Stream<Path> seeds = Files.list(Path.of("data/articles"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        }
        registry.add("timeline.articles-dir", folder::toString);
    }

    @Test
    void etagRevalidatesAndAReloadChangesTheAnswer() throws Exception {
        HttpResponse<String> first = get("/api/events?size=1000", null);
        HttpResponse<String> second = get("/api/events?size=1000", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).contains(etag);
        assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(get("/api/events?size=1000", etag).statusCode()).isEqualTo(304);

        Files.delete(folder.resolve("004_c5803c946e66baf5.txt"));
        loader.loadAll();

        HttpResponse<String> afterReload = get("/api/events?size=1000", etag);
        assertThat(afterReload.statusCode()).isEqualTo(200);
        assertThat(afterReload.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(afterReload.body()).doesNotContain("004_c5803c946e66baf5");
        assertThat(first.body()).contains("004_c5803c946e66baf5");
    }

    @Test
    void errorsAndLanguageSwitchesAreNotKept() throws Exception {
        assertThat(get("/events/no-such-event", null).headers().firstValue("ETag")).isEmpty();
        assertThat(get("/?lang=en", null).headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void anHtmxFragmentAndTheWholePageAreKeptApart() throws Exception {
        HttpResponse<String> page = get("/?company=openai", null);
        HttpResponse<String> fragment = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/?company=openai")).header("HX-Request", "true").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> pageAgain = get("/?company=openai", null);

        assertThat(page.body()).startsWith("<!DOCTYPE html>");
        assertThat(fragment.body()).startsWith("<section class=\"results\"").doesNotContain("<html");
        assertThat(fragment.headers().firstValue("ETag")).isPresent().get()
                .isNotEqualTo(page.headers().firstValue("ETag").orElseThrow());
        assertThat(pageAgain.body()).isEqualTo(page.body());
    }

    @Test
    void aKeptCsvExportKeepsItsTypeAndByteOrderMark() throws Exception {
        for (int time = 0; time < 2; time++) {
            HttpResponse<byte[]> csv = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/events.csv?company=softbank")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
            assertThat(csv.headers().firstValue("ETag")).isPresent();
            assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF, 's', 'l', 'u', 'g');
        }
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
