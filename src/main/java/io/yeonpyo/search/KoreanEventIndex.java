package io.yeonpyo.search;

import io.yeonpyo.event.SearchableEvents;
import io.yeonpyo.event.TextSearch;
import io.yeonpyo.event.TimelineRebuilt;
import io.yeonpyo.extraction.ActorEntry;
import io.yeonpyo.extraction.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Korean full-text search over the timeline: Nori splits 소송을 into 소송 + 을 and 투자했다 into 투자 + 했다, so the
 * reader's word finds its inflected forms; every spelling of a person or company in {@code data/actors.yml} stands
 * for the others (알트먼 finds 올트먼이), and those names are fed to Nori as a user dictionary so it does not split
 * them. English works too: actors' English names are among their spellings, the English headlines are indexed, and
 * English words such as "lawsuit" stand for the Korean words listed with them in {@code data/event-types.yml}. The
 * index is in memory and rebuilt whole after each timeline rebuild, then swapped in.
 */
@Service
class KoreanEventIndex implements TextSearch {

    private static final String SLUG = "slug";
    private static final String TEXT = "text";
    private static final String ACTOR = "actor";

    private final SearchableEvents source;
    private final Analyzer analyzer;
    private final Map<String, String> actorByAlias = new HashMap<>();
    private final Map<String, List<String>> aliasesByActor = new HashMap<>();
    private final List<String> aliasesLongestFirst;
    private final Map<String, List<String>> koreanForEnglish;
    private volatile Searcher searcher;

    /** An opened index with every document's slug at hand: reading each from stored fields cost more than the search. */
    private record Searcher(IndexSearcher index, String[] slugByDocument) {
    }

    KoreanEventIndex(Lexicon lexicon, SearchableEvents source) {
        this.source = source;
        for (ActorEntry actor : lexicon.actors()) {
            List<String> names = new ArrayList<>(actor.aliases());
            names.add(actor.nameKo());
            names.add(actor.nameEn());
            names.removeIf(name -> name == null || name.isBlank());
            aliasesByActor.put(actor.id(), names);
            names.forEach(name -> actorByAlias.putIfAbsent(name.toLowerCase(Locale.ROOT), actor.id()));
        }
        aliasesLongestFirst = actorByAlias.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        koreanForEnglish = lexicon.englishSearchWords();
        analyzer = new KoreanAnalyzer(lexicon.noriDictionary(), KoreanTokenizer.DecompoundMode.DISCARD,
                KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);
    }

    // After commit: the index must never offer slugs of a timeline that was rolled back.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void reindex(TimelineRebuilt rebuilt) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            addAll(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory search index", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            String[] slugs = new String[reader.maxDoc()];
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < slugs.length; doc++) {
                slugs[doc] = stored.document(doc).get(SLUG);
            }
            searcher = new Searcher(new IndexSearcher(reader), slugs);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory search index", e);
        }
    }

    /**
     * Nori's analysis is most of the work, and the writer accepts documents from several threads: events are read
     * on this thread and analysed on every core, a bounded number ahead so memory stays flat.
     */
    private void addAll(IndexWriter writer) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "search-indexer");
            thread.setDaemon(true);
            return thread;
        });
        Semaphore ahead = new Semaphore(threads * 32);
        AtomicReference<IOException> failure = new AtomicReference<>();
        try {
            source.forEach(event -> {
                Document document = document(event);
                ahead.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        writer.addDocument(document);
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        ahead.release();
                    }
                });
            });
        } finally {
            workers.shutdown();
            awaitIndexed(workers);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static Document document(SearchableEvents.SearchableEvent event) {
        Document document = new Document();
        document.add(new StringField(SLUG, event.slug(), Field.Store.YES));
        event.actorIds().forEach(id -> document.add(new StringField(ACTOR, id, Field.Store.NO)));
        event.texts().forEach(text -> document.add(new TextField(TEXT, text, Field.Store.NO)));
        return document;
    }

    private static void awaitIndexed(ExecutorService workers) {
        try {
            if (!workers.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("building the search index took over 10 minutes");
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the search index", e);
        }
    }

    @Override
    public Set<String> matchingSlugs(String query) {
        Searcher current = searcher;
        Query parsed = parse(query);
        if (current == null || parsed == null) {
            return Set.of();
        }
        try {
            int max = Math.max(1, current.slugByDocument().length);
            Set<String> slugs = new LinkedHashSet<>();
            for (ScoreDoc hit : current.index().search(parsed, max).scoreDocs) {
                slugs.add(current.slugByDocument()[hit.doc]);
            }
            return slugs;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index", e);
        }
    }

    /** Every word must match; a name matches in any of its spellings or as a tagged actor. Null when nothing to find. */
    Query parse(String query) {
        String rest = query.toLowerCase(Locale.ROOT);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (String alias : aliasesLongestFirst) {
            int at = wordAt(rest, alias);
            if (at >= 0 && !alias.isBlank()) {
                all.add(actorQuery(actorByAlias.get(alias)), BooleanClause.Occur.MUST);
                rest = rest.substring(0, at) + " " + rest.substring(at + alias.length());
                any = true;
            }
        }
        for (String term : terms(rest)) {
            all.add(wordQuery(term), BooleanClause.Occur.MUST);
            any = true;
        }
        return any ? all.build() : null;
    }

    /**
     * A word of the query: itself (the English headlines are indexed too), or, for an English word listed in
     * {@code data/event-types.yml}, any of the Korean words it stands for: "lawsuit" finds 소송을 제기했다.
     */
    private Query wordQuery(String term) {
        List<String> korean = koreanForEnglish.getOrDefault(term, List.of());
        if (korean.isEmpty()) {
            return new TermQuery(new Term(TEXT, term));
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
        for (String word : korean) {
            List<String> terms = terms(word);
            if (!terms.isEmpty()) {
                either.add(new PhraseQuery(TEXT, terms.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
            }
        }
        return either.build();
    }

    /** Where the alias stands in the query, not inside a longer Latin word ("AWS" is no name in "lawsuit"); or -1. */
    private static int wordAt(String query, String alias) {
        for (int at = query.indexOf(alias); at >= 0; at = query.indexOf(alias, at + 1)) {
            int end = at + alias.length();
            boolean glued = (at > 0 && latin(query.charAt(at - 1)) && latin(alias.charAt(0)))
                    || (end < query.length() && latin(query.charAt(end)) && latin(alias.charAt(alias.length() - 1)));
            if (!glued) {
                return at;
            }
        }
        return -1;
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private Query actorQuery(String actorId) {
        BooleanQuery.Builder spellings = new BooleanQuery.Builder();
        spellings.add(new TermQuery(new Term(ACTOR, actorId)), BooleanClause.Occur.SHOULD);
        for (String alias : aliasesByActor.get(actorId)) {
            List<String> terms = terms(alias);
            if (!terms.isEmpty()) {
                spellings.add(new PhraseQuery(TEXT, terms.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
            }
        }
        return spellings.build();
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing '" + text + "'", e);
        }
        return terms;
    }
}
