package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an analysed article for the people and organisations {@code data/actors.yml} does not list. Nori reads the
 * sentences that tell an event whole, and of the others only the few words around a role word or an abbreviation in
 * parentheses; the rest cost a few string searches. Plain Java, safe to share between threads.
 *
 * <p>What one article says is kept per article ({@link ActorCandidate}); which candidates become actors, and under
 * which name, is decided over all articles at once ({@link DiscoveredActors}).
 */
public final class ActorDiscovery {

    /** "경쟁시장청(CMA)": a name glossed by its abbreviation. */
    private static final Pattern GLOSS = Pattern.compile("\\([A-Z]{2,6}\\)");

    private final ActorMatcher listed;
    private final SentenceTokens tokens;
    private final NameCandidates names;
    private final DiscoveryWords words;
    private final List<String> triggers;

    public ActorDiscovery(Lexicon lexicon, DiscoveryWords words) {
        this.listed = new ActorMatcher(lexicon);
        this.tokens = new SentenceTokens(lexicon.noriUserDictionary());
        this.names = new NameCandidates(words, lexicon.actors().stream().filter(a -> a.kind() == ActorKind.PERSON)
                .map(ActorEntry::id).collect(java.util.stream.Collectors.toSet()));
        this.words = words;
        this.triggers = lexicon.triggerWords().values().stream().flatMap(List::stream).distinct().toList();
    }

    public List<ActorCandidate> candidates(AnalyzedArticle article) {
        List<ActorCandidate> out = new ArrayList<>();
        // the sentences that tell an event, found once rather than by scanning every mention for every sentence
        Set<Integer> eventSentences = article.mentions().stream().map(EventMention::sentenceIndex)
                .collect(Collectors.toSet());
        for (AnalyzedSentence s : article.sentences()) {
            if (s.kind() != SentenceKind.BODY) {
                continue;
            }
            boolean tellsAnEvent = eventSentences.contains(s.index());
            List<SentenceTokens.Token> read = tellsAnEvent ? tokens.of(s.text()) : aroundRoles(s.text());
            if (read.isEmpty()) {
                continue;
            }
            List<NameCandidates.Found> found = names.find(s.text(), read, listed.find(s.text()));
            // an argument of a sentence that tells an act is a party to it, also when the act is told in someone's
            // words ("테일러 의장은 성명에서 '…거부했다'고 밝혔다"), which the event reading leaves out
            boolean tellsAnAct = tellsAnEvent
                    || found.stream().anyMatch(NameCandidates.Found::argument) && triggers.stream().anyMatch(s.text()::contains);
            for (NameCandidates.Found f : found) {
                out.add(new ActorCandidate(s.index(), f.name(), f.kind(), f.role(), f.gloss(),
                        f.argument() && tellsAnAct, f.presented()));
            }
        }
        return out;
    }

    /**
     * Outside an event's sentence a name counts only with a role or a gloss (see {@link DiscoveredActors}), and it
     * stands right next to them: only a few words around each are read.
     */
    private List<SentenceTokens.Token> aroundRoles(String text) {
        List<Integer> anchors = words.roleOffsets(text);
        Matcher gloss = GLOSS.matcher(text);
        while (gloss.find()) {
            anchors.add(gloss.start());
        }
        if (anchors.isEmpty()) {
            return List.of();
        }
        Collections.sort(anchors);
        List<SentenceTokens.Token> out = new ArrayList<>();
        int from = -1;
        int readTo = 0;
        for (int anchor : anchors) {
            int start = Math.max(readTo, wordsBefore(text, anchor, WORDS_BEFORE_ROLE));
            if (from >= 0 && start > readTo) {
                out.addAll(tokens.of(text, from, readTo));
                from = -1;
            }
            from = from < 0 ? start : from;
            readTo = Math.max(readTo, wordsAfter(text, anchor, WORDS_AFTER_ROLE));
        }
        out.addAll(tokens.of(text, from, readTo));
        return out;
    }

    /**
     * The role's own word and the five before: a name of up to three words, and an affiliation between a name and
     * its title ("닉 털리 오픈AI 챗GPT 제품 책임자").
     */
    private static final int WORDS_BEFORE_ROLE = 6;
    /** The role word itself and a name of up to three words after it ("변호사 윌리엄 새비트는"). */
    private static final int WORDS_AFTER_ROLE = 4;

    /** Where the word that lies {@code words} words before {@code at} starts. */
    private static int wordsBefore(String text, int at, int words) {
        int i = at;
        for (int seen = 0; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))
                    && ++seen == words) {
                return i;
            }
        }
        return 0;
    }

    /** Where the {@code words}-th word from {@code at} ends. */
    private static int wordsAfter(String text, int at, int words) {
        for (int i = at, seen = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))
                    && ++seen == words) {
                return i;
            }
        }
        return text.length();
    }
}
