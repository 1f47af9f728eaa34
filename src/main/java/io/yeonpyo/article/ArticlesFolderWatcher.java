package io.yeonpyo.article;

import io.yeonpyo.system.TimelineProperties;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Live reload: a new, changed or removed article file is reflected within seconds, without a restart. Events are
 * gathered until the folder has been quiet for a moment, so a copy of many files becomes one load.
 */
@Component
class ArticlesFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArticlesFolderWatcher.class);

    private final ArticleLoader loader;
    private final TimelineProperties properties;
    private volatile WatchService watchService;
    private volatile Thread thread;

    ArticlesFolderWatcher(ArticleLoader loader, TimelineProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void start() {
        Path dir = properties.articlesDir();
        if (!properties.watch() || !Files.isDirectory(dir)) {
            return;
        }
        try {
            watchService = dir.getFileSystem().newWatchService();
            dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            log.warn("Cannot watch {}: changes will need a restart ({})", dir.toAbsolutePath(), e.getMessage());
            return;
        }
        thread = new Thread(this::watch, "articles-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for article changes", dir.toAbsolutePath());
    }

    private void watch() {
        Duration quiet = properties.watchQuietPeriod();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                drainUntilQuiet(key, quiet);
                try {
                    loader.loadAll();
                } catch (RuntimeException e) {
                    log.warn("Reload after a folder change failed; will retry on the next change", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void drainUntilQuiet(WatchKey first, Duration quiet) throws InterruptedException {
        WatchKey key = first;
        while (key != null) {
            key.pollEvents();
            key.reset();
            key = watchService.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        Thread running = thread;
        if (running != null) {
            running.interrupt();
            thread = null;
        }
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException e) {
            log.debug("Closing the watch service", e);
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
