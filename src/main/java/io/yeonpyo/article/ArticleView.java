package io.yeonpyo.article;

import io.yeonpyo.extraction.PartialDate;
import java.util.List;

/**
 * One article as loaded.
 *
 * @param id        file name without extension
 * @param published null when unknown
 */
public record ArticleView(String id, String fileName, String title, String outlet, String url,
                          PartialDate published, PublishedOrigin publishedOrigin,
                          List<ArticleSentenceView> sentences) {

    public ArticleView {
        sentences = List.copyOf(sentences);
    }
}
