package io.yeonpyo.article.web;

import io.yeonpyo.article.ArticleCatalog;
import io.yeonpyo.article.ArticleView;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventView;
import io.yeonpyo.system.NotFoundException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The loaded articles, the last load report, and each article read sentence by sentence. */
@Controller
class ArticleController {

    static final String LIST_VIEW = "articles/list";
    static final String VIEW = "articles/article";

    private final ArticleCatalog articles;
    private final EventCatalog events;

    ArticleController(ArticleCatalog articles, EventCatalog events) {
        this.articles = articles;
        this.events = events;
    }

    @GetMapping("/articles")
    String list(Model model) {
        model.addAttribute("articles", articles.all());
        model.addAttribute("report", articles.lastReport().orElse(null));
        return LIST_VIEW;
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable String id, Model model) {
        ArticleView article = articles.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.article", id));
        Map<String, EventView> eventsBySlug = events.byArticle(id).stream()
                .collect(Collectors.toMap(EventView::slug, Function.identity(), (a, b) -> a));
        model.addAttribute("article", article);
        model.addAttribute("sentences", article.sentences().stream()
                .map(s -> SentenceRow.of(s, eventsBySlug)).toList());
        return VIEW;
    }
}
