package io.yeonpyo.extraction;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;
import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which names of a clause take part in its act, and how: a name inside a purpose phrase, a relative clause or a
 * background noun belongs to that phrase, not to the act; a criticism's target is the name it is about; the doer of a
 * relative clause's act is named outside it; an unlisted proper noun in the subject's place keeps the act from the
 * listed names around it.
 */
final class ClauseRoles {

    private ClauseRoles() {
    }

    /** The end of a purpose phrase: "MS를 견제하는 데 힘을 합치기로". */
    private static final Pattern PURPOSE_END = Pattern.compile("(?<![가-힣])[가-힣]+는 데\\s");

    /**
     * "두 회사는 앤트로픽에 공동 투자하며 MS를 견제하는 데 힘을 합치기로 했죠": the objects of the purpose phrase
     * belong to its own verb (견제), not to the act (힘을 합치); its subject stays.
     */
    static List<Role> withoutPurposeObjects(String text, Clauses.Clause c, TriggerHit best, List<Role> roles) {
        java.util.regex.Matcher m = PURPOSE_END.matcher(text);
        m.region(c.start(), best.start());
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return roles;
        }
        int purposeEnd = end;
        return roles.stream().filter(r -> r.start() >= purposeEnd || r.grammaticalCase() == Case.SUBJECT).toList();
    }

    /** Whether a role marked OBJECT was a subject (이/가) turned into the accused of a reason. */
    static boolean convertedSubject(String text, Role r) {
        return CaseParticles.caseAfter(text, r.end()) == Case.SUBJECT;
    }

    /** A verb phrase ending in an adnominal form right before a name: "…와 날을 세우고 있는 [머스크]". */
    private static final Pattern ADNOMINAL_BEFORE_NAME = Pattern.compile("[^,.]*[가-힣](는|던)\\s+");

    /**
     * "오픈AI와 날을 세우고 있는 일론 머스크의 AI를 지원한다": a name with 와/과/에/을/를 inside a relative clause that
     * modifies the next name, before the trigger, is a party of the relative clause only.
     */
    static boolean insideRelativeClause(String text, Role r, TriggerHit best, List<ActorMatcher.Match> matches) {
        if ((r.grammaticalCase() != Case.OBJECT && r.grammaticalCase() != Case.DIRECT_OBJECT) || r.end() > best.start()
                || r.start() == r.end()) {
            return false;
        }
        ActorMatcher.Match next = matches.stream().filter(m -> m.start() >= r.end()).findFirst().orElse(null);
        return next != null && next.start() <= best.start()
                && ADNOMINAL_BEFORE_NAME.matcher(text).region(r.end(), next.start()).matches();
    }

    private static final Pattern ABOUT_PARTY = Pattern.compile("^(\\([^)]*\\))?\\s*에\\s?(대해|대한|대해서)(?![가-힣])");

    /**
     * "지난 2월에는 오픈AI에 대해 투명성이 부족하다고 지적했다": who a criticism, a complaint or a rebuttal is about is
     * its target, though a name with 에 대해 only sets the scene of other acts.
     */
    static List<Role> targetsOfCriticism(String text, List<Role> roles, TriggerHit best) {
        return roles.stream().map(r -> r.grammaticalCase() == Case.MODIFIER && r.end() <= best.start()
                && ABOUT_PARTY.matcher(text.substring(r.end())).lookingAt()
                ? new Role(r.actorIds(), Case.OBJECT, r.start(), r.end()) : r).toList();
    }

    /**
     * "오픈AI는 [머스크가 제기한] 소송에 대한 답변을 공개하며 …": a name marked 이/가 before a relative clause's verb is
     * that clause's subject; the topic before it (은/는) acts in the sentence, and the name stays a party.
     */
    static void subjectsOfRelativeClauses(String text, List<Role> roles, TriggerHit best, NoriWords nori) {
        boolean topicFirst = false;
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            if (r.start() == r.end() || r.end() > best.start()) {
                continue;
            }
            if (CaseParticles.isTopic(text, r)) {
                topicFirst = true;
            } else if (topicFirst && r.grammaticalCase() == Case.SUBJECT
                    && nori.modifierBetween(text, r.end(), best.start())) {
                roles.set(i, new Role(r.actorIds(), Case.OBJECT, r.start(), r.end()));
            }
        }
    }

    /**
     * Whether a word before the trigger names, as a proper noun with 이/가/은/는, a party that no listed name covers:
     * "야후는 구글과 계약을 맺었다", "이본 곤잘레스 로저스 판사는 …을 기각했다". Words that overlap a listed name, or
     * follow one, are that name's.
     */
    static boolean unknownSubjectBefore(String text, int from, int to, List<ActorMatcher.Match> matches,
                                        NoriWords nori) {
        for (int start = NoriWords.wordStartAfter(text, from); start < to;
                start = NoriWords.wordStartAfter(text, NoriWords.wordEnd(text, start))) {
            int end = NoriWords.wordEnd(text, start);
            if (start >= to || end > to) {
                return false;
            }
            char last = text.charAt(end - 1);
            int wordStart = start;
            int previousStart = NoriWords.wordStart(text, NoriWords.wordEndBefore(text, start));
            boolean listed = matches.stream().anyMatch(m -> m.start() < end && m.end() > previousStart);
            if ("이가은는".indexOf(last) >= 0 && !listed && nori.properNounSubject(text, wordStart)) {
                return true;
            }
        }
        return false;
    }

    /** A trigger verb in adnominal form before a noun: "투자한 200억 달러", "투자했던 돈". */
    private static final Pattern ADNOMINAL = Pattern.compile("(한|했던|하던|된)\\s+[0-9가-힣]");

    /**
     * "오픈AI에 투자한 200억 달러는 MS에게 돈도 아닙니다": in a relative clause without its own subject, the one who
     * acts is named outside it — the topic, the possessor or the one the main clause speaks to (에게) after the noun.
     */
    static List<Role> actorOutsideRelativeClause(String text, TriggerHit best, List<Role> roles) {
        if (roles.stream().anyMatch(r -> r.grammaticalCase() == Case.SUBJECT && r.end() <= best.start())
                || !ADNOMINAL.matcher(text).region(best.end(), text.length()).lookingAt()) {
            return roles;
        }
        List<Role> out = new ArrayList<>(roles);
        for (int i = 0; i < out.size(); i++) {
            Role r = out.get(i);
            boolean dative = r.grammaticalCase() == Case.OBJECT && text.startsWith("에게", r.end());
            if (r.start() >= best.end() && (r.grammaticalCase() == Case.SUBJECT || dative
                    || r.grammaticalCase() == Case.POSSESSIVE)) {
                out.set(i, new Role(r.actorIds(), Case.SUBJECT, r.start(), r.end()));
                return out;
            }
        }
        return roles;
    }

    /** A trigger noun that only dates what follows: "머스크의 소송 당시", "알트먼 해임 이후". */
    private static final Pattern BACKGROUND = Pattern.compile("\\s*(당시|때|직후|이후|무렵)(?![가-힣])");

    /**
     * "머스크의 소송 당시 제임스 권 오픈AI CSO는 …라고 주장했다": the event is the owner's (머스크), and the subject after
     * it belongs to the main clause.
     */
    static List<Role> ownerOfBackgroundEvent(String text, TriggerHit best, List<Role> roles) {
        if (!BACKGROUND.matcher(text).region(best.end(), text.length()).lookingAt()) {
            return roles;
        }
        Role owner = roles.stream().filter(r -> r.grammaticalCase() == Case.POSSESSIVE && r.end() <= best.start()
                && text.substring(r.end(), best.start()).matches("의\\s*")).reduce((a, b) -> b).orElse(null);
        if (owner == null) {
            return roles;
        }
        List<Role> out = new ArrayList<>();
        for (Role r : roles) {
            if (r == owner) {
                out.add(new Role(r.actorIds(), Case.SUBJECT, r.start(), r.end()));
            } else if (r.start() < best.start()) {
                out.add(r);
            }
        }
        return out;
    }
}
