package io.yeonpyo.extraction;

/** Korean article text → sentences, dates and events. Plain Java: no Spring, no JPA, safe to share between threads. */
public final class ArticleAnalyzer {

    private final Lexicon lexicon;

    public ArticleAnalyzer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param body        article text without its front matter, raw (page clutter included)
     * @param publishedOn publication date used to resolve relative dates, or null when unknown
     */
    public AnalyzedArticle analyze(String body, PartialDate publishedOn) {
        throw new UnsupportedOperationException("implemented by the extraction work");
    }
}
