package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The five seed articles against a hand-written list of the dated events a careful reader finds in them
 * ({@code golden-events.csv}). Prints recall and precision of dated events; a matched event must have the right date.
 */
class GoldenArticlesTest {

    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)^---\\n(.*?)\\n---\\n");

    record Golden(String id, EventType type, List<String> dates, Set<String> actors, String note) {
    }

    @Test
    void datedEventsOfTheFiveArticles() throws IOException {
        Lexicon lexicon = Lexicon.load(Path.of("data"));
        List<MergedEvent> events = new EventMerger(lexicon).merge(mentionsOfSeedArticles(lexicon));
        List<Golden> golden = golden();

        List<MergedEvent> dated = events.stream().filter(e -> e.date() != null).toList();
        List<MergedEvent> matched = new ArrayList<>();
        List<Golden> found = new ArrayList<>();
        List<String> wrongDates = new ArrayList<>();
        for (Golden g : golden) {
            MergedEvent hit = dated.stream().filter(e -> !matched.contains(e) && sameEvent(g, e)
                    && g.dates().contains(e.date().iso())).findFirst().orElse(null);
            if (hit != null) {
                matched.add(hit);
                found.add(g);
                if (g.dates().size() > 1) {
                    assertThat(hit.conflicts()).as("%s must keep both readings", g.id()).isNotEmpty();
                }
            }
        }
        // an event that is no golden event but has the type and actors of a missed one carries a wrong date
        for (Golden g : golden) {
            if (!found.contains(g)) {
                dated.stream().filter(e -> !matched.contains(e) && sameEvent(g, e)).findFirst()
                        .ifPresent(e -> wrongDates.add(g.id() + " expected " + g.dates() + " got " + e.date()));
            }
        }
        double recall = (double) found.size() / golden.size();
        double precision = dated.isEmpty() ? 0 : (double) matched.size() / dated.size();
        System.out.printf("golden dated events: %d, produced dated events: %d, matched: %d%n",
                golden.size(), dated.size(), matched.size());
        System.out.printf("recall %.3f, precision %.3f, wrong dates among type+actor matches: %d%n",
                recall, precision, wrongDates.size());
        golden.stream().filter(g -> !found.contains(g)).forEach(g -> System.out.println("  missed " + g.id()
                + " " + g.type() + " " + g.dates() + " " + g.note()));
        dated.stream().filter(e -> !matched.contains(e)).forEach(e -> System.out.println("  unexpected "
                + e.slug() + " " + e.headline()));
        System.out.println("undated events: " + (events.size() - dated.size()));

        assertThat(wrongDates).isEmpty();
        // measured 2026-12-01: recall 27/27, precision 27/27; the thresholds guard against regressions
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.90);
    }

    private static boolean sameEvent(Golden g, MergedEvent e) {
        return e.type() == g.type() && e.actors().containsAll(g.actors());
    }

    static List<SourcedMention> mentionsOfSeedArticles(Lexicon lexicon) throws IOException {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(lexicon);
        List<SourcedMention> all = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("data/articles"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
            PartialDate published = null;
            Matcher front = FRONT_MATTER.matcher(text);
            if (front.find()) {
                Matcher p = Pattern.compile("(?m)^published:\\s*(\\S+)").matcher(front.group(1));
                published = p.find() ? PartialDate.parse(p.group(1)) : null;
                text = text.substring(front.end());
            } else {
                published = PublicationDates.findPrinted(text).orElse(null);
            }
            assertThat(published).as("publication date of %s", id).isNotNull();
            for (EventMention m : analyzer.analyze(text, published).mentions()) {
                all.add(new SourcedMention(id, published, m));
            }
        }
        return all;
    }

    private static List<Golden> golden() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/extraction/golden-events.csv"));
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\\|"))
                .map(f -> new Golden(f[0], EventType.valueOf(f[1]), Arrays.asList(f[2].split("/")),
                        Arrays.stream(f[3].split("\\s+")).collect(Collectors.toSet()), f[5]))
                .toList();
    }
}
