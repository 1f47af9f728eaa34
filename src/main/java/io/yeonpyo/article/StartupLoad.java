package io.yeonpyo.article;

import io.yeonpyo.system.TimelineProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the articles folder once the application has started, before it reports itself ready. */
@Component
class StartupLoad implements ApplicationRunner {

    private final ArticleLoader loader;
    private final TimelineProperties properties;

    StartupLoad(ArticleLoader loader, TimelineProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.loadOnStartup()) {
            loader.loadAll();
        }
    }
}
