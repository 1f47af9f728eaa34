package io.yeonpyo.bench;

import io.yeonpyo.AppProcess;
import io.yeonpyo.SyntheticCorpus;
import io.yeonpyo.extraction.Lexicon;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP throughput and latency, measured with wrk (Debian's package) over loopback: the timeline, an event page, the
 * API and a filtered search at about 10,000 events, next to a static file of the timeline page's size served by the
 * same app. Also times the start-up to the first answered page: with the five seed articles on a fresh database, and
 * with the whole benchmark corpus already loaded. Run with {@code mvn -Pbench verify}.
 */
@Tag("benchmark")
class HttpBenchmark {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TIMEOUTS = Pattern.compile("timeout (\\d+)");
    private static final Pattern PERCENTILE = Pattern.compile("\\s(50|99)%\\s+([\\d.]+)(us|ms|s)");

    @TempDir
    Path work;

    @Test
    void printFigures() throws Exception {
        int articles = Integer.getInteger("bench.http.articles", 7500);
        Path corpus = Files.createDirectories(work.resolve("articles"));
        SyntheticCorpus.writeEventRich(corpus, articles, 6, Lexicon.load(Path.of("data")));
        Path staticDir = Files.createDirectories(work.resolve("static"));
        String database = "jdbc:h2:file:" + work.resolve("db").toAbsolutePath();

        Duration[] seedStart = startAndStop("seed", List.of("--spring.datasource.url=jdbc:h2:file:"
                + work.resolve("seed-db").toAbsolutePath(), "--timeline.articles-dir=data/articles"));
        Duration[] firstLoad = startAndStop("first-load", appArgs(corpus, staticDir, database));
        int port = AppProcess.freePort();
        List<String> args = new ArrayList<>(appArgs(corpus, staticDir, database));
        args.add("--server.port=" + port);
        args.add("--server.address=127.0.0.1");
        Process app = AppProcess.start("http-bench", args, "-Xmx256m");
        try {
            String base = "http://127.0.0.1:" + port;
            Duration warmStart = AppProcess.awaitOk(app, base + "/", Duration.ofMinutes(10));
            long total = awaitLoaded(base);
            HttpClient client = HttpClient.newHttpClient();
            String slug = get(client, base + "/api/events?size=1&page=" + total / 2)
                    .replaceAll("(?s).*\"slug\":\"([^\"]+)\".*", "$1");
            int pageBytes = get(client, base + "/").getBytes(StandardCharsets.UTF_8).length;
            Files.write(staticDir.resolve("same-size.html"), new byte[pageBytes]);

            System.out.printf("%nBENCH http: %d events from %d articles, app started with -Xmx256m%n", total, articles);
            System.out.printf("BENCH start-up, five seed articles on a fresh database: first page %.1f s, timeline"
                    + " complete %.1f s%n", seconds(seedStart[0]), seconds(seedStart[1]));
            System.out.printf("BENCH start-up, %d articles on a fresh database: first page %.1f s, timeline complete"
                    + " %.1f s%n", articles, seconds(firstLoad[0]), seconds(firstLoad[1]));
            System.out.printf("BENCH start-up, the same %d articles already loaded, -Xmx256m: first page %.1f s%n",
                    articles, seconds(warmStart));
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("static file, same size as /", "/same-size.html");
            targets.put("timeline /", "/");
            targets.put("event page", "/events/" + slug);
            targets.put("API /api/events", "/api/events");
            targets.put("filtered search", "/?company=microsoft&type=INVESTMENT&q="
                    + URLEncoder.encode("투자", StandardCharsets.UTF_8));
            // Before anything is cached: sixteen connections ask at once for a search nobody has asked for yet.
            Wrk burst = wrk(base + "/?q=" + URLEncoder.encode("협력 투자", StandardCharsets.UTF_8), false);
            System.out.printf("BENCH %-30s            %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %d timeouts"
                    + " (no warm-up)%n", "cold burst, search /?q=협력 투자", burst.requestsPerSecond, burst.p50Millis,
                    burst.p99Millis, burst.timeouts());
            double staticRate = 0;
            for (Map.Entry<String, String> target : targets.entrySet()) {
                // One request first, timed alone: the cold render, after which the page is served from memory.
                long coldStart = System.nanoTime();
                get(client, base + target.getValue());
                double coldMillis = (System.nanoTime() - coldStart) / 1e6;
                Wrk result = wrk(base + target.getValue(), true);
                if (staticRate == 0) {
                    staticRate = result.requestsPerSecond;
                }
                System.out.printf("BENCH %-30s cold %7.1f ms  %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %5.2f x static"
                                + "  %d timeouts%n", target.getKey(), coldMillis, result.requestsPerSecond,
                        result.p50Millis, result.p99Millis, result.requestsPerSecond / staticRate, result.timeouts());
            }
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static List<String> appArgs(Path corpus, Path staticDir, String database) {
        return List.of("--spring.datasource.url=" + database, "--timeline.articles-dir=" + corpus,
                "--timeline.watch=false", "--timeline.response-cache=true",
                "--spring.web.resources.static-locations=classpath:/static/,file:" + staticDir + "/",
                "--logging.level.root=WARN");
    }

    /**
     * Starts the app and times two things: its first answered page (the web server answers while the start-up load
     * is still running) and the moment its timeline is complete (the event count has stopped changing).
     */
    private static Duration[] startAndStop(String name, List<String> args) throws Exception {
        int port = AppProcess.freePort();
        List<String> all = new ArrayList<>(args);
        all.add("--server.port=" + port);
        all.add("--server.address=127.0.0.1");
        long start = System.nanoTime();
        Process app = AppProcess.start(name, all);
        try {
            String base = "http://127.0.0.1:" + port;
            Duration firstPage = AppProcess.awaitOk(app, base + "/", Duration.ofMinutes(10));
            awaitLoaded(base);
            return new Duration[] {firstPage, Duration.ofNanos(System.nanoTime() - start)};
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /** Polls the event count until it is positive and the same twice, a second apart; returns it. */
    private static long awaitLoaded(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long previous = -1;
        for (int attempt = 0; attempt < 1200; attempt++) {
            String page = get(client, base + "/api/events?size=1&probe=" + attempt); // unique URL: never cached
            long total = Long.parseLong(page.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
            if (total > 0 && total == previous) {
                return total;
            }
            previous = total;
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the timeline never finished loading");
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** @param timeouts requests wrk gave up on (two seconds without an answer) */
    private record Wrk(double requestsPerSecond, double p50Millis, double p99Millis, int timeouts) {
    }

    /** Ten seconds, two threads, sixteen connections, after a short warm-up. */
    private static Wrk wrk(String url, boolean warmUp) throws IOException, InterruptedException {
        if (warmUp) {
            run("wrk", "-t2", "-c16", "-d3s", url);
        }
        String output = run("wrk", "-t2", "-c16", "-d10s", "--latency", url);
        Matcher rate = REQUESTS_PER_SECOND.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        double p50 = 0;
        double p99 = 0;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2));
            double millis = switch (percentile.group(3)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            };
            if (percentile.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        if (output.contains("Non-2xx") || Double.parseDouble(rate.group(1)) == 0) {
            throw new IllegalStateException("wrk saw errors or no answer for " + url + ":\n" + output);
        }
        Matcher timeouts = TIMEOUTS.matcher(output);
        return new Wrk(Double.parseDouble(rate.group(1)), p50, p99, timeouts.find() ? Integer.parseInt(timeouts.group(1)) : 0);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
