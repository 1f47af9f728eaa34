package io.yeonpyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The development corpus ({@code ../shared/corpus/dev}: real articles from many outlets with a careful reader's gold
 * events) loaded through the real loader as the articles folder, and scored over HTTP with the rules of
 * {@code shared/tools/score.py}. Prints every gold entry, every dated event that matches none, the figures per
 * article and overall. Without the folder the test is disabled with the reason; CI requires it
 * ({@link CorpusAvailableTest}).
 *
 * <p>The floors are the targets a timeline editor's reading sets: core recall 0.92, dated precision 0.85, every
 * merge (the same event from several articles is one event) and conflict check (sources that disagree are flagged)
 * holds, and 80 % of the people and organisations that {@code data/actors.yml} does not list ({@code unknown_actors})
 * are discovered under one of their spellings; every discovered actor is printed with its evidence.
 */
@EnabledIf(value = "io.yeonpyo.CorpusGoldenTest#corpusPresent", disabledReason = "no development corpus at "
        + "../shared/corpus/dev (set -Dyeonpyo.corpus to its folder)")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class CorpusGoldenTest {

    static final double RECALL_FLOOR = 0.92;
    static final double PRECISION_FLOOR = 0.85;
    static final int FAILED_CHECKS_CEILING = 0;
    /** Share of gold {@code unknown_actors} (people and organisations not in data/actors.yml) discovered. */
    static final double UNKNOWN_ACTORS_FLOOR = 0.80;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    static Path corpus() {
        return Path.of(System.getProperty("yeonpyo.corpus", "../shared/corpus/dev")).toAbsolutePath().normalize();
    }

    static boolean corpusPresent() {
        return Files.isRegularFile(corpus().resolve("gold.json"));
    }

    @DynamicPropertySource
    static void corpusAsArticlesFolder(DynamicPropertyRegistry registry) {
        registry.add("timeline.articles-dir", () -> corpus().toString());
    }

    @Test
    void theCorpusScoresAtLeastTheFloors() throws Exception {
        JsonNode gold = json.readTree(corpus().resolve("gold.json").toFile());
        List<JsonNode> events = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = get("/api/events?size=1000&page=" + page);
            body.get("events").forEach(events::add);
            if (events.size() >= body.get("total").asInt() || body.get("events").isEmpty()) {
                break;
            }
        }
        JsonNode actorsBody = get("/api/actors");
        List<JsonNode> actors = new ArrayList<>();
        actorsBody.path("actors").forEach(actors::add);

        CorpusScore score = CorpusScore.of(gold, events, actors);
        System.out.println("\nCORPUS " + corpus());
        score.lines.forEach(line -> System.out.println("CORPUS " + line));
        for (Map.Entry<String, int[]> article : score.coreByArticle.entrySet()) {
            System.out.printf("CORPUS article %-6s core %d/%d%n", article.getKey(), article.getValue()[0],
                    article.getValue()[1]);
        }
        // every discovered actor with its evidence, so a reader can judge how many are real people or organisations
        actors.stream().filter(a -> a.path("discovered").asBoolean(false)).forEach(a -> System.out.printf(
                "CORPUS discovered %-8s %-28s %-24s %s, %d article(s), party %d time(s)%n", a.get("kind").asString(),
                a.get("id").asString(), a.get("nameKo").asString(), a.get("aliases").toString(),
                a.get("articles").asInt(), a.get("eventMentions").asInt()));
        System.out.println("CORPUS " + score.summary());
        System.out.printf("CORPUS floors: recall %.2f, precision %.2f, failed checks <= %d, unknown actors %.2f%n",
                RECALL_FLOOR, PRECISION_FLOOR, FAILED_CHECKS_CEILING, UNKNOWN_ACTORS_FLOOR);

        assertThat(score.recall()).as("core recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(score.datedPrecision()).as("dated precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat((double) score.unknownActorsFound).as("unknown actors discovered")
                .isGreaterThanOrEqualTo(UNKNOWN_ACTORS_FLOOR * score.unknownActors);
        assertThat(score.failedChecks).as("merge and conflict checks that fail").hasSizeLessThanOrEqualTo(
                FAILED_CHECKS_CEILING);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
