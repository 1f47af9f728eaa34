package io.yeonpyo.bench;

import io.yeonpyo.AppProcess;
import io.yeonpyo.SyntheticCorpus;
import io.yeonpyo.YeonpyoApplication;
import io.yeonpyo.article.ArticleLoader;
import io.yeonpyo.article.LoadOutcome;
import io.yeonpyo.article.LoadReport;
import io.yeonpyo.extraction.ActorDiscovery;
import io.yeonpyo.extraction.AnalyzedArticle;
import io.yeonpyo.extraction.ArticleAnalyzer;
import io.yeonpyo.extraction.DiscoveryWords;
import io.yeonpyo.extraction.EventMerger;
import io.yeonpyo.extraction.Lexicon;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.SourcedMention;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load throughput, measured, not asserted: {@code mvn -Pbench verify} (sizes with {@code -Dbench.articles=1000,10000}).
 * For each size it prints bare Nori tokenisation (1 and 2 threads), extraction without a database, and full loads
 * into H2 and (when {@code YEONPYO_TEST_POSTGRES_URL} is set) PostgreSQL: articles/s, MB/s, peak heap, and the ratio
 * of each time to two-thread tokenisation.
 */
@Tag("benchmark")
class LoadBenchmark {

    @TempDir
    Path work;

