package io.yeonpyo.extraction;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;
import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who else may stand in a clause's subject place when no listed name does: someone counted or named by a common
 * noun ("엔지니어 다수가"), the act itself ("추가 투자가 이어졌다"), or nobody, so that the topic or the subject of the
 * sentence before may carry into it.
 */
final class ClauseSubjects {

    private ClauseSubjects() {
    }

    /** Whether no word before the trigger, outside its dates, is an object or a partner (을/를/와/과/에/에게). */
    static boolean namesNoOtherParty(AnalyzedSentence s, int from, int to) {
        String text = s.text();
        for (int start = NoriWords.wordStartAfter(text, from); start < to;
                start = NoriWords.wordStartAfter(text, NoriWords.wordEnd(text, start))) {
            int end = Math.min(to, NoriWords.wordEnd(text, start));
            int wordStart = start;
            boolean date = s.dates().stream().anyMatch(d -> d.start() < end && d.end() > wordStart);
            if (!date && OBJECT_OR_PARTNER.matcher(text).region(start, end).find()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern OBJECT_OR_PARTNER = Pattern.compile("[가-힣A-Za-z0-9)](을|를|와|과|에|에게)$");

    /**
     * A subject word that is no name ("엔지니어 다수가", "개발도"). Only 가 and 도: a word ending in 은/는 may as
     * well be a verb form ("세우고 있는") or an adverbial topic ("지난달에는"). Nouns that end in 가 themselves
     * ("추가 투자", "평가 결과") are no subject.
     */
    private static final java.util.Set<String> NOUNS_IN_GA = java.util.Set.of("추가", "증가", "평가", "대가", "원가", "단가");
    private static final Pattern OTHER_SUBJECT = Pattern.compile(
            "(?<![가-힣])[가-힣]{1,}(?<!에|에서|로|으로|까지|부터|때|당시|엔|다)(가|도)(?=\\s)"
                    + "|\\d+(명|곳|개|사)(이|가)(?=\\s)");

    /**
     * Whether a clause without a named subject takes the topic of the previous sentences: not when it has a subject
     * of its own that is no name, and not when the event is a noun phrase with its own owner ("알트먼의 MS 합류").
     */
    static boolean takesTopic(String text, Clauses.Clause c, TriggerHit trigger, int predicateEnd,
                                      List<Role> roles, List<ActorMatcher.Match> matches) {
        if (roles.stream().anyMatch(r -> r.grammaticalCase() == Case.SUBJECT)) {
            return false;
        }
        if (ownedNominalAct(text, trigger, roles)) {
            return false;
        }
        // the subject may also follow a trigger noun ("MS의 후원을 바탕으로 챗GPT 등의 개발도 계속되고")
        return !otherSubject(text, c, trigger.start(), predicateEnd, matches, false);
    }

    /** The act's noun as the sentence's subject or topic: "…영입은 ", "…투자가 ". */
    private static final Pattern NOUN_AS_SUBJECT = Pattern.compile("^(은|는|이|가|도)\\s");

    /**
     * Whether the act is a noun phrase with its own owner, named with 의: "알트먼의 MS 합류", "MS의 인플렉션 인력 영입은
     * …". Its doer is that owner, so no topic or subject of another sentence stands in for one.
     */
    static boolean ownedNominalAct(String text, TriggerHit trigger, List<Role> roles) {
        boolean possessiveOwner = roles.stream().anyMatch(r -> r.grammaticalCase() == Case.POSSESSIVE
                && r.end() <= trigger.start());
        boolean nameBefore = roles.stream().anyMatch(r -> r.grammaticalCase() == Case.NONE
                && r.end() <= trigger.start() && text.substring(r.end(), trigger.start()).isBlank());
        return possessiveOwner && (nameBefore || NOUN_AS_SUBJECT.matcher(text.substring(trigger.end())).find());
    }

    /** People counted, not named, as subject: "700명이", "다수가", "일부도". */
    private static final Pattern COUNTED_SUBJECT = Pattern.compile(
            "(?<![가-힣\\d])(\\d+\\s*명|다수|상당수|일부|대부분|절반)(이|가|도)(?=\\s)");

    /** Whether people counted but not named ("엔지니어 중 700명이") are the subject before the trigger. */
    static boolean otherSubjectBefore(String text, int from, int triggerStart, List<ActorMatcher.Match> matches) {
        java.util.regex.Matcher m = COUNTED_SUBJECT.matcher(text);
        m.region(from, triggerStart);
        while (m.find()) {
            int at = m.start();
            if (matches.stream().noneMatch(x -> x.start() <= at && at < x.end() + 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause has a subject of its own that is no name ("엔지니어 다수가"). */
    static boolean otherSubject(String text, Clauses.Clause c, int triggerStart, int predicateEnd,
                                        List<ActorMatcher.Match> matches, boolean actMayBeSubject) {
        java.util.regex.Matcher m = OTHER_SUBJECT.matcher(text);
        // "[투명성이 부족하다]고 지적했다": the subject of what someone says is not the one who says it
        int from = Math.min(ActDates.contentEnd(text, c.start(), triggerStart), Math.max(c.start(), predicateEnd));
        m.region(from, Math.max(c.start(), predicateEnd));
        while (m.find()) {
            int at = m.start();
            boolean isName = matches.stream().anyMatch(x -> x.start() <= at && at < x.end() + 3)
                    || NOUNS_IN_GA.contains(m.group());
            // "추가 투자가 이어졌다": the act itself as the subject is no one else acting
            boolean theActItself = actMayBeSubject && at <= triggerStart && triggerStart < m.end();
            if (!isName && !theActItself) {
                return true;
            }
        }
        return false;
    }
}
