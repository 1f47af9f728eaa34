package io.yeonpyo.article;

import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.SourceView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaArticleCatalog implements ArticleCatalog {

    private final ArticleRepository articles;
    private final EventCatalog events;
    private final ArticleLoader loader;

    JpaArticleCatalog(ArticleRepository articles, EventCatalog events, ArticleLoader loader) {
        this.articles = articles;
        this.events = events;
        this.loader = loader;
    }

    @Override
    public List<ArticleSummary> all() {
        Map<String, Long> eventCounts = events.eventCountsByArticle();
        return articles.findAll().stream()
                .map(a -> new ArticleSummary(a.id(), a.title(), a.outlet(), a.published(), a.publishedOrigin(),
                        eventCounts.getOrDefault(a.id(), 0L).intValue()))
                .sorted(Comparator.comparing(ArticleSummary::id))
                .toList();
    }

    @Override
    public Optional<ArticleView> byId(String id) {
        return articles.findById(id).map(this::toView);
    }

    @Override
    public Optional<LoadReport> lastReport() {
        return loader.lastReport();
    }

    private ArticleView toView(ArticleRecord article) {
        Map<Integer, List<String>> slugsBySentence = new LinkedHashMap<>();
        for (EventView event : events.byArticle(article.id())) {
            for (SourceView source : event.sources()) {
                if (source.articleId().equals(article.id())) {
                    List<String> slugs = slugsBySentence.computeIfAbsent(source.sentenceIndex(), i -> new ArrayList<>());
                    if (!slugs.contains(event.slug())) {
                        slugs.add(event.slug());
                    }
                }
            }
        }
        List<ArticleSentenceView> sentences = article.sentences().stream()
                .map(s -> new ArticleSentenceView(s.index(), s.text(), s.kind(),
                        slugsBySentence.getOrDefault(s.index(), List.of()), s.dates()))
                .toList();
        return new ArticleView(article.id(), article.fileName(), article.title(), article.outlet(), article.url(),
                article.published(), article.publishedOrigin(), sentences);
    }
}
