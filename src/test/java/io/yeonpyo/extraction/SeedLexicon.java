package io.yeonpyo.extraction;

import java.nio.file.Path;

/** The analyzer over the project's own data files, built once for the extraction tests that read sentences. */
final class SeedLexicon {

    static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(Lexicon.load(Path.of("data")));

    private SeedLexicon() {
    }
}
