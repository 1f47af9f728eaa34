package io.yeonpyo.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Yeonpyo finds its inputs.
 *
 * @param articlesDir   folder of article files
 * @param dataDir       folder of knowledge files (actors, event types, exchange rates)
 * @param loadOnStartup whether to load the articles folder when the application starts
 */
@ConfigurationProperties("timeline")
public record TimelineProperties(@DefaultValue("data/articles") Path articlesDir,
                                 @DefaultValue("data") Path dataDir,
                                 @DefaultValue("true") boolean loadOnStartup) {
}