    @Test
    void printFigures() throws Exception {
        Lexicon lexicon = Lexicon.load(Path.of("data"));
        System.out.printf("%nBENCH machine: %d cores, max heap %d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.version"));
        for (String size : System.getProperty("bench.articles", "1000,10000").split(",")) {
            int articles = Integer.parseInt(size.strip());
            Path corpus = Files.createDirectories(work.resolve("corpus-" + articles));
            long bytes = SyntheticCorpus.write(corpus, articles, lexicon);
            List<Path> files = files(corpus);
            System.out.printf("BENCH corpus: %d articles, %.1f MB%n", articles, bytes / 1e6);

            // Warm-up: Nori's dictionaries and the JIT, so the first timed figure is not a cold start.
            tokenise(files.subList(0, Math.min(files.size(), 500)), 2);
            extract(files.subList(0, Math.min(files.size(), 200)), lexicon, 1, true);
            Figure floor = measure("nori tokenise, 2 threads", () -> tokenise(files, 2));
            Figure single = measure("nori tokenise, 1 thread", () -> tokenise(files, 1));
            Figure extract = measure("extract + merge, no database", () -> extract(files, lexicon, 1, false));
            Figure discover = measure("extract + discover + merge", () -> extract(files, lexicon, 1, true));
            Figure extractTwo = measure("extract + discover, 2 threads", () -> extract(files, lexicon, 2, true));
            String h2Url = "jdbc:h2:file:" + work.resolve("h2-" + articles).toAbsolutePath();
            Figure h2 = measureLoad("full load into H2 (file)", corpus, h2Url, null);
            restartWithSmallHeap(corpus, h2Url, articles);
            loadFromScratchWithSmallHeap(corpus, "jdbc:h2:file:" + work.resolve("h2-small-" + articles).toAbsolutePath(),
                    articles);
            List<Figure> figures = new ArrayList<>(List.of(floor, single, extract, discover, extractTwo, h2));
            if (System.getenv("YEONPYO_TEST_POSTGRES_URL") != null) {
                String url = System.getenv("YEONPYO_TEST_POSTGRES_URL");
                String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
                figures.add(measureLoad("full load into PostgreSQL", corpus,
                        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, schema));
            } else {
                System.out.println("BENCH PostgreSQL skipped: YEONPYO_TEST_POSTGRES_URL not set");
            }
            for (Figure figure : figures) {
                System.out.printf("BENCH %-32s %6d articles %8.2f s %9.1f articles/s %6.2f MB/s  peak heap %5d MB"
                                + "  %5.2f x tokenise(2)%n", figure.name, articles, figure.seconds,
                        articles / figure.seconds, bytes / 1e6 / figure.seconds, figure.peakHeapMb,
                        figure.seconds / floor.seconds);
            }
        }
    }

    private static List<Path> files(Path corpus) throws IOException {
        try (Stream<Path> listing = Files.list(corpus)) {
            return listing.sorted().toList();
        }
    }

    private static void tokenise(List<Path> files, int threads) throws Exception {
        parallel(files, threads, file -> {
            try (KoreanTokenizer tokenizer = new KoreanTokenizer()) {
                tokenizer.setReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    term.length();
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Analyses every file on {@code threads} threads, as the loader does on every core, optionally reads it for
     * actors nobody listed, then merges all mentions on one thread. The bound of the extraction issue is stated for
     * one analysing thread.
     */
    private static void extract(List<Path> files, Lexicon lexicon, int threads, boolean discover) throws Exception {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(lexicon);
        ActorDiscovery discovery = new ActorDiscovery(lexicon, DiscoveryWords.load(Path.of("data")));
        List<SourcedMention> mentions = java.util.Collections.synchronizedList(new ArrayList<>());
        parallel(files, threads, file -> {
            try {
                String text = Files.readString(file);
                int end = text.indexOf("\n---\n", 4);
                PartialDate published = PartialDate.parse(text.substring(text.indexOf("published: ") + 11,
                        text.indexOf('\n', text.indexOf("published: "))));
                AnalyzedArticle analyzed = analyzer.analyze(text.substring(end + 5), published);
                if (discover) {
                    discovery.candidates(analyzed);
                }
                String id = file.getFileName().toString();
                analyzed.mentions().forEach(m -> mentions.add(new SourcedMention(id, published, m)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        List<SourcedMention> inFolderOrder = new ArrayList<>(mentions);
        inFolderOrder.sort(java.util.Comparator.comparing(SourcedMention::articleId)); // stable: each file keeps its order
        new EventMerger(lexicon).merge(inFolderOrder);
    }

    /** Times the load alone, in a started application (its start-up is timed by the HTTP benchmark). */
    private static Figure measureLoad(String name, Path corpus, String url, String schema) throws Exception {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--timeline.articles-dir=" + corpus, "--timeline.load-on-startup=false", "--timeline.watch=false",
                "--logging.level.root=WARN"));
        if (schema != null) {
            args.addAll(List.of("--spring.profiles.active=postgres", "--spring.flyway.schemas=" + schema,
                    "--spring.datasource.username=" + env("YEONPYO_TEST_POSTGRES_USER", "yeonpyo"),
                    "--spring.datasource.password=" + env("YEONPYO_TEST_POSTGRES_PASSWORD", "yeonpyo")));
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YeonpyoApplication.class)
                .web(WebApplicationType.NONE).run(args.toArray(String[]::new))) {
            ArticleLoader loader = context.getBean(ArticleLoader.class);
            LoadReport[] report = new LoadReport[1];
            Figure figure = measure(name, () -> report[0] = loader.loadAll());
            System.out.printf("BENCH   %s: %d loaded, %d failed, %d events%n", name,
                    report[0].count(LoadOutcome.Status.LOADED), report[0].count(LoadOutcome.Status.FAILED),
                    report[0].events());
            return figure;
        }
    }

    /** The app in its own JVM with a 256 MB heap on the loaded database: time to the first page, unchanged files skipped. */
    private static void restartWithSmallHeap(Path corpus, String url, int articles) throws Exception {
        int port = AppProcess.freePort();
        Process app = AppProcess.start("restart-" + articles, List.of("--spring.datasource.url=" + url,
                "--timeline.articles-dir=" + corpus, "--timeline.watch=false", "--server.port=" + port,
                "--server.address=127.0.0.1", "--logging.level.root=WARN"), "-Xmx256m");
        try {
            Duration ready = AppProcess.awaitOk(app, "http://127.0.0.1:" + port + "/", Duration.ofMinutes(10));
            System.out.printf("BENCH start-up to first page with %d articles already loaded, -Xmx256m: %.1f s%n",
                    articles, ready.toMillis() / 1000.0);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /**
     * The whole load as a user would run it, in its own JVM limited to 256 MB, on an empty database: start-up, every
     * article, the rebuild and the search index, until the process exits (no web server, so it ends after loading).
     */
    private static void loadFromScratchWithSmallHeap(Path corpus, String url, int articles) throws Exception {
        long start = System.nanoTime();
        Process app = AppProcess.start("small-heap-load-" + articles, List.of("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + url, "--timeline.articles-dir=" + corpus, "--timeline.watch=false",
                "--logging.level.root=WARN"), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
        if (!app.waitFor(30, TimeUnit.MINUTES)) {
            app.destroyForcibly();
            throw new IllegalStateException("the load with -Xmx256m did not finish in 30 minutes");
        }
        System.out.printf("BENCH full load from scratch in its own JVM, -Xmx256m, %d articles: %.1f s including"
                + " start-up, exit code %d%n", articles, (System.nanoTime() - start) / 1e9, app.exitValue());
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }

    private static void parallel(List<Path> files, int threads, Consumer<Path> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                parts.add(pool.submit(() -> {
                    for (int i = offset; i < files.size(); i += threads) {
                        work.accept(files.get(i));
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private record Figure(String name, double seconds, long peakHeapMb) {
    }

    private static Figure measure(String name, Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
        return new Figure(name, seconds, peak);
    }
}
