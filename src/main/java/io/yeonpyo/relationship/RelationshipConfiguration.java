package io.yeonpyo.relationship;

import io.yeonpyo.system.TimelineProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the temperature weights from the data folder at start; a malformed file stops the start with its reason. */
@Configuration(proxyBeanMethods = false)
class RelationshipConfiguration {

    @Bean
    RelationshipWeights relationshipWeights(TimelineProperties properties) {
        return RelationshipWeights.load(properties.dataDir().resolve(RelationshipWeights.FILE));
    }
}
