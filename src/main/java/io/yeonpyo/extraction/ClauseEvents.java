package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;
import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;

/**
 * The events of one sentence: for each act ({@link ClauseActs}) its parties, date, amount and headline. Parties and
 * their roles come from the particles after the names ({@link NamedRoles}); a clause without a subject shares the
 * subject of the previous clause, takes the topic of the previous sentences, or continues the previous sentence of its
 * paragraph (zero anaphora); names inside a scene-setting clause, a reason or a relative clause are no parties of the
 * act. The date is the act's own ({@link ActDates}), else the one carried over; the amount is the one in the
 * trigger's predicate.
 */
final class ClauseEvents {

    /** "…할 때", "…던 때": the predicate closes a 때-clause. */
    private static final Pattern TEMPORAL_END = Pattern.compile("[을질할될던는] 때\\s$");
    /**
     * "…하는 상황에서", "…던 가운데": a clause that sets the scene. Only where such clauses end matters, so the
     * pattern is the ending alone, not the word it closes.
     */
    private static final Pattern SCENE_END = Pattern.compile("[는던은] (상황|가운데|와중|사이)(에서|에|에는)?,?\\s");
    private static final List<String> SCENE_WORDS = List.of("상황", "가운데", "와중", "사이");
    /**
     * The end of a reported reason: "…어겼다며", "…공유하지 않았다는 것에". As with scenes, only the ending is
     * matched; the look-ahead skips the letters no alternative starts with.
     */
    private static final Pattern STATED_INTENTION = Pattern.compile("겠(다며|다면서),?\\s$");
    private static final Pattern REASON_END = Pattern.compile(
            "(?=[다라])(?:(다며|라며|다면서|라면서),?\\s|[다라][\"”’'](며|면서),?\\s"
                    + "|(다는|라는) (것에|것을|것이|점에|점을|사실에)\\s)");

    private final Lexicon lexicon;
    private final ObjectVerbs objectVerbs;
    private final NoriWords nori;
    private final ActDates actDates;
    private final Headlines headlines;
    private final ActAmounts amounts;
    private final NamedRoles namedRoles;
    private final EventParties parties;
    private final WhenClauses whenClauses;

    ClauseEvents(Lexicon lexicon, NoriWords nori, ActDates actDates, ObjectVerbs objectVerbs) {
        this.lexicon = lexicon;
        this.objectVerbs = objectVerbs;
        this.nori = nori;
        this.actDates = actDates;
        this.headlines = new Headlines(lexicon);
        this.amounts = new ActAmounts(new AmountParser(lexicon.krwPerUsd()));
        this.namedRoles = new NamedRoles(lexicon);
        this.parties = new EventParties(lexicon);
        this.whenClauses = new WhenClauses(nori);
    }

