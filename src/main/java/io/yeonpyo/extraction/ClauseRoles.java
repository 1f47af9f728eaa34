package io.yeonpyo.extraction;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;
import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
     * that clause's subject; the topic before it (은/는) acts in the sentence, and the name stays a party. Not a
     * subject before {@code intentionEnd}: the one who states an intention ("…등이 [안전한 AI를 만들겠다며]") acts.
     */
    static void subjectsOfRelativeClauses(String text, List<Role> roles, TriggerHit best, NoriWords nori,
                                          int intentionEnd) {
        boolean topicFirst = false;
        boolean unlistedTopic = false;
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            if (r.start() == r.end() || r.end() > best.start()) {
                continue;
            }
            if (CaseParticles.isTopic(text, r) || !topicFirst && r.grammaticalCase() == Case.SUBJECT
                    && !r.actorIds().isEmpty()) {
                topicFirst = true;
                unlistedTopic = r.actorIds().isEmpty();
            } else if (topicFirst && r.grammaticalCase() == Case.SUBJECT && r.end() > intentionEnd
                    && nori.modifierBetween(text, r.end(), nextSubjectWord(text, r.end(), best.start()))) {
                // also after a first subject: "오픈AI 이사회가 [머스크 CEO가 주도한] 컨소시엄의 제안을 거부했다"
                if (unlistedTopic) {
                    // "법원은 머스크가 오픈AI를 상대로 낸 소송을 기각했다": the relative clause's names are the parties of
                    // what the court acts on, its subject owns it (머스크's claims)
                    roles.set(i, new Role(r.actorIds(), Case.POSSESSIVE, r.start(), r.end()));
                    for (int k = i + 1; k < roles.size() && roles.get(k).end() <= best.start(); k++) {
                        Role inside = roles.get(k);
                        roles.set(k, new Role(inside.actorIds(), Case.MODIFIER, inside.start(), inside.end()));
                    }
                    return;
                }
                roles.set(i, new Role(r.actorIds(), Case.OBJECT, r.start(), r.end()));
            }
        }
    }

    /** How many words (AI, 기업) may stand between a relative clause's verb and the name it describes. */
    private static final int HEAD_WORDS = 3;

    /**
     * "머스크가 지난해 7월 세운 AI 기업 xAI는", "MS가 지난 1월 투자한 오픈AI는": a relative clause with a subject of its
     * own (이/가) describes what its act was done to, so the name it describes is the act's object, not a second doer.
     * Without a subject of its own ("오픈AI에 투자한 MS는") the clause describes its doer.
     */
    static void objectOfRelativeClause(String text, List<Role> roles, TriggerHit best, NoriWords nori) {
        int verbEnd = NoriWords.wordEnd(text, best.start());
        boolean ownSubject = roles.stream().anyMatch(r -> r.end() > r.start() && r.end() <= best.start()
                && r.grammaticalCase() == Case.SUBJECT && !r.actorIds().isEmpty() && !CaseParticles.isTopic(text, r));
        if (!ownSubject || !nori.modifierBetween(text, best.start(), verbEnd)) {
            return;
        }
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            if (r.start() < verbEnd) {
                continue;
            }
            String between = text.substring(verbEnd, r.start());
            if (r.grammaticalCase() == Case.SUBJECT && between.indexOf(',') < 0
                    && between.strip().split("\\s+").length <= HEAD_WORDS) {
                roles.set(i, new Role(r.actorIds(), Case.DIRECT_OBJECT, r.start(), r.end()));
            }
            return;
        }
    }

    /**
     * Where the next word marked 이/가 starts, or {@code to}: "머스크 등이 [인류에 이익이 되는] AI를 …": a verb
     * after another subject is that subject's.
     */
    private static int nextSubjectWord(String text, int from, int to) {
        java.util.regex.Matcher own = OWN_SUBJECT_MARK.matcher(text).region(from, to);
        if (!own.find()) {
            return to;
        }
        java.util.regex.Matcher m = SUBJECT_WORD.matcher(text).region(own.end(), to);
        return m.find() ? m.start() : to;
    }

    /** The name's own 이/가, after its title if it has one ("머스크 테슬라 최고경영자(CEO)가"). */
    private static final Pattern OWN_SUBJECT_MARK = Pattern.compile("(이|가)\\s");

    private static final Pattern SUBJECT_WORD = Pattern.compile("(?<=\\s)[가-힣A-Za-z0-9()]+(이|가)\\s");

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
    private static final Pattern BACKGROUND = Pattern.compile("\\s*(당시|때|직후|이후|뒤|후|무렵)(?![가-힣])");

    /** The owner's 의 right before the act, or before the sum that sizes it: "MS의 투자", "MS의 10억달러 투자". */
    private static final Pattern OWNER_BEFORE = Pattern.compile("의\\s*([0-9][0-9,.]*(만|억|조)?[0-9,.]*(만|억|조)?\\s?"
            + "(달러|원|유로|엔)(\\s?규모의?)?\\s*)?");

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
}
