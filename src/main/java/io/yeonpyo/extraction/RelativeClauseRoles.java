package io.yeonpyo.extraction;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;
import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a relative clause's names are in the act of the sentence: a name inside a clause that describes the next
 * name belongs to that clause; the subject of a relative clause before the trigger acts only there; the name a
 * clause with a subject of its own describes is what its act was done to; the doer of a clause without one is named
 * outside it.
 */
final class RelativeClauseRoles {

    private RelativeClauseRoles() {
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
        Matcher own = OWN_SUBJECT_MARK.matcher(text).region(from, to);
        if (!own.find()) {
            return to;
        }
        Matcher m = SUBJECT_WORD.matcher(text).region(own.end(), to);
        return m.find() ? m.start() : to;
    }

    /** The name's own 이/가, after its title if it has one ("머스크 테슬라 최고경영자(CEO)가"). */
    private static final Pattern OWN_SUBJECT_MARK = Pattern.compile("(이|가)\\s");

    private static final Pattern SUBJECT_WORD = Pattern.compile("(?<=\\s)[가-힣A-Za-z0-9()]+(이|가)\\s");

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
}
