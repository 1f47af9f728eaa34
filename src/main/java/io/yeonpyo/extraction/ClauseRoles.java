package io.yeonpyo.extraction;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;
import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which names of a clause take part in its act, and how: a name inside a purpose or reason phrase or before a
 * background noun belongs to that phrase, not to the act; one who acts for a name (변호인단) acts as that name; a
 * criticism's target is the name it is about; a company put first as the topic can be what the act was done to.
 * Relative clauses are {@link RelativeClauseRoles}'s, parties no listed name covers {@link UnlistedSubjects}'s.
 */
final class ClauseRoles {

    private ClauseRoles() {
    }

    /** The end of a purpose phrase: "MS를 견제하는 데 힘을 합치기로". */
    private static final Pattern PURPOSE_END = Pattern.compile("(?<![가-힣])[가-힣]+는 데\\s");
    /** The end of a reason phrase: "…이해충돌 문제를 이유로", "…갈등 때문에", "…반독점 문제로 인해". */
    private static final Pattern REASON_END = Pattern.compile(
            "(?<=[가-힣])(을|를)\\s?(이유로|빌미로|핑계로|들어)\\s|(?<=[가-힣])\\s?(때문에|탓에|(으로|로)\\s?인해)\\s");
    /** Words every match of the patterns above contains: without one, a clause has no such phrase. */
    private static final List<String> PURPOSE_WORDS = List.of("는 데");
    private static final List<String> REASON_WORDS = List.of("이유로", "빌미로", "핑계로", "들어", "때문에", "탓에", "인해");

    /**
     * "두 회사는 앤트로픽에 공동 투자하며 MS를 견제하는 데 힘을 합치기로 했죠": the objects of the purpose phrase
     * belong to its own verb (견제), not to the act (힘을 합치); its subject stays. The companies named in a reason
     * phrase are no parties either ("테슬라의 AI 연구에 따른 이해충돌을 이유로 이사직을 사임했다"); a person there is
     * often the one the act is done to ("그의 비위를 이유로 해임했다").
     */
    static List<Role> withoutPurposeObjects(String text, Clauses.Clause c, TriggerHit best, List<Role> roles,
                                            Predicate<String> isPerson) {
        // with no such phrase, every role stays, even one carried in from before the clause
        int purposeEnd = phraseEnd(PURPOSE_END, PURPOSE_WORDS, text, c, best);
        int reasonEnd = phraseEnd(REASON_END, REASON_WORDS, text, c, best);
        return roles.stream().filter(r -> r.grammaticalCase() == Case.SUBJECT || (r.start() >= purposeEnd
                && (r.start() >= reasonEnd || r.actorIds().stream().anyMatch(isPerson)))).toList();
    }

    private static int phraseEnd(Pattern end, List<String> words, String text, Clauses.Clause c, TriggerHit best) {
        int at = Regions.lastMatchEnd(end, words, text, c.start(), best.start());
        return at == c.start() ? Integer.MIN_VALUE : at;
    }

    /** "…의 변호인단은", "…의 대리인이": someone who acts for the names before them, as the subject. */
    private static final Pattern ACTING_FOR = Pattern.compile(
            "의\\s+(변호인단|변호인|변호사들|변호사|법률대리인|대리인|대변인)(은|는|이|가)\\s");
    /** "머스크 컨소시엄 변호사가", "머스크 측 변호인 마크 토베로프는": the one acting for the name, named or not. */
    private static final Pattern ACTING_FOR_NAMED = Pattern.compile("\\s+(?:[가-힣A-Za-z]+\\s+)?(?:측\\s+)?"
            + "(변호인단|변호인|변호사들|변호사|법률대리인|대리인|대변인)(?:(?:\\s+[가-힣]{1,6}){1,3})?(은|는|이|가)\\s");
    private static final Pattern LIST_ITEM_END = Pattern.compile("(\\([^)]*\\))?(와|과|,|·)");
    /** A word with a case of its own between a name and the one acting for it: the name is no part of that phrase. */
    private static final Pattern OWN_CASE = Pattern.compile("[가-힣A-Za-z0-9)](을|를|은|는|이|가|에|에서|로|으로)\\s");

