package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;

/**
 * The acts a sentence tells: its clauses, and in each the trigger that is the clause's act. A clause tells an act
 * when a trigger's own predicate states a fact (no guess, question, reading or plan without a date), when the
 * trigger is not merely what is talked about ("…에 대해"), and when it is not background inside a relative clause;
 * of several, the highest-priority trigger wins.
 */
final class ClauseActs {

    /** A clause and the trigger that is its act. */
    record Act(Clauses.Clause clause, TriggerHit trigger) {
    }

    private ClauseActs() {
    }

    static List<Act> of(AnalyzedSentence s, List<TriggerHit> hits, List<ActorMatcher.Match> matches, NoriWords nori,
                        PartialDate publishedOn) {
        String text = s.text();
        // a part carries its own event when it names someone, or when it follows another part and its trigger is
        // a verb: coordinated clauses share their subject ("143억 달러를 투자하고 알렉산더 왕 CEO를 영입했다")
        Set<TriggerHit> verbs = new java.util.HashSet<>();
        hits.stream().filter(h -> isVerb(text, h)).forEach(verbs::add);
        // a first part that names no one goes on with the subject before the sentence when no one else can be its
        // subject: the sentence names no one ("이후 소송을 취하했다가 8월 다시 소송을 냈다"), or the next part opens
        // with a subject of its own ("그러나 2019년 이사회에서 물러났고, 오픈AI는 …"); in "금요일 잘리고 월요일부터
        // 출근하니 알트먼은" the name after is the first part's subject too
        boolean sentenceNamesNoOne = matches.stream().allMatch(m -> m.role() == ActorMatcher.Role.AFFILIATION);
        Clauses.PartTest namesNoOne = (from, to) -> matches.stream().noneMatch(m -> m.start() >= from
                && m.end() <= to && m.role() != ActorMatcher.Role.AFFILIATION)
                && (sentenceNamesNoOne || matches.stream().anyMatch(m -> m.role() == ActorMatcher.Role.ACTOR
                && m.start() >= to && SPACES_AND_COMMAS.matcher(text).region(to, m.start()).matches()
                && CaseParticles.caseAfter(text, m.end()) == ArticleAnalyzer.Case.SUBJECT));
        Clauses.PartTest standsAlone = (from, to) -> hits.stream().anyMatch(h -> h.start() >= from && h.start() < to
                && ((from > 0 || namesNoOne.test(from, to)) && (verbs.contains(h) || objectOfLastVerb(text, h, to))))
                || hits.stream().anyMatch(h -> h.start() >= from && h.start() < to)
                && matches.stream().anyMatch(m -> m.start() >= from && m.end() <= to
                && m.role() != ActorMatcher.Role.AFFILIATION);
        List<Clauses.Clause> clauses = splitAfterDatedNominalActs(s, hits,
                splitAtDates(s, hits, SequentialClauses.split(text, hits, Clauses.split(text, standsAlone),
                        standsAlone), standsAlone), standsAlone);
        List<Act> out = new ArrayList<>();
        for (Clauses.Clause c : clauses) {
            TriggerHit act = actOf(s, c, hits, matches, nori, publishedOn);
            if (act != null) {
                out.add(new Act(c, act));
            }
        }
        return out;
    }