    List<EventMention> of(AnalyzedSentence s, List<TriggerHit> hits, List<ActorMatcher.Match> matches,
                          NamedRoles.Previous previous, Pronouns pronouns, String topic,
                          ZeroAnaphora.Continuation before, Map<String, String> affiliations, PartialDate publishedOn) {
        if (hits.isEmpty()) {
            return List.of(); // most sentences: no trigger, no event, nothing more to read
        }
        String text = s.text();
        List<EventMention> out = new ArrayList<>();
        Set<String> previousSubjects = Set.of();
        for (ClauseActs.Act act : ClauseActs.of(s, hits, matches, nori, publishedOn)) {
            Clauses.Clause c = act.clause();
            TriggerHit best = act.trigger();
            String clause = text.substring(c.start(), c.end());
            // names after the trigger's own predicate belong to the next predicate ("…영입한다는 소식으로 주가는
            // 올랐고 … 애플을 젖히고"); a subject may come after it ("금요일 잘리고 … 알트먼은")
            int predicateEnd = best.start() + Factuality.predicateOf(text, best.start(), c.end()).length();
            if (FIRST_PERSON.matcher(text).region(c.start(), best.start()).find()) {
                continue; // "제가 … 회사를 떠난다며라고 했을 때": the writer's own story, not a report
            }
            List<Role> all = ClauseRoles.actingFor(text, c, best, namedRoles.in(text, matches, previous, c, pronouns));
            if (best.trigger().type() == EventType.FEUD) {
                all = ClauseRoles.targetsOfCriticism(text, all, best);
            }
            boolean subjectBefore = all.stream().anyMatch(r -> r.grammaticalCase() == Case.SUBJECT
                    && r.end() <= best.start());
            int sceneEnd = Regions.lastMatchEnd(SCENE_END, SCENE_WORDS, text, c.start(), best.start());
            // "MS는 [알트먼이 오픈AI로부터 해임됐을 때] 그를 지지했다": a topic before the subject of a 때-clause
            // belongs to the main clause, not to the event inside the 때-clause
            // and so does one before the subject of a -자 clause ("MS는 [구글이 딥마인드를 인수하자] …")
            int subordinateSubject = TEMPORAL_END.matcher(text.substring(best.start(), predicateEnd)).find()
                    || whenClauses.endsAt(text, predicateEnd)
                    ? all.stream().filter(r -> r.grammaticalCase() == Case.SUBJECT && r.end() <= best.start()
                            && !CaseParticles.isTopic(text, r)).mapToInt(Role::start).max().orElse(-1)
                    : -1;
            int reasonEnd = Regions.lastMatchEnd(REASON_END, text, c.start(), best.start());
            // "머스크와 올트먼 등이 [AI를 만들겠다며] 세웠다": an intention (…겠다며) is the doer's own, and accuses no one
            boolean intention = reasonEnd > c.start() && STATED_INTENTION.matcher(text).region(c.start(), reasonEnd).find();
            List<Role> named = all;
            List<Role> roles = new ArrayList<>(all.stream()
                    .filter(r -> r.start() < predicateEnd || (r.grammaticalCase() == Case.SUBJECT && !subjectBefore))
                    .filter(r -> r.start() >= sceneEnd || CaseParticles.isTopic(text, r))
                    .filter(r -> subordinateSubject < 0 || !(CaseParticles.isTopic(text, r) && r.start() < subordinateSubject))
                    // "머스크는 [오픈AI가 취지를 어겼다며] 알트먼을 고소했다": who is accused in the reason is a
                    // party, but not the one acting; the first subject of the clause is the one acting ("머스크가
                    // [오픈AI의 전환을 중단해 달라며] 가처분을 신청했다")
                    .map(r -> !intention && r.start() < reasonEnd && r.grammaticalCase() == Case.SUBJECT
                            && !CaseParticles.isTopic(text, r)
                            && named.stream().anyMatch(o -> o.grammaticalCase() == Case.SUBJECT && o.end() <= r.start())
                            ? new Role(r.actorIds(), Case.OBJECT, r.start(), r.end()) : r)
                    .toList());
            // "머스크는 [AI 기술이 구글에 뒤쳐진다며] 회사 인수를 시도했다": the other names inside the reason, after
            // the topic, are not parties of the act
            // a reason in quotes ("…"며) starts at its opening quote
            int reasonStart = Math.max(Regions.quoteOpeningBefore(text, c.start(), reasonEnd),
                    roles.stream().filter(r -> r.start() < reasonEnd && CaseParticles.isTopic(text, r))
                            .mapToInt(Role::end).max().orElse(c.start()));
            // those accused in the reason stay, with the names joined to them ("[오픈AI와 올트먼이 …어겼다며]")
            List<Role> accused = roles.stream().filter(r -> r.grammaticalCase() == Case.OBJECT
                    && ClauseRoles.convertedSubject(text, r)).toList();
            roles.removeIf(r -> reasonEnd > c.start() && r.start() >= reasonStart && r.start() < reasonEnd
                    && r.grammaticalCase() != Case.SUBJECT && !accused.contains(r)
                    && accused.stream().noneMatch(a -> Coordination.joins(text, r.end(), a.start()))
                    && !(intention && roles.stream().anyMatch(a -> a.grammaticalCase() == Case.SUBJECT
                    && Coordination.joins(text, r.end(), a.start()))));
            roles.removeIf(r -> RelativeClauseRoles.insideRelativeClause(text, r, best, matches));
            whenClauses.removeParties(text, c, best, roles);
            ClauseRoles.speakerAside(text, roles, best);
            boolean entry = ChronologyLines.startsAsEntry(text);
            if (entry) {
                // "▲2019년 7월 MS, 오픈AI에 10억달러 투자": written like a headline, the name before the comma acts
                roles.replaceAll(r -> r.grammaticalCase() == Case.NONE && text.startsWith(",", r.end())
                        && roles.stream().noneMatch(o -> o.grammaticalCase() == Case.SUBJECT)
                        ? new Role(r.actorIds(), Case.SUBJECT, r.start(), r.end()) : r);
            }
            // "법원은 …을 기각했다", "브렛 테일러 의장은 …을 거절했다": someone the data does not list acts here, and no
            // listed name standing near takes the act from them. The subject's place is taken: no carried subject,
            // topic or previous clause's subject fills it below, and the headline names the doer only by a common
            // noun the data gives (법원 → Court)
            UnlistedSubjects.UnlistedSubject doer = UnlistedSubjects.doerOf(text, c, best, predicateEnd, roles, matches,
                    lexicon, nori);
            if (doer != null) {
                int at = (int) roles.stream().filter(r -> r.start() < doer.start()).count();
                roles.add(at, new Role(List.of(), Case.SUBJECT, doer.start(), doer.end()));
            }
            UnlistedSubjects.UnlistedSubject unlisted = doer;
            RelativeClauseRoles.subjectsOfRelativeClauses(text, roles, best, nori, intention ? reasonEnd : -1);
            RelativeClauseRoles.objectOfRelativeClause(text, roles, best, nori);
            // a verb in adnominal form, read by Nori: a trigger noun with its object particle ("지분을 …에 사들이고")
            // also ends in ㄹ, and describes nothing
            if (objectVerbs.describesItsHead(text, best, matches)
                    && nori.modifierBetween(text, best.start(), NoriWords.wordEnd(text, best.start()))) {
                // "오픈AI는 [머스크와 올트먼 등이 세운] 비영리 연구소로 출발했다", "오픈AI는 [머스크 등이 설립한] AI
                // 연구 기업이다": what the relative clause founded is the organisation the topic is said to be
                roles.replaceAll(r -> CaseParticles.isTopic(text, r) && r.end() <= best.start()
                        && r.actorIds().stream().allMatch(id -> !isPerson(id))
                        ? new Role(r.actorIds(), Case.DIRECT_OBJECT, r.start(), r.end()) : r);
            }
            if (objectVerbs.actsOnOrganisations(best.trigger().type())) {
                ClauseRoles.topicalisedObject(text, roles, best, this::isPerson);
            }
            if (unlisted == null && roles.stream().noneMatch(r -> r.grammaticalCase() == Case.SUBJECT)) {
                unlisted = UnlistedSubjects.unknownSubjectBefore(text, c.start(), best.start(), matches, nori);
                if (unlisted != null) {
                    roles.add(0, new Role(List.of(), Case.SUBJECT, unlisted.start(), unlisted.end()));
                }
            }
            boolean unknownActs = unlisted != null;
            boolean continues = !entry && s.dates().isEmpty() && before.subject() != null
                    && roles.stream().noneMatch(r -> r.grammaticalCase() == Case.SUBJECT)
                    && !ClauseSubjects.ownedNominalAct(text, best, roles)
                    && (previousSubjects.isEmpty() || c.start() == 0)
                    && !ClauseSubjects.otherSubject(text, c, best.start(), predicateEnd, matches, false) && before.date() != null;
            // a clause that names no one but has its own date ("AGI 조항은 …, 2025년 들어 무기로 변모했다") is about
            // the parties of the previous sentence, at its own time
            // "▲2024년 2월 머스크, 소송 ▲같은 해 6월 11일 = 소송 자진 취하": an entry that names no one goes on with
            // the entry before it, as a box lists one party's acts
            boolean entryGoesOn = entry && ChronologyLines.startsAsEntry(previous.text());
            boolean ownDateSameParties = !continues && (!entry || entryGoesOn) && roles.isEmpty()
                    && before.subject() != null
                    && !s.dates().isEmpty() && actDates.dateFor(s, c, best, hits) != null && c.start() == 0
                    && namesNoOne(matches, c)
                    && !ClauseSubjects.otherSubject(text, c, best.start(), predicateEnd, matches, true);
            if (continues || ownDateSameParties) {
                if (roles.stream().allMatch(r -> r.grammaticalCase() == Case.MODIFIER)) {
                    // a person joins or leaves a company, not the other people named before
                    before.others().stream().filter(id -> best.trigger().type() != EventType.PERSONNEL
                                    || !isPerson(before.subject()) || !isPerson(id))
                            .forEach(id -> roles.add(new Role(List.of(id), Case.OBJECT, c.start(), c.start())));
                }
                roles.add(0, new Role(List.of(before.subject()), Case.SUBJECT, c.start(), c.start()));
            } else if (roles.isEmpty() && before.subject() == null && c.start() == 0 && !s.dates().isEmpty()
                    && actDates.dateFor(s, c, best, hits) != null
                    && namesNoOne(matches, c)
                    && !ClauseSubjects.otherSubject(text, c, best.start(), predicateEnd, matches, true)) {
                // "…판사는 가처분 신청을 기각했다. 배심원 재판은 내년 3월 16일 시작될 예정이다": the same when the
                // sentence before told an act of someone unnamed, about named parties
                // the one who did that act (named first) goes on doing, with the others
                List<String> parties = previous.told().stream().flatMap(m -> m.actors().stream()).distinct().toList();
                for (int k = 0; k < parties.size(); k++) {
                    roles.add(new Role(List.of(parties.get(k)), k == 0 ? Case.SUBJECT : Case.OBJECT, c.start(),
                            c.start()));
                }
            }
            if (roles.isEmpty() && topic != null && !entry && c.start() == 0 && !s.dates().isEmpty()
                    && actDates.dateFor(s, c, best, hits) != null
                    && namesNoOne(matches, c)
                    && !ClauseSubjects.otherSubject(text, c, best.start(), predicateEnd, matches, true)
                    && !OWN_TOPIC.matcher(text).region(c.start(), Math.max(c.start(), predicateEnd)).find()) {
                // "머스크는 …소송을 냈다. ¶ 이후 지난해 6월 소송을 취하했다가 …": a new paragraph that names no one
                // and dates its act goes on with the article's topic, unless it has a topic of its own ("AGI 조항은")
                roles.add(new Role(List.of(topic), Case.SUBJECT, c.start(), c.start()));
            }
            if (roles.stream().noneMatch(r -> r.grammaticalCase() == Case.SUBJECT) && !previousSubjects.isEmpty()
                    && c.start() > 0) {
                List<String> carried = whenClauses.endsBefore(text, c.start())
                        ? WhenClauses.mainSubjectBefore(text, c.start(), matches) : List.copyOf(previousSubjects);
                if (!carried.isEmpty()) {
                    roles.add(0, new Role(carried, Case.SUBJECT, c.start(), c.start()));
                }
            }
            // "오픈AI는 …를 공개하며, … 위선을 지적했다": a later clause without a subject goes on with the topic
            // (은/는) an earlier clause of the sentence opened
            if (roles.stream().noneMatch(r -> r.grammaticalCase() == Case.SUBJECT) && c.start() > 0) {
                matches.stream().filter(m -> m.role() == ActorMatcher.Role.ACTOR && m.end() <= c.start())
                        .map(m -> new Role(List.of(m.actorId()), CaseParticles.caseAfter(text, m.end()), m.start(), m.end()))
                        .filter(r -> CaseParticles.isTopic(text, r)).findFirst()
                        .ifPresent(t -> roles.add(0, new Role(t.actorIds(), Case.SUBJECT, c.start(), c.start())));
            }
            if (roles.stream().allMatch(r -> r.grammaticalCase() == Case.MODIFIER)) {
                continue;
            }
            if (roles.stream().noneMatch(r -> r.grammaticalCase() == Case.SUBJECT)
                    && ClauseSubjects.otherSubjectBefore(text, c.start(), best.start(), matches)) {
                continue; // "오픈 AI 엔지니어 중 700명이 회사를 그만두고": the one acting is not named
            }
            List<Role> ownRoles = ClauseRoles.withoutPurposeObjects(text, c, best, roles, this::isPerson);
            List<Role> adjusted = Coordination.jointSubjects(text, ClauseRoles.ownerOfBackgroundEvent(text, best,
                    RelativeClauseRoles.actorOutsideRelativeClause(text, best, ownRoles)));
            roles.clear();
            roles.addAll(adjusted);
            if (topic != null && !entry && ClauseSubjects.takesTopic(text, c, best, predicateEnd, roles, matches)
                    && roles.stream().noneMatch(r -> r.actorIds().contains(topic))) {
                roles.add(0, new Role(List.of(topic), Case.SUBJECT, c.start(), c.start()));
            }
            DateMention date = actDates.dateFor(s, c, best, hits);
            if (date == null && continues) {
                DateMention d = before.date();
                date = new DateMention(d.text(), -1, -1, d.resolved(), d.derivation().around("carried.previous"));
            } else if (date == null && s.dates().isEmpty() && c.start() == 0) {
                date = ActDates.rightAfterPrevious(text, previous.dates());
            }
            if (date == null && s.dates().isEmpty()) {
                date = ActDates.statedTimeBefore(previous.text(), previous.dates());
            }
            TriggerHit trigger = RulingsOnDeals.act(best, roles, c, matches, lexicon);
            Amount amount = amounts.of(text.substring(c.start(), Math.max(c.start(), predicateEnd)),
                    trigger.trigger().type());
            if (doer != null && doer.named() && roles.size() == 1 && previous.sameParagraph()
                    && matches.stream().noneMatch(m -> m.start() >= c.start() && m.end() <= c.end())) {
                // "법원은 머스크의 손을 들어주지 않았다. 로저스 판사는 가처분 신청을 기각했다": a court acts on the dispute
                // the sentence before named, whose parties it leaves unsaid
                Set<String> disputed = new LinkedHashSet<>();
                previous.told().forEach(m -> disputed.addAll(m.actors()));
                previous.matches().stream().filter(m -> m.role() == ActorMatcher.Role.ACTOR)
                        .forEach(m -> disputed.add(m.actorId()));
                disputed.forEach(id -> roles.add(new Role(List.of(id), Case.POSSESSIVE, c.start(), c.start())));
            }
            Headlines.Built built = headlines.build(trigger, roles, amount, text);
            List<String> actorIds = parties.of(text, c, roles, built, matches, affiliations,
                    trigger.trigger().type(), unknownActs, doer != null);
            Headlines.Built told = DELIBERATED.matcher(text).region(best.start(), predicateEnd).find()
                    ? built.deliberated() : built;
            EventMention previousAct = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previousAct != null && built.objects().isEmpty() && !built.subjects().isEmpty()
                    && built.subjects().equals(previousSubjects) && (previousAct.type() == trigger.trigger().type()
                    || ClauseSubjects.namesNoOtherParty(s, c.start(), best.start()))) {
                // "…소송을 냈다가 넉 달 뒤 취하했고", "…손잡았다가 두 달 만에 결별했고": the clauses of one sentence
                // that share a subject share its other parties too, when they tell acts of one kind or name no
                // other party at all
                previousAct.actors().stream().filter(id -> !actorIds.contains(id)).forEach(actorIds::add);
            }
            previousSubjects = built.subjects();
            boolean planned = Factuality.plannedAhead(s, c, trigger, publishedOn);
            if (planned && date == null) {
                continue; // a plan without a date is no event of the timeline
            }
            if (previousAct != null && previousAct.type() == trigger.trigger().type()
                    && RESTATED.contains(previousAct.type())
                    && Set.copyOf(previousAct.actors()).equals(Set.copyOf(actorIds))
                    && java.util.Objects.equals(previousAct.date(), date == null ? null : date.resolved())) {
                continue; // "오픈AI와 손잡고 챗GPT를 시리에 통합한다고": one act told twice, in its own words
            }
            out.add(new EventMention(s.index(), text, clause.strip(), trigger.trigger().type(), actorIds,
                    date == null ? null : date.resolved(), date == null ? null : date.text(),
                    date == null ? null : date.derivation(), amount, told.headline(), told.headlineEn(),
                    planned ? Timing.PLANNED : Timing.DONE));
        }
        return out;
    }

    /** Whether the clause names no one but as an affiliation or a product's maker. */
    private static boolean namesNoOne(List<ActorMatcher.Match> matches, Clauses.Clause c) {
        return matches.stream().filter(m -> m.start() >= c.start() && m.end() <= c.end())
                .allMatch(m -> m.role() == ActorMatcher.Role.AFFILIATION || m.role() == ActorMatcher.Role.PRODUCT);
    }

    private boolean isPerson(String actorId) {
        return parties.isPerson(actorId);
    }

    /** "제가", "저는", "나는": the writer speaks of themself. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![가-힣])(제가|저는|저도|내가|나는|저희가|저희는)(?=\\s)");

    /** Deals a sentence often tells twice in its own words: "오픈AI와 손잡고 챗GPT를 시리에 통합한다고". */
    private static final Set<EventType> RESTATED = Set.of(EventType.PARTNERSHIP, EventType.CONTRACT);

    /** A topic of the clause's own, named or not: "AGI 조항은 ", "회사는 ". */
    private static final Pattern OWN_TOPIC = Pattern.compile("[가-힣A-Za-z0-9)](은|는)\\s");

    private static final Pattern DELIBERATED = Pattern.compile("검토(했|한|하였)");
}
