package io.yeonpyo.system;

import io.yeonpyo.extraction.ActorDiscovery;
import io.yeonpyo.extraction.ArticleAnalyzer;
import io.yeonpyo.extraction.DiscoveryWords;
import io.yeonpyo.extraction.EventMerger;
import io.yeonpyo.extraction.Lexicon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The extractor is plain Java; this is the one place it is wired into Spring. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean
    Lexicon lexicon(TimelineProperties properties) {
        return Lexicon.load(properties.dataDir());
    }

    @Bean
    ArticleAnalyzer articleAnalyzer(Lexicon lexicon) {
        return new ArticleAnalyzer(lexicon);
    }

    @Bean
    ActorDiscovery actorDiscovery(Lexicon lexicon, TimelineProperties properties) {
        return new ActorDiscovery(lexicon, DiscoveryWords.load(properties.dataDir()));
    }

    @Bean
    EventMerger eventMerger(Lexicon lexicon) {
        return new EventMerger(lexicon);
    }
}
