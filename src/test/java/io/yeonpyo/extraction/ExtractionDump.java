package io.yeonpyo.extraction;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints every merged event of the seed articles with its sources: a reading aid for whoever tunes the rules.
 * Run from the project root with the test classpath: {@code java io.yeonpyo.extraction.ExtractionDump}.
 */
final class ExtractionDump {

    private ExtractionDump() {
    }

    public static void main(String[] args) throws Exception {
        Lexicon lexicon = Lexicon.load(Path.of("data"));
        List<MergedEvent> events = new EventMerger(lexicon).merge(GoldenArticlesTest.mentionsOfSeedArticles(lexicon));
        for (MergedEvent e : events) {
            System.out.println((e.date() == null ? "undated" : e.date()) + " " + e.type() + " " + e.actors() + " — "
                    + e.headline() + " | " + e.headlineEn() + (e.conflicts().isEmpty() ? "" : " " + e.conflicts()));
            for (SourcedMention s : e.sources()) {
                System.out.println("    " + s.articleId() + " [" + s.mention().dateText() + "] "
                        + s.mention().clause());
            }
        }
        System.out.println(events.stream().filter(e -> e.date() != null).count() + " dated, "
                + events.stream().filter(e -> e.date() == null).count() + " undated");
    }
}
