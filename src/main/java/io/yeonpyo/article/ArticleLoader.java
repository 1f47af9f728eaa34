package io.yeonpyo.article;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.event.ArticleMeta;
import io.yeonpyo.event.MentionStore;
import io.yeonpyo.event.TimelineRebuilder;
import io.yeonpyo.extraction.ActorCandidate;
import io.yeonpyo.extraction.ActorDiscovery;
import io.yeonpyo.extraction.AnalyzedArticle;
import io.yeonpyo.extraction.ArticleAnalyzer;
import io.yeonpyo.extraction.SentenceKind;
import io.yeonpyo.system.TimelineProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the database in line with the articles folder. Each article is stored in its own transaction, so a crash
 * or a broken file never leaves half an article; unchanged files (same SHA-256) are skipped.
 */
@Service
public class ArticleLoader {

    private static final Logger log = LoggerFactory.getLogger(ArticleLoader.class);

    private final TimelineProperties properties;
    private final ArticleRepository articles;
    private final ArticleAnalyzer analyzer;
    private final MentionStore mentionStore;
    private final SentenceWriter sentences;
    private final ActorDiscovery discovery;
    private final CandidateRows candidates;
    private final ActorCatalog actors;
    private final TimelineRebuilder rebuilder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MessageSource messages;
    private final AtomicReference<LoadReport> lastReport = new AtomicReference<>();

    ArticleLoader(TimelineProperties properties, ArticleRepository articles, ArticleAnalyzer analyzer,
                  MentionStore mentionStore, SentenceWriter sentences, ActorDiscovery discovery,
                  CandidateRows candidates, ActorCatalog actors, TimelineRebuilder rebuilder,
                  TransactionTemplate transactions, Clock clock, MessageSource messages) {
        this.properties = properties;
        this.articles = articles;
        this.analyzer = analyzer;
        this.mentionStore = mentionStore;
        this.sentences = sentences;
        this.discovery = discovery;
        this.candidates = candidates;
        this.actors = actors;
        this.rebuilder = rebuilder;
        this.transactions = transactions;
        this.clock = clock;
        this.messages = messages;
    }

    /** One pass over the folder. Synchronized: two passes at once would race on the same rows. */
    public synchronized LoadReport loadAll() {
        Instant started = clock.instant();
        List<LoadOutcome> outcomes = new ArrayList<>();
        Map<String, String> storedHashes = articles.findAllHashes().stream()
                .collect(Collectors.toMap(StoredHash::id, StoredHash::contentHash));
        // Known files first: when a copy of an article appears, the article keeps its name and the copy is reported.
        List<Path> files = articleFiles(outcomes).stream()
                .sorted(Comparator.comparing((Path f) -> !storedHashes.containsKey(idOf(f))).thenComparing(f -> f))
                .toList();
        Map<String, String> fileNameByHash = new HashMap<>();
        Set<String> kept = new HashSet<>();
        forEachPrepared(files, storedHashes, prepared -> {
            String id = ArticleDocument.idOf(prepared.fileName());
            LoadOutcome outcome = finish(prepared, fileNameByHash, storedHashes.containsKey(id));
            if (outcome.status() == LoadOutcome.Status.FAILED && storedHashes.containsKey(id)) {
                // A file broken by an edit keeps its last good version on screen until it is fixed.
                outcome = new LoadOutcome(outcome.fileName(), outcome.status(), 0,
                        notes(outcome.notes(), List.of(LoadNote.of("load.note.previousKept"))));
                kept.add(id);
            }
            if (outcome.status() == LoadOutcome.Status.LOADED || outcome.status() == LoadOutcome.Status.UNCHANGED) {
                kept.add(id);
            }
            outcomes.add(outcome);
        });
        for (String goneId : removedIds(storedHashes, kept)) {
            transactions.executeWithoutResult(status -> {
                mentionStore.removeArticle(goneId);
                articles.deleteWithSentences(goneId);
            });
            outcomes.add(new LoadOutcome(goneId, LoadOutcome.Status.REMOVED, 0,
                    List.of(LoadNote.of("load.note.removed"))));
        }
        Instant filesDone = clock.instant();
        int eventCount;
        LoadNote problem = null;
        try {
            boolean changed = outcomes.stream().anyMatch(o -> o.status() == LoadOutcome.Status.LOADED
                    || o.status() == LoadOutcome.Status.REMOVED);
            boolean first = lastReport.get() == null;
            // Before the rebuild, which hands the discovered actors their events: when who is discovered changed (a
            // name now met in a second article), events change even where no mention did.
            boolean discoveryChanged = (changed || first) && actors.rediscover() && changed;
            // The first pass after start-up asks too: a crash may have come between an article and the rebuild.
            eventCount = discoveryChanged ? rebuilder.rebuild()
                    : changed || first ? rebuilder.rebuildIfNeeded() : rebuilder.count();
        } catch (RuntimeException e) {
            log.error("Rebuilding the timeline failed; the previous timeline stays on screen", e);
            problem = LoadNote.of("load.note.rebuildFailed", rootMessage(e));
            eventCount = rebuilder.count();
        }
        LoadReport report = new LoadReport(started, clock.instant(), outcomes, eventCount, problem);
        lastReport.set(report);
        log.info("Loaded articles from {}: {} loaded, {} unchanged, {} removed, {} failed; {} events"
                        + " (files {} ms, timeline {} ms)", properties.articlesDir().toAbsolutePath(),
                report.count(LoadOutcome.Status.LOADED), report.count(LoadOutcome.Status.UNCHANGED),
                report.count(LoadOutcome.Status.REMOVED), report.count(LoadOutcome.Status.FAILED), eventCount,
                Duration.between(started, filesDone).toMillis(), Duration.between(filesDone, report.finishedAt())
                        .toMillis());
        return report;
    }