    /** The clause's act: its highest-priority factual trigger that is no matter talked about and no background. */
    private static TriggerHit actOf(AnalyzedSentence s, Clauses.Clause c, List<TriggerHit> hits,
                                    List<ActorMatcher.Match> matches, NoriWords nori, PartialDate publishedOn) {
        String text = s.text();
        List<TriggerHit> inClause = hits.stream().filter(h -> h.start() >= c.start() && h.start() < c.end())
                .toList();
        if (inClause.isEmpty()) {
            return null;
        }
        if (STOCK_MOVE.matcher(text).region(c.start(), c.end()).find()) {
            // how the market took the news ("영입 발표 이튿날 MS 주가는 2% 올랐다") is no act: only an act told as a
            // verb stands ("MS가 알트먼을 영입한다는 소식으로 주가는 올랐다")
            inClause = inClause.stream().filter(h -> isVerb(text, h)).toList();
            if (inClause.isEmpty()) {
                return null;
            }
        }
        // a trigger counts only when its own predicate states a fact (up to the next connective ending), and
        // when no question or reading covers it: "임원을 지명하며, … 견제구를 던졌다는 해석도 나온다" reads the
        // second act, the first one before the comma is reported as done
        Map<Integer, Boolean> readingUpTo = new HashMap<>(); // triggers of one statement share the answer
        Map<Integer, Boolean> notAFact = new HashMap<>(); // and triggers at one offset share their predicate
        List<TriggerHit> factual = inClause.stream()
                .filter(h -> !readingUpTo.computeIfAbsent(Factuality.statementEnd(text, h.start(), c.end()),
                        end -> Factuality.asksOrReads(text.substring(c.start(), end))))
                .filter(h -> !notAFact.computeIfAbsent(h.start(), at -> Factuality.speculates(
                        Factuality.withNextWord(text, Factuality.predicateOf(text, at, c.end()), at, c.end())))
                        || Factuality.plannedAhead(s, c, h, publishedOn)).toList();
        if (factual.isEmpty()) {
            return null;
        }
        // "머스크의 인수 제안에 대해 … 일축했다", "수익 배분 비율을 두고 갈등": a trigger noun followed by 에 대해 or
        // 을 두고 names what is talked about, not an act of the sentence
        List<TriggerHit> acts = factual.stream()
                .filter(h -> !MATTER.matcher(text).region(h.end(), text.length()).lookingAt())
                .filter(h -> !describesAName(s, c, h, matches, nori)).toList();
        if (acts.isEmpty()) {
            return null;
        }
        // an act told inside a relative clause ("2022년 인수한 X를 … 매각했다", "라이선스를 획득한 MS를
        // 비판했다") describes a noun of a later act: a trigger with a relative clause closing between it and a
        // later trigger verb is background, whatever the priorities of the two words; a later trigger noun is
        // the head the clause describes ("…투자하며 시작된 협력이"), not an act
        // "아마존이 첫 투자를 발표한 지 한 달 뒤 구글도 투자했다": an act counted from ("…한 지") only says when
        List<TriggerHit> main = acts.size() < 2 ? acts : acts.stream()
                .filter(h -> acts.stream().noneMatch(later -> later.start() >= h.end() && isVerb(text, later)
                        && (nori.modifierBetween(text, h.start(), later.start())
                        || SINCE.matcher(text).region(h.end(), later.start()).find()))).toList();
        return (main.isEmpty() ? acts : main).stream()
                .max(Comparator.comparingInt((TriggerHit h) -> h.trigger().priority())
                        .thenComparingInt(h -> h.trigger().word().length())
                        .thenComparingInt(h -> -h.start()))
                .orElseThrow();
    }

    /** What may stand between two parts and the subject after them; what may close a part after its verb. */
    private static final Pattern SPACES_AND_COMMAS = Pattern.compile("[\\s,]*");
    private static final Pattern PART_END = Pattern.compile("[,.]?\\s*");

    /** A clause about a share price: "MS 주가는 … 올랐다", "주가가 급락했다". */
    private static final Pattern STOCK_MOVE = Pattern.compile("주가(는|가|도)\\s");

    /** "…발표한 지 한 달 뒤": a time counted from an act. */
    private static final Pattern SINCE = Pattern.compile("[가-힣]*[한된난은린진]\\s지\\s");

    /** How far a name may follow the trigger whose relative clause describes it: "해임된 ", "투자를 받은 ". */
    private static final int DESCRIBED_NAME_REACH = 8;

