package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thousands of malformed, oversized and malicious requests against the running app: none may get a 5xx, and no
 * markup a request carries may come back unescaped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"server.address=127.0.0.1", "timeline.response-cache=true"})
class HostileRequestFuzzTest {

    private static final int REQUESTS = 2400;
    private static final String MARKER = "<script>alert(7)</script>";

    private static final List<String> PATHS = List.of("/", "/api/events", "/events/", "/api/events/", "/actors/",
            "/api/actors", "/articles", "/articles/", "/relationships/", "/api/events.csv", "/api/timelinejs.json");
    private static final List<String> PARAMETERS = List.of("company", "person", "type", "relationship", "from", "to",
            "q", "page", "size", "lang", "sort");
    private static final List<String> VALUES = List.of("", "microsoft", "INVESTMENT", "investment", "NOPE", "2025-13",
            "2025-02-30", "0000", "99999", "-1", "1e9", "100000000", "2147483648", "-2147483649", "NaN", "1.5",
            "' OR '1'='1", "1; DROP TABLE event;--", "%", "_", "\\", "%00", "%C3%28", "%FF%FE", "..%2F..%2Fetc%2Fpasswd",
            "%3Cscript%3Ealert(7)%3C%2Fscript%3E", "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(7)%3E", "소송", "알트먼의",
            "%E2%80%AE", "%F0%9F%98%80", "null", "undefined", "[]", "{}", "ko", "en", "zz", "2019", "2023-11-17");

    @LocalServerPort
    int port;

    @Test
    void noHostileRequestGetsAServerError() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random(20261122);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String target = randomTarget(random, i);
            HttpResponse<String> response;
            try {
                response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                        .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IllegalArgumentException notEvenAUri) {
                continue; // the client refuses to send it, so no server can be hurt by it
            }
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + " " + abbreviate(target));
            }
            if (response.body().contains(MARKER) || response.body().contains("<img src=x onerror")) {
                failures.add("reflected unescaped: " + abbreviate(target));
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String randomTarget(Random random, int i) {
        String path = PATHS.get(random.nextInt(PATHS.size()));
        if (path.endsWith("/") && path.length() > 1) {
            path += pick(random, List.of("2019-microsoft-openai-investment", "nope", "%2E%2E", MARKER.replace("<", "%3C")
                    .replace(">", "%3E").replace("(", "%28").replace(")", "%29").replace("/", "%2F"), "x".repeat(300),
                    "%ED%95%9C%EA%B8%80", "microsoft", "000_d42f17f56210b79a", "ms-openai", "%00"));
        }
        StringBuilder query = new StringBuilder();
        int parameters = random.nextInt(5);
        for (int p = 0; p < parameters; p++) {
            query.append(query.isEmpty() ? "?" : "&").append(pick(random, PARAMETERS)).append('=')
                    .append(pick(random, VALUES));
        }
        if (i % 97 == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("q=").append("가".repeat(3400)); // ~10 KB encoded
        }
        return path + query;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
