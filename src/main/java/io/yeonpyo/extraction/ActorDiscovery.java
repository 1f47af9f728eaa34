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
        out.addAll(namedAgainAsParties(article, eventSentences, out));
        return out;
    }

    /** A case particle right after a name: the name is the subject, object or partner of its clause. */
    private static final Pattern PARTY_CASE = Pattern.compile("(이|가|은|는|을|를|와|과|에|에게|도)(?![가-힣])");

    /**
     * "정신아 카카오 대표는 …", then "카카오는 오픈AI와 제휴를 맺었다": once the article has shown a word to be an
     * organisation's name (by a form, a gloss or a person's title beside it), its other mentions are that name too,
     * though Nori reads it as a common word (카카오 = cacao); with a case particle in a sentence that tells an event,
     * it is a party to that event.
     */
    private static List<ActorCandidate> namedAgainAsParties(AnalyzedArticle article, Set<Integer> eventSentences,
                                                            List<ActorCandidate> found) {
        List<ActorCandidate> companies = found.stream().filter(c -> c.kind() == ActorKind.COMPANY)
                .filter(c -> c.name().length() >= 2 && c.name().indexOf(' ') < 0).toList();
        Set<String> seen = found.stream().map(c -> c.sentenceIndex() + "|" + c.name()).collect(Collectors.toSet());
        List<ActorCandidate> out = new ArrayList<>();
        for (AnalyzedSentence s : article.sentences()) {
            if (s.kind() != SentenceKind.BODY || !eventSentences.contains(s.index())) {
                continue;
            }
            for (ActorCandidate c : companies) {
                if (!seen.add(s.index() + "|" + c.name())) {
                    continue;
                }
                for (int at = s.text().indexOf(c.name()); at >= 0; at = s.text().indexOf(c.name(), at + 1)) {
                    int end = at + c.name().length();
                    boolean wordStart = at == 0 || !Character.isLetterOrDigit(s.text().charAt(at - 1));
                    if (wordStart && PARTY_CASE.matcher(s.text()).region(end, s.text().length()).lookingAt()) {
                        out.add(new ActorCandidate(s.index(), c.name(), c.kind(), null, null, true, false));
                        break;
                    }
                }
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