    /**
     * "오픈AI에서 해임된 샘 올트먼이 …을 이끌기로 했다", "오픈AI를 공동 창업한 머스크는": a relative clause that
     * describes a person or company by a past act is background of the sentence, not its news. Such a clause makes no
     * event unless it carries its own date ("지난 10일 인수를 제안한 머스크는"), which dates the act it tells.
     */
    private static boolean describesAName(AnalyzedSentence s, Clauses.Clause c, TriggerHit h,
                                          List<ActorMatcher.Match> matches, NoriWords nori) {
        String text = s.text();
        ActorMatcher.Match described = matches.stream()
                .filter(m -> m.start() >= h.end() && m.start() - h.end() <= DESCRIBED_NAME_REACH
                        && (m.role() == ActorMatcher.Role.ACTOR || m.role() == ActorMatcher.Role.AFFILIATION))
                .findFirst().orElse(null);
        if (described == null || text.substring(h.end(), described.start()).chars().filter(ch -> ch == ' ').count() > 2
                || !nori.modifierBetween(text, NoriWords.wordEndBefore(text, described.start()) - 1,
                NoriWords.wordEndBefore(text, described.start()))) {
            return false;
        }
        return s.dates().stream().noneMatch(d -> d.start() >= c.start() && d.end() <= h.start()
                && ActDates.usableDate(text, d));
    }

    /** What follows a noun that is talked about: "…에 대해", "…을 두고", with the rest of its noun phrase. */
    private static final Pattern MATTER = Pattern.compile("^[가-힣A-Za-z0-9]*?(\\s+[가-힣A-Za-z0-9]+?)?\\s*"
            + "(에\\s?대해|에\\s?대한|에\\s?관해|에\\s?관한|[을를]\\s?두고|[을를]\\s?둘러싼|[을를]\\s?놓고)(?![가-힣])");

    /**
     * A date that follows one event and precedes another in the same clause opens the second one: "2018년 … 만남으로
     * 시작한 이들의 관계는 | 2019년 머스크가 오픈AI를 떠나고" — each act keeps its own date. Both parts must hold a
     * trigger and a name.
     */
    private static List<Clauses.Clause> splitAtDates(AnalyzedSentence s, List<TriggerHit> hits,
                                                     List<Clauses.Clause> clauses, Clauses.PartTest standsAlone) {
        if (s.dates().size() < 2) {
            return clauses;
        }
        List<Clauses.Clause> out = new ArrayList<>();
        for (Clauses.Clause c : clauses) {
            int from = c.start();
            for (DateMention d : s.dates()) {
                if (d.start() <= from || d.start() >= c.end() || !ActDates.usableDate(s.text(), d)) {
                    continue;
                }
                int cut = d.start();
                int partStart = from;
                boolean before = hits.stream().anyMatch(h -> h.start() >= partStart && h.end() <= cut);
                boolean after = hits.stream().anyMatch(h -> h.start() >= d.end() && h.start() < c.end());
                boolean datedBefore = s.dates().stream().anyMatch(x -> x.start() >= partStart && x.end() <= cut
                        && ActDates.usableDate(s.text(), x));
                if (before && after && datedBefore && !objectBefore(s.text(), cut)
                        && standsAlone.test(from, cut) && standsAlone.test(cut, c.end())) {
                    out.add(new Clauses.Clause(from, cut));
                    from = cut;
                }
            }
            out.add(new Clauses.Clause(from, c.end()));
        }
        return out;
    }

    /**
     * "머스크가 지난해 8월 제기한 소송을 | 3일 기각했다": a word with its object particle right before the date is the
     * object of the verb after it (the day stands between them), so no clause ends there.
     */
    private static boolean objectBefore(String text, int dateStart) {
        int end = NoriWords.wordEndBefore(text, dateStart);
        return end > 1 && (text.charAt(end - 1) == '을' || text.charAt(end - 1) == '를')
                && ActorMatcher.isHangul(text.charAt(end - 2));
    }

