package io.yeonpyo.extraction;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;
import java.util.List;

/**
 * Someone the data does not list in the subject's place before the trigger — a court named by a common noun, or an
 * unlisted proper noun — keeps the act from the listed names around it.
 */
final class UnlistedSubjects {

    private UnlistedSubjects() {
    }

    /**
     * Someone the data does not list in the subject's place: {@code [start, end)} is the noun of
     * {@code unlisted_doers} that names them ("법원은" → 법원), empty for a proper noun ("브렛 테일러 의장은").
     */
    record UnlistedSubject(int start, int end) {

        boolean named() {
            return end > start;
        }
    }

    /**
     * A court, a regulator or a board the data does not list, acting: before the trigger ("법원은 …을 기각했다"), or,
     * with the object first, right before the verb the trigger needs ("…머스크의 요청을 미국 법원이 받아들이지
     * 않았다"); then a listed subject before the object is that of a clause inside it, and leaves.
     */
    static UnlistedSubject doerOf(String text, Clauses.Clause c, ArticleAnalyzer.TriggerHit best, int predicateEnd,
                                  List<Role> roles, List<ActorMatcher.Match> matches, Lexicon lexicon,
                                  NoriWords nori) {
        UnlistedSubject doer = unlistedDoerBefore(text, c.start(), best.start(),
                roles, matches, lexicon, nori);
        if (doer != null || best.trigger().followedBy().isEmpty()) {
            return doer;
        }
        UnlistedSubject afterObject = unlistedDoerBefore(text, best.end(),
                predicateEnd, roles.stream().filter(r -> r.start() >= best.end()).toList(), matches, lexicon, nori);
        if (afterObject != null) {
            roles.removeIf(r -> r.grammaticalCase() == Case.SUBJECT && r.end() <= best.start());
        }
        return afterObject;
    }

    /**
     * A common noun that names who acts though no listed name says it, as the subject before the trigger: "법원은 …
     * 머스크의 가처분 신청을 기각했다", "재판부는 머스크가 낸 소송을 기각했다". As a topic (은/는) it takes the act
     * from a listed subject inside a relative clause after it; with 이/가 only when no listed name is the subject.
     */
    static UnlistedSubject unlistedDoerBefore(String text, int from, int to, List<Role> roles,
                                              List<ActorMatcher.Match> matches, Lexicon lexicon, NoriWords nori) {
        if (!lexicon.namesUnlistedDoer(text, from, to)
                || roles.stream().anyMatch(r -> r.end() <= to && CaseParticles.isTopic(text, r))) {
            return null; // no court or regulator named, or a listed topic acts
        }
        boolean listedSubject = roles.stream().anyMatch(r -> r.grammaticalCase() == Case.SUBJECT);
        for (int start = NoriWords.wordStartAfter(text, from); start < to;
                start = NoriWords.wordStartAfter(text, NoriWords.wordEnd(text, start))) {
            int end = NoriWords.wordEnd(text, start);
            if (end > to || end - start < 2) {
                continue;
            }
            char particle = text.charAt(end - 1);
            String doer = "이가은는".indexOf(particle) < 0 ? null
                    : lexicon.unlistedDoerEnding(text.substring(start, end - 1));
            if (doer != null && !listedAround(matches, text, start, end) && (particle == '은' || particle == '는'
                    || !listedSubject)) {
                // "재판부는 머스크가 낸 소송을 …": a trigger that is the noun a relative clause describes is that
                // clause's act, done by its own subject
                int before = NoriWords.wordStart(text, NoriWords.wordEndBefore(text, to));
                boolean describedTrigger = listedSubject && nori.modifierBetween(text, before - 1, to);
                return describedTrigger ? null : new UnlistedSubject(end - 1 - doer.length(), end - 1);
            }
        }
        return null;
    }

    /**
     * Whether a word before the trigger names, as a proper noun with 이/가/은/는, a party that no listed name covers:
     * "야후는 구글과 계약을 맺었다", "브렛 테일러 의장은 …을 거절했다". Words that overlap a listed name, or
     * follow one, are that name's. The span is the proper noun's, when the word itself is one ("야후는"), so that a
     * headline can name it.
     */
    static UnlistedSubject unknownSubjectBefore(String text, int from, int to, List<ActorMatcher.Match> matches,
                                                NoriWords nori) {
        for (int start = NoriWords.wordStartAfter(text, from); start < to;
                start = NoriWords.wordStartAfter(text, NoriWords.wordEnd(text, start))) {
            int end = NoriWords.wordEnd(text, start);
            if (start >= to || end > to) {
                return null;
            }
            char last = text.charAt(end - 1);
            if ("이가은는".indexOf(last) >= 0 && !listedAround(matches, text, start, end)
                    && nori.properNounSubject(text, start)) {
                return new UnlistedSubject(start, end - 1); // the name without its particle: "야후", "SK텔레콤"
            }
        }
        return null;
    }

    /** Whether a listed name overlaps the word at [start, end) or the word before it: the word is that name's. */
    private static boolean listedAround(List<ActorMatcher.Match> matches, String text, int start, int end) {
        int previousStart = NoriWords.wordStart(text, NoriWords.wordEndBefore(text, start));
        return matches.stream().anyMatch(m -> m.start() < end && m.end() > previousStart);
    }
}
