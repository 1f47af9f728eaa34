package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an analysed article for the people and organisations {@code data/actors.yml} does not list. Only sentences
 * that can name one are given to Nori: those that tell an event, and those with a role word or an abbreviation in
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
        for (AnalyzedSentence s : article.sentences()) {
            if (s.kind() != SentenceKind.BODY) {
                continue;
            }
            List<EventMention> told = article.mentions().stream().filter(m -> m.sentenceIndex() == s.index())
                    .toList();
            // outside an event's sentence, a name counts only with a role or a gloss (see DiscoveredActors)
            if (told.isEmpty() && !words.mayName(s.text()) && !GLOSS.matcher(s.text()).find()) {
                continue;
            }
            List<NameCandidates.Found> found = names.find(s.text(), tokens.of(s.text()), listed.find(s.text()));
            // an argument of a sentence that tells an act is a party to it, also when the act is told in someone's
            // words ("테일러 의장은 성명에서 '…거부했다'고 밝혔다"), which the event reading leaves out
            boolean tellsAnAct = !told.isEmpty()
                    || found.stream().anyMatch(NameCandidates.Found::argument) && triggers.stream().anyMatch(s.text()::contains);
            for (NameCandidates.Found f : found) {
                out.add(new ActorCandidate(s.index(), f.name(), f.kind(), f.role(), f.gloss(),
                        f.argument() && tellsAnAct));
            }
        }
        return out;
    }

}
