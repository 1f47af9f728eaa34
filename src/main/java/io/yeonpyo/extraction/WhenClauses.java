package io.yeonpyo.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;
import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;

/**
 * Clauses in -자 ("오픈AI가 MS로부터 투자를 받자 머스크가 비판했다"): what had just happened when the main act came.
 * Their subject, written after the main subject, is theirs alone: it neither takes part in the main act nor carries
 * on into the clause after them, and the main subject before them is no party of their act.
 */
final class WhenClauses {

    /** "…받자 ", "…하자, ": a syllable, then 자 (Nori tells the verb ending from a noun such as 투자). */
    private static final Pattern WHEN_END = Pattern.compile("(?<=[가-힣])자,?\\s");

    private final NoriWords nori;

    WhenClauses(NoriWords nori) {
        this.nori = nori;
    }

    /** Whether the word that ends at {@code end} (a comma and blanks after it allowed) is a verb in -자. */
    boolean endsAt(String text, int end) {
        int wordEnd = end;
        while (wordEnd > 0 && !Character.isLetter(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        return wordEnd > 1 && text.charAt(wordEnd - 1) == '자' && Hangul.isSyllable(text.charAt(wordEnd - 2))
                && nori.verbAt(text, NoriWords.wordStart(text, wordEnd - 1));
    }

    /** Whether the clause before {@code at} ends in a verb in -자 ("…손잡자 소송을 냈다"). */
    boolean endsBefore(String text, int at) {
        return endsAt(text, NoriWords.wordEndBefore(text, at));
    }

    /**
     * "머스크가 [오픈AI가 이듬해 MS로부터 10억 달러를 받자] 비판 수위를 높였다": the subject of a -자 clause after the
     * main subject, and the names after it inside that clause, are what had happened, not parties of the main act.
     */
    void removeParties(String text, Clauses.Clause c, TriggerHit trigger, List<Role> roles) {
        int whenEnd = -1;
        Matcher m = WHEN_END.matcher(text).region(c.start(), Math.max(c.start(), trigger.start()))
                .useTransparentBounds(true);
        while (m.find()) {
            if (endsAt(text, m.start() + 1)) {
                whenEnd = m.start();
            }
        }
        int end = whenEnd;
        if (end < 0) {
            return;
        }
        Role inner = roles.stream().filter(r -> r.end() <= end && r.grammaticalCase() == Case.SUBJECT
                && !CaseParticles.isTopic(text, r)).reduce((a, b) -> b).orElse(null);
        if (inner != null && roles.stream().anyMatch(r -> r.end() <= inner.start()
                && r.grammaticalCase() == Case.SUBJECT)) {
            roles.removeIf(r -> r.start() >= inner.start() && r.end() <= end);
        }
    }

    /**
     * "머스크가 [오픈AI가 MS와 손잡자] 소송을 냈다": after a -자 clause the main act goes on with the subject named before
     * that clause's own, if any.
     */
    static List<String> mainSubjectBefore(String text, int at, List<ActorMatcher.Match> matches) {
        List<ActorMatcher.Match> subjects = matches.stream().filter(m -> m.role() == ActorMatcher.Role.ACTOR
                && m.end() <= at && CaseParticles.caseAfter(text, m.end()) == Case.SUBJECT).toList();
        return subjects.size() < 2 ? List.of() : List.of(subjects.get(subjects.size() - 2).actorId());
    }
}