    /**
     * "머스크와 그의 스타트업 xAI, 시본 질리스의 변호인단은 …을 제출했다": the lawyers act for everyone the phrase
     * before them lists, who are the subject of the act.
     */
    static List<Role> actingFor(String text, Clauses.Clause c, TriggerHit best, List<Role> roles) {
        java.util.regex.Matcher m = ACTING_FOR.matcher(text).region(c.start(), best.start());
        int phraseEnd = m.find() ? m.start() : roles.stream().filter(r -> r.end() > r.start() && r.end() < best.start()
                && ACTING_FOR_NAMED.matcher(text).region(r.end(), best.start()).lookingAt())
                .mapToInt(Role::end).findFirst().orElse(-1);
        if (phraseEnd < 0) {
            return roles;
        }
        // the names of the list ("머스크와", "xAI,") and its last one ("…질리스의"), not one that only says where
        // someone works ("오픈AI 전 이사회 멤버"): together, one subject
        List<Role> listed = roles.stream().filter(r -> r.end() <= phraseEnd && r.end() > r.start()
                && r.grammaticalCase() != Case.SUBJECT && r.grammaticalCase() != Case.DIRECT_OBJECT
                && (r.end() == phraseEnd || LIST_ITEM_END.matcher(text).region(r.end(), phraseEnd).lookingAt())
                && !OWN_CASE.matcher(text).region(r.end(), phraseEnd).find()).toList();
        if (listed.isEmpty()) {
            return roles;
        }
        List<String> ids = listed.stream().flatMap(r -> r.actorIds().stream()).distinct().toList();
        Role joint = new Role(ids, Case.SUBJECT, listed.get(0).start(), listed.get(listed.size() - 1).end());
        List<Role> out = new ArrayList<>();
        for (Role r : roles) {
            if (r == listed.get(0)) {
                out.add(joint);
            } else if (!listed.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether a role marked OBJECT was a subject (이/가) turned into the accused of a reason. */
    static boolean convertedSubject(String text, Role r) {
        return CaseParticles.caseAfter(text, r.end()) == Case.SUBJECT;
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
     * "오픈AI는 2015년 머스크와 올트먼 등이 세웠다", "딥마인드는 2014년 구글이 인수했다": for an act done to an
     * organisation, a company as the topic with the verb's own subject (이/가) after it and no object is what the act
     * was done to, put first because the sentence is about it. An object inside a reason ("…AI를 만들겠다며") is
     * the reason's own.
     */
    static void topicalisedObject(String text, List<Role> roles, TriggerHit best, Predicate<String> isPerson) {
        Role topic = roles.stream().filter(r -> r.end() > r.start() && r.end() <= best.start()
                && CaseParticles.isTopic(text, r)).findFirst().orElse(null);
        if (topic == null || topic.actorIds().isEmpty() || topic.actorIds().stream().anyMatch(isPerson)
                || OWN_OBJECT.matcher(text).region(ActDates.contentEnd(text, topic.end(), best.start()),
                best.start()).find()
                || roles.stream().noneMatch(r -> r.start() > topic.end() && r.end() <= best.start()
                && r.grammaticalCase() == Case.SUBJECT && !r.actorIds().isEmpty())) {
            return;
        }
        roles.replaceAll(r -> r == topic ? new Role(r.actorIds(), Case.DIRECT_OBJECT, r.start(), r.end()) : r);
    }

    private static final Pattern OWN_OBJECT = Pattern.compile("[가-힣A-Za-z0-9)](을|를)\\s");

    /** A trigger noun that only dates what follows: "머스크의 소송 당시", "알트먼 해임 이후". */
    private static final Pattern BACKGROUND = Pattern.compile("\\s*(당시|때|직후|이후|뒤|후|무렵)(?![가-힣])");

    /** The owner's 의 right before the act, or before the sum that sizes it: "MS의 투자", "MS의 10억달러 투자". */
    private static final Pattern OWNER_BEFORE = Pattern.compile("의\\s*(" + AmountParser.WRITTEN_SUM + "\\s?"
            + AmountParser.WRITTEN_CURRENCY + "(\\s?규모의?)?\\s*)?");

    /**
     * "머스크의 소송 당시 제임스 권 오픈AI CSO는 …라고 주장했다": the event is the owner's (머스크), and the subject after
     * it belongs to the main clause.
     */
    static List<Role> ownerOfBackgroundEvent(String text, TriggerHit best, List<Role> roles) {
        if (!BACKGROUND.matcher(text).region(best.end(), text.length()).lookingAt()) {
            return roles;
        }
        Role owner = roles.stream().filter(r -> r.grammaticalCase() == Case.POSSESSIVE && r.end() <= best.start()
                && OWNER_BEFORE.matcher(text).region(r.end(), best.start()).matches()).reduce((a, b) -> b).orElse(null);
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

    /**
     * "나델라 CEO는 "올트먼과 브로크먼이 MS에 합류하게 됐다"고 발표했다": in an announced quotation
     * ({@link TriggerWords#announcedAct}) the quotation's own subject acts; the speaker outside stays a party.
     */
    static void speakerAside(String text, List<Role> roles, TriggerHit best) {
        if (!TriggerWords.insideDoubleQuotes(text, best.start())) {
            return;
        }
        int open = Math.max(text.lastIndexOf('“', best.start()), text.lastIndexOf('"', best.start()));
        if (roles.stream().anyMatch(r -> r.grammaticalCase() == Case.SUBJECT && r.start() > open
                && r.end() <= best.start())) {
            roles.replaceAll(r -> r.end() <= open && r.grammaticalCase() == Case.SUBJECT
                    ? new Role(r.actorIds(), Case.MODIFIER, r.start(), r.end()) : r);
        }
    }
}