    /** A temporal noun after a noun: "해임 이후", "복귀 직후", "첫 투자 뒤에". */
    private static final Pattern AFTER_NOUN = Pattern.compile("(?<=[가-힣])\\s+" + Clauses.AFTER_NOUN_WORD + ",?\\s+");

    /** A clause that opens with its own subject or topic, a title with it or not: "MS는", "나델라 CEO가". */
    private static final Pattern OWN_SUBJECT_FIRST = Pattern.compile("(\\S+\\s)?\\S+?(은|는|이|가)\\s");

    /**
     * "2023년 11월 알트먼 해임 이후 | MS는 오픈AI 이사회에 합류했다": an act told as a noun with its own date, before
     * 이후/직후/뒤 and a clause with a subject of its own, is an event of its own that happened before the next one;
     * undated, it only sets the scene. Inside one subject's clause it is that subject's earlier act ("MS는 2019년 첫
     * 투자 이후 …를 쏟아부었다").
     */
    private static List<Clauses.Clause> splitAfterDatedNominalActs(AnalyzedSentence s, List<TriggerHit> hits,
                                                                   List<Clauses.Clause> clauses,
                                                                   Clauses.PartTest standsAlone) {
        String text = s.text();
        List<Clauses.Clause> out = new ArrayList<>();
        for (Clauses.Clause c : clauses) {
            int from = c.start();
            Matcher after = AFTER_NOUN.matcher(text).region(c.start(), c.end());
            while (after.find()) {
                int nounEnd = after.start();
                int partStart = from;
                int cut = after.end();
                boolean nominalAct = hits.stream().anyMatch(h -> h.start() >= partStart && h.end() == nounEnd);
                boolean dated = s.dates().stream().anyMatch(d -> d.start() >= partStart && d.end() <= nounEnd
                        && ActDates.usableDate(text, d));
                if (nominalAct && dated && OWN_SUBJECT_FIRST.matcher(text).region(cut, c.end()).lookingAt()
                        && standsAlone.test(from, cut) && standsAlone.test(cut, c.end())) {
                    out.add(new Clauses.Clause(from, cut));
                    from = cut;
                }
            }
            out.add(new Clauses.Clause(from, c.end()));
        }
        return out;
    }

    /** What follows a trigger that is a verb: "하", "했"… after a noun, or an ending after an inflected stem ("떠났다", "물러났고"). */
    private static final Pattern VERB_AFTER_TRIGGER = Pattern.compile("^(하|했|한|할|해|됐|되|된|돼|시켰|시키|시킨|시켜|받았|받은|받고|받아|내|냈|났|나|았|었|잡|다|고|며|으며|면서)");

    /**
     * "…취하했고, 지난해 7월 다시 소송을 제기했다": a trigger noun that is the object of the part's last verb is the
     * part's act, as much as a trigger verb is.
     */
    private static boolean objectOfLastVerb(String text, TriggerHit h, int partEnd) {
        String particle = ActorMatcher.hangulRun(text, h.end());
        if (!particle.equals("을") && !particle.equals("를")) {
            return false;
        }
        int verbStart = NoriWords.wordStartAfter(text, h.end() + 1);
        int verbEnd = NoriWords.wordEnd(text, verbStart);
        return verbStart < partEnd && PART_END.matcher(text).region(verbEnd, Math.max(verbEnd, partEnd)).matches();
    }

    /** "영입했다", "끝내게 됐다": the trigger is the clause's verb, not a noun in it ("협력이 전환점을 맞았다"). */
    static boolean isVerb(String text, TriggerHit h) {
        return VERB_AFTER_TRIGGER.matcher(ActorMatcher.hangulRun(text, h.end())).find()
                || VERB_FORM.matcher(h.trigger().word()).find();
    }

    /** A trigger that is itself a verb in a past, decided or joining form: "넣었", "넣기로", "세웠", "넣고". */
    private static final Pattern VERB_FORM = Pattern.compile("(었|았|웠|였|했|렸|졌|기로|고)$");

}
