package io.yeonpyo.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where Yeonpyo finds its inputs.
 *
 * @param articlesDir      folder of article files
 * @param dataDir          folder of knowledge files (actors, event types, exchange rates)
 * @param loadOnStartup    whether to load the articles folder when the application starts
 * @param watch            whether to reload when a file in the articles folder is added, changed or removed
 * @param watchQuietPeriod how long the folder must be still before a reload starts
 * @param maxArticleSize   larger files are reported and skipped: no news article is that long, a dump is
 */
@ConfigurationProperties("timeline")
public record TimelineProperties(@DefaultValue("data/articles") Path articlesDir,
                                 @DefaultValue("data") Path dataDir,
                                 @DefaultValue("true") boolean loadOnStartup,
                                 @DefaultValue("true") boolean watch,
                                 @DefaultValue("500ms") Duration watchQuietPeriod,
                                 @DefaultValue("5MB") DataSize maxArticleSize) {
}
