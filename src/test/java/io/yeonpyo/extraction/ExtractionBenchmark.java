package io.yeonpyo.extraction;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Single-thread extraction throughput on the seed articles, measured, not asserted. Excluded from the normal build by
 * its tag; run it with {@code mvn -o -q test -Pbench -Dtest=ExtractionBenchmark} or as a plain main on the test
 * classpath from the project root. Prints MB of article text (UTF-8 bytes) through {@link ArticleAnalyzer} per CPU second of the
 * measuring thread, and the wall-clock rate beside it.
 */
@Tag("benchmark")
class ExtractionBenchmark {

    @Test
    void printFigures() throws IOException {
        main(new String[0]);
    }

    public static void main(String[] args) throws IOException {
        Lexicon lexicon = Lexicon.load(Path.of("data"));
        ArticleAnalyzer analyzer = new ArticleAnalyzer(lexicon);
        List<String> bodies = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                bodies.add(text);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        PartialDate published = PartialDate.parse("2025-06");
        int mentions = 0;
        for (int warm = 0; warm < 30; warm++) {
            for (String b : bodies) {
                mentions += analyzer.analyze(b, published).mentions().size();
            }
        }
        // CPU time of this thread, not wall time: the figure stays comparable on a machine shared with other work
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int round = 0; round < 5; round++) {
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int rounds = 0;
            while (threads.getCurrentThreadCpuTime() - cpuStart < 2_000_000_000L) {
                for (String b : bodies) {
                    mentions += analyzer.analyze(b, published).mentions().size();
                }
                rounds++;
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double wall = (System.nanoTime() - wallStart) / 1e9;
            double mbs = rounds * bytes / 1e6 / cpu;
            best = Math.max(best, mbs);
            System.out.printf("BENCH extraction round %d: %.2f MB per CPU second (%.2f MB/s wall), %d passes over %d KB%n",
                    round, mbs, rounds * bytes / 1e6 / wall, rounds, bytes / 1000);
        }
        System.out.printf("BENCH extraction best: %.2f MB per CPU second, one thread (checksum %d)%n", best, mentions);

        // merging: the seed articles' mentions copied under new article ids, as a large folder of reports of the
        // same events would give
        List<List<EventMention>> perArticle = new ArrayList<>();
        for (String b : bodies) {
            perArticle.add(analyzer.analyze(b, published).mentions());
        }
        EventMerger merger = new EventMerger(lexicon);
        for (String size : System.getProperty("bench.merge", "1000,10000").split(",")) {
            int articles = Integer.parseInt(size.strip());
            List<SourcedMention> all = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                for (EventMention m : perArticle.get(i % perArticle.size())) {
                    all.add(new SourcedMention(String.format("%05d_copy", i), published, m));
                }
            }
            long start = System.nanoTime();
            List<MergedEvent> events = merger.merge(all);
            int longest = events.stream().flatMap(e -> e.conflicts().stream())
                    .mapToInt(c -> c.readings().stream().mapToInt(r -> r.articleIds().size()).sum()).max().orElse(0);
            System.out.printf("BENCH merge: %d articles, %d mentions → %d events in %.2f s; longest conflict lists %d"
                            + " sources%n",
                    articles, all.size(), events.size(), (System.nanoTime() - start) / 1e9, longest);
        }
    }
}
