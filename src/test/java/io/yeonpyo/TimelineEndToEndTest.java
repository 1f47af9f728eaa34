package io.yeonpyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole app on the real seed articles, over HTTP: every filter narrows to what it says, the timeline page links
 * every event, every event page answers, unknown slugs are 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "timeline.response-cache=true"})
class TimelineEndToEndTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void theTimelineOfTheSeedArticlesHasEnoughDatedEvents() throws Exception {
        JsonNode all = api("/api/events?size=1000");
        long dated = stream(all).stream().filter(e -> !e.get("date").isNull()).count();
        assertThat(all.get("total").asLong()).isEqualTo(stream(all).size());
        assertThat(dated).isGreaterThanOrEqualTo(25);
    }

    @Test
    void everyFilterNarrowsToWhatItSays() throws Exception {
        for (Map.Entry<String, String> filter : Map.of("company", "microsoft", "person", "elon-musk",
                "relationship", "musk-altman").entrySet()) {
            List<JsonNode> events = stream(api("/api/events?size=1000&" + filter.getKey() + "=" + filter.getValue()));
            assertThat(events).as(filter.toString()).isNotEmpty();
            String field = filter.getKey().equals("relationship") ? "relationships" : "actors";
            assertThat(events).allSatisfy(e -> assertThat(texts(e.get(field))).contains(filter.getValue()));
        }
        List<JsonNode> feuds = stream(api("/api/events?size=1000&type=FEUD"));
        assertThat(feuds).isNotEmpty().allSatisfy(e -> assertThat(e.get("type").asString()).isEqualTo("FEUD"));

        List<JsonNode> in2023 = stream(api("/api/events?size=1000&from=2023-01&to=2023-12-31"));
        assertThat(in2023).isNotEmpty().allSatisfy(e -> assertThat(e.get("date").asString()).startsWith("2023"));

        List<JsonNode> lawsuits = stream(api("/api/events?size=1000&q=" + URLEncoder.encode("소송", StandardCharsets.UTF_8)));
        assertThat(lawsuits).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).containsAnyOf("소송", "고소", "제소"));

        JsonNode combined = api("/api/events?size=1000&company=microsoft&type=INVESTMENT");
        assertThat(stream(combined)).isNotEmpty().allSatisfy(e -> {
            assertThat(texts(e.get("actors"))).contains("microsoft");
            assertThat(e.get("type").asString()).isEqualTo("INVESTMENT");
        });
    }

    @Test
    void everyEventHasAnEnglishHeadlineWithoutKorean() throws Exception {
        List<JsonNode> events = stream(api("/api/events?size=1000"));
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.get("headlineEn").asString())
                .as(e.get("headline").asString()).isNotBlank().doesNotContainPattern("[가-힣]"));
    }

    @Test
    void theDisputedFilterKeepsTheEventsWhoseSourcesDisagreeAndTheirConflictsNameOutlets() throws Exception {
        List<JsonNode> all = stream(api("/api/events?size=1000"));
        List<JsonNode> disputed = stream(api("/api/events?size=1000&disputed=true"));
        assertThat(disputed).isNotEmpty()
                .hasSize((int) all.stream().filter(e -> !e.get("conflicts").isEmpty()).count())
                .allSatisfy(e -> assertThat(e.get("conflicts")).allSatisfy(c -> assertThat(c.get("readings"))
                        .hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> assertThat(texts(r.get("outlets")))
                                .isNotEmpty().noneMatch(outlet -> outlet.matches("\\d{3}_[0-9a-f]+")))));
        String page = get("/?disputed=true").body();
        assertThat(page).contains("출처 엇갈림").contains("checked");
        disputed.forEach(e -> assertThat(page).contains("href=\"/events/" + e.get("slug").asString() + "\""));
    }

    @Test
    void theApiDescriptionDocumentsTheErrorAnswersOfEachOperation() throws Exception {
        JsonNode docs = api("/v3/api-docs");
        for (String path : List.of("/api/events", "/api/timelinejs.json", "/api/events.csv")) {
            assertThat(docs.at("/paths/" + path.replace("/", "~1") + "/get/responses").propertyNames())
                    .as(path).contains("200", "400");
        }
        assertThat(docs.at("/paths/~1api~1events~1{slug}/get/responses").propertyNames()).contains("200", "404");
        assertThat(docs.at("/paths/~1api~1events~1{slug}/get/responses/404/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/ApiError");
        assertThat(docs.at("/components/schemas/ApiError/properties").propertyNames())
                .containsExactlyInAnyOrder("status", "error", "message");
    }

    @Test
    void theTimelinePageLinksEveryEventAndEveryEventPageAnswers() throws Exception {
        String page = get("/").body();
        for (JsonNode event : stream(api("/api/events?size=1000"))) {
            String slug = event.get("slug").asString();
            assertThat(page).as(slug).contains("href=\"/events/" + slug + "\"");
            HttpResponse<String> eventPage = get("/events/" + slug);
            assertThat(eventPage.statusCode()).as(slug).isEqualTo(200);
            assertThat(eventPage.body()).contains(event.get("headline").asString()
                    .replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("'", "&#39;"));
        }
    }

    @Test
    void aPeriodFilterCountsTheUndatedEventsItLeavesOut() throws Exception {
        long undated = stream(api("/api/events?size=1000")).stream().filter(e -> e.get("date").isNull()).count();
        assertThat(undated).isPositive();
        assertThat(get("/?from=2023").body()).contains("날짜 미상 사건 " + undated + "건이 빠졌습니다");
        long undatedMusk = stream(api("/api/events?size=1000&person=elon-musk")).stream()
                .filter(e -> e.get("date").isNull()).count();
        assertThat(undatedMusk).isPositive().isLessThan(undated);
        assertThat(get("/?person=elon-musk&to=2030").body()).contains("날짜 미상 사건 " + undatedMusk + "건이 빠졌습니다");
        assertThat(get("/?person=elon-musk").body()).doesNotContain("undated-left-out");
    }

    @Test
    void unknownSlugsActorsAndArticlesAreNotFoundPages() throws Exception {
        for (String path : List.of("/events/no-such-event", "/actors/nobody", "/articles/nothing",
                "/api/events/no-such-event")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void onlyTheHealthEndpointIsExposedAndTheDatabaseConsoleIsOff() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/h2-console")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> stream(JsonNode page) {
        List<JsonNode> events = new ArrayList<>();
        page.get("events").forEach(events::add);
        return events;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