    Optional<LoadReport> lastReport() {
        return Optional.ofNullable(lastReport.get());
    }

    private List<Path> articleFiles(List<LoadOutcome> outcomes) {
        Path dir = properties.articlesDir();
        if (!Files.isDirectory(dir)) {
            outcomes.add(new LoadOutcome(dir.toString(), LoadOutcome.Status.FAILED, 0,
                    List.of(LoadNote.of("load.note.noFolder", dir.toAbsolutePath()))));
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(".txt"))
                    .filter(ArticleLoader::regularOrGone)
                    .toList();
        } catch (IOException e) {
            outcomes.add(new LoadOutcome(dir.toString(), LoadOutcome.Status.FAILED, 0,
                    List.of(LoadNote.of("load.note.folderUnreadable", e.getMessage()))));
            return List.of();
        }
    }

    /**
     * A link to nothing is listed like a file deleted between the listing and the read: the reader learns from the
     * report that a name in the folder gave nothing, rather than it being skipped in silence. Folders and devices
     * (a pipe would block the reader) are left out.
     */
    private static boolean regularOrGone(Path path) {
        return Files.isRegularFile(path) || Files.isSymbolicLink(path) && !Files.exists(path);
    }

    /** What a worker made of one file. The content's hash lets the storing thread spot the same text twice. */
    private sealed interface Prepared permits Settled, Analysed {

        String fileName();

        /** SHA-256 of the content, or null when the file could not be read. */
        String hash();
    }

    /** Decided without storing anything: failed, or unchanged since it was stored. */
    private record Settled(String fileName, String hash, LoadOutcome outcome) implements Prepared {
    }

    /** Read, decoded and analysed: ready to store. */
    private record Analysed(String fileName, String hash, ArticleDocument document, String charset,
                            LoadNote decodeWarning, AnalyzedArticle analyzed, List<ActorCandidate> candidates)
            implements Prepared {
    }

    /**
     * Reading, decoding and analysing are the slow, independent part: they run on every core, a few files ahead of
     * the single thread that stores them in folder order (so memory stays bounded and duplicates are decided the same
     * way every time).
     */
    private void forEachPrepared(List<Path> files, Map<String, String> storedHashes, Consumer<Prepared> store) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon());
        try {
            Deque<Future<Prepared>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 2) {
                    Path file = files.get(next++);
                    window.addLast(workers.submit(() -> prepare(file, storedHashes)));
                }
                store.accept(window.removeFirst().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading articles", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing an article failed unexpectedly", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "article-reader");
            thread.setDaemon(true);
            return thread;
        };
    }

    private Prepared prepare(Path file, Map<String, String> storedHashes) {
        String fileName = file.getFileName().toString();
        String hash = null;
        try {
            long size = Files.size(file);
            if (size > properties.maxArticleSize().toBytes()) {
                return new Settled(fileName, null, failed(fileName, LoadNote.of("load.note.tooLarge",
                        String.format("%.1f", size / 1048576.0), properties.maxArticleSize().toMegabytes())));
            }
            byte[] bytes = Files.readAllBytes(file);
            hash = sha256(bytes);
            if (hash.equals(storedHashes.get(ArticleDocument.idOf(fileName)))) {
                return new Settled(fileName, hash,
                        new LoadOutcome(fileName, LoadOutcome.Status.UNCHANGED, 0, List.of()));
            }
            ArticleDecoder.Decoded decoded = ArticleDecoder.decode(bytes);
            ArticleDocument document = ArticleDocument.parse(fileName, decoded.text(), LocalDate.now(clock));
            AnalyzedArticle analyzed = analyzer.analyze(document.body(), document.published());
            return new Analysed(fileName, hash, document, decoded.charset(), decoded.warning(), analyzed,
                    discovery.candidates(analyzed));
        } catch (InvalidArticleException e) {
            return new Settled(fileName, hash, failed(fileName, e.note()));
        } catch (NoSuchFileException e) {
            return new Settled(fileName, hash, failed(fileName, LoadNote.of("load.note.vanished")));
        } catch (IOException e) {
            return new Settled(fileName, hash, failed(fileName, LoadNote.of("load.note.unreadable", e.getMessage())));
        } catch (RuntimeException e) {
            log.warn("Article {} could not be analysed", fileName, e);
            return new Settled(fileName, hash, failed(fileName, LoadNote.of("load.note.unexpected", e)));
        }
    }

    /**
     * @param fileNameByHash files already taken in this pass, by content hash: the same text under a second name is
     *                       loaded once, and the report names both files
     * @param replacing      whether a version of the article was stored before this pass
     */
    private LoadOutcome finish(Prepared prepared, Map<String, String> fileNameByHash, boolean replacing) {
        String fileName = prepared.fileName();
        String sameText = prepared.hash() == null ? null : fileNameByHash.putIfAbsent(prepared.hash(), fileName);
        if (sameText != null) {
            return new LoadOutcome(fileName, LoadOutcome.Status.DUPLICATE, 0,
                    List.of(LoadNote.of("load.note.duplicate", sameText)));
        }
        if (prepared instanceof Settled settled) {
            return settled.outcome();
        }
        Analysed article = (Analysed) prepared; // the only other kind
        try {
            transactions.executeWithoutResult(status -> store(article, replacing));
        } catch (RuntimeException e) {
            log.warn("Article {} could not be stored", fileName, e);
            return failed(fileName, LoadNote.of("load.note.notStored", rootMessage(e)));
        }
        List<LoadNote> decoding = article.decodeWarning() == null ? List.of() : List.of(article.decodeWarning());
        return new LoadOutcome(fileName, LoadOutcome.Status.LOADED, article.analyzed().mentions().size(),
                notes(decoding, article.document().warnings(), noEventWarning(article.analyzed())));
    }

    /** An article that yields no event is loaded, and the report says so, and why as far as it is known. */
    static List<LoadNote> noEventWarning(AnalyzedArticle analyzed) {
        if (!analyzed.mentions().isEmpty()) {
            return List.of();
        }
        long body = analyzed.sentences().stream().filter(s -> s.kind() == SentenceKind.BODY).count();
        return List.of(body == 0 ? LoadNote.of("load.note.noBodyText") : LoadNote.of("load.note.noEvent", body));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : abbreviate(root.getMessage(), 300);
    }

    private static String idOf(Path file) {
        return ArticleDocument.idOf(file.getFileName().toString());
    }

    @SafeVarargs
    private static List<LoadNote> notes(List<LoadNote>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    private LoadOutcome failed(String fileName, LoadNote note) {
        log.warn("Article {} not loaded: {}", fileName, english(List.of(note)));
        return new LoadOutcome(fileName, LoadOutcome.Status.FAILED, 0, List.of(note));
    }

    /** Logs and the stored article keep the notes in English, whatever language the pages are read in. */
    private String english(List<LoadNote> notes) {
        return notes.isEmpty() ? null : notes.stream().map(note -> messages.getMessage(note, Locale.ENGLISH))
                .collect(Collectors.joining("; "));
    }

    /**
     * @param replacing whether a version of this article was stored before; a new one has nothing to retire or
     *                  delete, and skipping those two statements matters when thousands of articles arrive at once
     */
    private void store(Analysed article, boolean replacing) {
        ArticleDocument document = article.document();
        AnalyzedArticle analyzed = article.analyzed();
        String title = displayTitle(document, analyzed);
        if (replacing) {
            mentionStore.removeArticle(document.id());
            articles.deleteWithSentences(document.id());
        }
        mentionStore.add(document.id(), new ArticleMeta(title, document.outlet(), document.published()),
                analyzed.mentions());
        articles.save(new ArticleRecord(document, title, english(document.warnings()), article.hash(),
                article.charset(), clock.instant()));
        articles.flush(); // the sentences written next refer to the article's row
        sentences.write(document.id(), analyzed.sentences());
        candidates.write(document.id(), article.candidates());
    }

    /** Stored articles whose file is gone, or no longer loadable, or now only a copy of another file. */
    private static List<String> removedIds(Map<String, String> storedHashes, Set<String> kept) {
        return storedHashes.keySet().stream().filter(id -> !kept.contains(id)).sorted().toList();
    }

    /** The front-matter title, else the page's own headline, else its first body sentence. */
    static String displayTitle(ArticleDocument document, AnalyzedArticle analyzed) {
        if (document.title() != null) {
            return document.title();
        }
        return analyzed.sentences().stream()
                .filter(s -> s.kind() == SentenceKind.HEADLINE)
                .findFirst()
                .or(() -> analyzed.sentences().stream()
                        .filter(s -> s.kind() == SentenceKind.BODY).findFirst())
                .map(s -> abbreviate(s.text(), 80))
                .orElse(document.id());
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
