package io.yeonpyo.article;

import java.util.List;
import java.util.Optional;

/** Read side of the loaded articles. */
public interface ArticleCatalog {

    List<ArticleSummary> all();

    Optional<ArticleView> byId(String id);

    /** The most recent load report, or empty before the first load finished. */
    Optional<LoadReport> lastReport();
}
