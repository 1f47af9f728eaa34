package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Korean article text → sentences, dates and events. Plain Java: no Spring, no JPA, safe to share between threads.
 *
 * <p>For each body sentence: names are found ({@link ActorMatcher}), the sentence is cut into clauses at connective
 * endings ({@link Clauses}), and a clause with a trigger word ({@code event-types.yml}) and a participant becomes an
 * event of the highest-priority trigger type, unless its predicate speculates, asks, plans, negates or reports a
 * reading ("…다는 분석이다"). Participants and their roles come from the particles after the names; a clause without
 * a subject shares the subject of the previous clause or takes the topic of the previous sentences; a sentence with
 * neither a date nor a subject of its own continues the previous sentence of its paragraph (Korean zero anaphora). The
 * date is the clause's own date expression, else the nearest one before it in the same sentence, else the one carried
 * over; a date between two events of one clause opens the second. The amount is the one in the trigger's predicate.
 * Every rule is about Korean grammar or page layout, never about one article or outlet.
 */
public final class ArticleAnalyzer {

    private static final Pattern TEMPORAL_END = Pattern.compile("[을질할될던는] 때\\s$");
    /** The end of an adverbial clause ("…할 수 있는 상황에서", "…겪는 가운데,") that sets the scene for the main one. */
    /**
     * "…하는 상황에서", "…던 가운데": a clause that sets the scene. Only where such clauses end matters, so the
     * pattern is the ending alone, not the word it closes.
     */
    private static final Pattern SCENE_END = Pattern.compile("[는던은] (상황|가운데|와중|사이)(에서|에|에는)?,?\\s");

    private final Lexicon lexicon;
    private final ActorMatcher matcher;
    private final AmountParser amounts;
    private final Headlines headlines;
    private final ContractTerms contractTerms;
    private final NoriWords nori;
    private final ActDates actDates;
    private final DatedNounActs datedNounActs;
    private final TriggerWords triggerWords;

    public ArticleAnalyzer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.triggerWords = new TriggerWords(lexicon);
        this.matcher = new ActorMatcher(lexicon);
        this.amounts = new AmountParser(lexicon.krwPerUsd());
        this.headlines = new Headlines(lexicon);
        this.contractTerms = new ContractTerms(lexicon);
        this.nori = NoriWords.withDictionary(lexicon.noriUserDictionary());
        this.actDates = new ActDates(nori);
        this.datedNounActs = new DatedNounActs(lexicon, nori);
    }

    /**
     * @param body        article text without its front matter, raw (page clutter included)
     * @param publishedOn publication date used to resolve relative dates, or null when unknown
     */
    public AnalyzedArticle analyze(String body, PartialDate publishedOn) {
        AnalyzedArticle read = readSentences(body, publishedOn);
        return new AnalyzedArticle(read.sentences(), LeadDating.date(read.sentences(), read.mentions(), publishedOn));
    }

    /**
     * The events each sentence tells on its own, before the article-level stages (the lead's date): what the
     * sentence-level cases test.
     */
    AnalyzedArticle readSentences(String body, PartialDate publishedOn) {
        List<SentenceSplitter.Piece> pieces = SentenceSplitter.split(body);
        List<AnalyzedSentence> sentences = new ArrayList<>();
        PartialDate context = publishedOn;
        int[] paragraphs = new int[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            SentenceSplitter.Piece p = pieces.get(i);
            paragraphs[i] = p.paragraph();
            List<DateMention> dates = DateExpressions.find(p.text(), publishedOn, context);
            for (DateMention d : dates) {
                // a date that refers back ("이날", "그해") points at the article's text, never at a caption or a banner
                if (d.resolved() != null && p.kind() == SentenceKind.BODY) {
                    context = d.resolved();
                }
            }
            sentences.add(new AnalyzedSentence(i, p.text(), p.kind(), dates));
        }

        Map<Integer, List<ActorMatcher.Match>> actorsBySentence = new HashMap<>();
        for (AnalyzedSentence s : sentences) {
            if (s.kind() == SentenceKind.BODY) {
                actorsBySentence.put(s.index(), matcher.find(s.text()));
            }
        }
        Pronouns pronouns = Pronouns.of(lexicon, actorsBySentence.values());
        Map<String, String> affiliations = affiliationsOf(actorsBySentence.values());
        resolveHe(sentences, actorsBySentence);

        List<EventMention> mentions = new ArrayList<>();
        String topic = null;
        List<ActorMatcher.Match> previous = List.of();
        String previousText = "";
        ZeroAnaphora.Continuation carried = ZeroAnaphora.Continuation.NONE;
        int previousParagraph = -1;
        for (AnalyzedSentence s : sentences) {
            if (s.kind() == SentenceKind.BODY) {
                List<ActorMatcher.Match> matches = actorsBySentence.get(s.index());
                // zero anaphora reaches back within a paragraph only
                ZeroAnaphora.Continuation before = paragraphs[s.index()] == previousParagraph ? carried
                        : ZeroAnaphora.Continuation.NONE;
                List<TriggerHit> hits = triggerWords.find(s.text());
                List<EventMention> told = eventsOf(s, hits, matches, new Previous(previousText, previous), pronouns,
                        topic, before, affiliations, publishedOn);
                List<EventMention> terms = contractTerms.find(s, matches,
                        pronouns.resolve(ActorMatcher.Role.COMPANY_PRONOUN));
                if (!terms.isEmpty()) {
                    // the agreement the term belongs to is the term itself, not an undated deal of its own
                    told = told.stream().filter(m -> m.type() != EventType.CONTRACT || m.date() != null).toList();
                }
                mentions.addAll(told);
                mentions.addAll(terms);
                if (!s.dates().isEmpty() && !hits.isEmpty()) {
                    mentions.addAll(datedNounActs.find(s, hits, matches, told));
                }
                carried = ZeroAnaphora.continuationOf(s, matches, before, nori);
                topic = ZeroAnaphora.topicOf(s.text(), matches, topic);
                previous = matches;
                previousText = s.text();
                previousParagraph = paragraphs[s.index()];
            }
        }
        return new AnalyzedArticle(sentences, mentions);
    }

    /** Types whose acts a person does on behalf of a company: hiring, firing, a board's decision. */
    private static final Set<EventType> ACTS_FOR_A_COMPANY = Set.of(EventType.PERSONNEL, EventType.BOARD);

    /**
     * The company each person is introduced with in the article ("사티아 나델라 MS 최고경영자", "구글 딥마인드
     * 창립자인 무스타파 슐레이먼"): the first company named as their affiliation, next to them.
     */
    private Map<String, String> affiliationsOf(java.util.Collection<List<ActorMatcher.Match>> sentences) {
        Map<String, String> out = new HashMap<>();
        for (List<ActorMatcher.Match> matches : sentences) {
            for (ActorMatcher.Match a : matches) {
                if (a.role() != ActorMatcher.Role.AFFILIATION) {
                    continue;
                }
                matches.stream().filter(p -> p.role() == ActorMatcher.Role.ACTOR && isPerson(p.actorId())
                                && Math.max(p.start() - a.end(), a.start() - p.end()) <= AFFILIATION_REACH)
                        .min(Comparator.comparingInt(p -> Math.abs(p.start() - a.start())))
                        .ifPresent(p -> out.putIfAbsent(p.actorId(), a.actorId()));
            }
        }
        return out;
    }

    /** How far a company introduced as someone's affiliation may stand from their name, in characters. */
    private static final int AFFILIATION_REACH = 12;

    /**
     * "그" is the one person named just before it: earlier in the same sentence, or else in the previous sentence.
     * With two people in view it stays unresolved and is dropped.
     */
    private void resolveHe(List<AnalyzedSentence> sentences, Map<Integer, List<ActorMatcher.Match>> bySentence) {
        Set<String> previousPeople = Set.of();
        for (AnalyzedSentence s : sentences) {
            List<ActorMatcher.Match> matches = bySentence.get(s.index());
            if (matches == null) {
                continue;
            }
            List<ActorMatcher.Match> resolved = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (ActorMatcher.Match m : matches) {
                if (m.role() == ActorMatcher.Role.PERSON_PRONOUN) {
                    Set<String> candidates = seen.isEmpty() ? previousPeople : seen;
                    if (candidates.size() == 1) {
                        resolved.add(new ActorMatcher.Match(candidates.iterator().next(), m.start(), m.end(),
                                m.surface(), ActorMatcher.Role.ACTOR));
                    }
                    continue;
                }
                if (m.role() == ActorMatcher.Role.ACTOR && isPerson(m.actorId())) {
                    seen.add(m.actorId());
                }
                resolved.add(m);
            }
            bySentence.put(s.index(), resolved);
            if (!seen.isEmpty()) {
                previousPeople = Set.copyOf(seen);
            }
        }
    }

    private boolean isPerson(String actorId) {
        return lexicon.actor(actorId).map(a -> a.kind() == ActorKind.PERSON).orElse(false);
    }

    private List<EventMention> eventsOf(AnalyzedSentence s, List<TriggerHit> hits, List<ActorMatcher.Match> matches,
                                        Previous previous, Pronouns pronouns, String topic,
                                        ZeroAnaphora.Continuation before,
                                        Map<String, String> affiliations, PartialDate publishedOn) {
        String text = s.text();
        if (hits.isEmpty()) {
            return List.of(); // most sentences: no trigger, no event, nothing more to read
        }
        // a part carries its own event when it names someone, or when it follows another part and its trigger is
        // a verb: coordinated clauses share their subject ("143억 달러를 투자하고 알렉산더 왕 CEO를 영입했다")
        Set<TriggerHit> verbs = new java.util.HashSet<>();
        hits.stream().filter(h -> isVerb(text, h)).forEach(verbs::add);
        Clauses.PartTest standsAlone = (from, to) -> hits.stream().anyMatch(h -> h.start() >= from && h.start() < to
                && (from > 0 && verbs.contains(h)))
                || hits.stream().anyMatch(h -> h.start() >= from && h.start() < to)
                && matches.stream().anyMatch(m -> m.start() >= from && m.end() <= to
                && m.role() != ActorMatcher.Role.AFFILIATION);
        List<Clauses.Clause> clauses = splitAtDates(s, hits, Clauses.split(text, standsAlone), standsAlone);
        List<EventMention> out = new ArrayList<>();
        Set<String> previousSubjects = Set.of();
        for (Clauses.Clause c : clauses) {
            List<TriggerHit> inClause = hits.stream().filter(h -> h.start() >= c.start() && h.start() < c.end())
                    .toList();
            if (inClause.isEmpty()) {
                continue;
            }
            String clause = text.substring(c.start(), c.end());
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
                continue;
            }
            // "머스크의 인수 제안에 대해 … 일축했다", "수익 배분 비율을 두고 갈등": a trigger noun followed by 에 대해 or
            // 을 두고 names what is talked about, not an act of the sentence
            List<TriggerHit> acts = factual.stream()
                    .filter(h -> !MATTER.matcher(text).region(h.end(), text.length()).lookingAt()).toList();
            if (acts.isEmpty()) {
                continue;
            }
            // an act told inside a relative clause ("2022년 인수한 X를 … 매각했다", "라이선스를 획득한 MS를
            // 비판했다") describes a noun of a later act: a trigger with a relative clause closing between it and a
            // later trigger verb is background, whatever the priorities of the two words; a later trigger noun is
            // the head the clause describes ("…투자하며 시작된 협력이"), not an act
            List<TriggerHit> main = acts.size() < 2 ? acts : acts.stream()
                    .filter(h -> acts.stream().noneMatch(later -> later.start() >= h.end() && isVerb(text, later)
                            && nori.modifierBetween(text, h.start(), later.start()))).toList();
            TriggerHit best = (main.isEmpty() ? acts : main).stream()
                    .max(Comparator.comparingInt((TriggerHit h) -> h.trigger().priority())
                            .thenComparingInt(h -> h.trigger().word().length())
                            .thenComparingInt(h -> -h.start()))
                    .orElseThrow();
            // names after the trigger's own predicate belong to the next predicate ("…영입한다는 소식으로 주가는
            // 올랐고 … 애플을 젖히고"); a subject may come after it ("금요일 잘리고 … 알트먼은")
            int predicateEnd = best.start() + Factuality.predicateOf(text, best.start(), c.end()).length();
            if (FIRST_PERSON.matcher(text).region(c.start(), best.start()).find()) {
                continue; // "제가 … 회사를 떠난다며라고 했을 때": the writer's own story, not a report
            }
            List<Role> all = rolesIn(text, matches, previous, c, pronouns);
            if (best.trigger().type() == EventType.FEUD) {
                all = ClauseRoles.targetsOfCriticism(text, all, best);
            }
            boolean subjectBefore = all.stream().anyMatch(r -> r.grammaticalCase() == Case.SUBJECT
                    && r.end() <= best.start());
            int sceneEnd = Regions.lastMatchEnd(SCENE_END, text, c.start(), best.start());
            // "MS는 [알트먼이 오픈AI로부터 해임됐을 때] 그를 지지했다": a topic before the subject of a 때-clause
            // belongs to the main clause, not to the event inside the 때-clause
            int subordinateSubject = TEMPORAL_END.matcher(text.substring(best.start(), predicateEnd)).find()
                    ? all.stream().filter(r -> r.grammaticalCase() == Case.SUBJECT && r.end() <= best.start()
                            && !CaseParticles.isTopic(text, r)).mapToInt(Role::start).max().orElse(-1)
                    : -1;
            int reasonEnd = Regions.lastMatchEnd(REASON_END, text, c.start(), best.start());
            List<Role> roles = new ArrayList<>(all.stream()
                    .filter(r -> r.start() < predicateEnd || (r.grammaticalCase() == Case.SUBJECT && !subjectBefore))
                    .filter(r -> r.start() >= sceneEnd || CaseParticles.isTopic(text, r))
                    .filter(r -> subordinateSubject < 0 || !(CaseParticles.isTopic(text, r) && r.start() < subordinateSubject))
                    // "머스크는 [오픈AI가 취지를 어겼다며] 알트먼을 고소했다": who is accused in the reason is a
                    // party, but not the one acting
                    .map(r -> r.start() < reasonEnd && r.grammaticalCase() == Case.SUBJECT && !CaseParticles.isTopic(text, r)
                            ? new Role(r.actorIds(), Case.OBJECT, r.start(), r.end()) : r)
                    .toList());
            // "머스크는 [AI 기술이 구글에 뒤쳐진다며] 회사 인수를 시도했다": the other names inside the reason, after
            // the topic, are not parties of the act
            int reasonStart = roles.stream().filter(r -> r.start() < reasonEnd && CaseParticles.isTopic(text, r))
                    .mapToInt(Role::end).max().orElse(c.start());
            roles.removeIf(r -> reasonEnd > c.start() && r.start() >= reasonStart && r.start() < reasonEnd
                    && r.grammaticalCase() != Case.SUBJECT
                    && !(r.grammaticalCase() == Case.OBJECT && ClauseRoles.convertedSubject(text, r)));
            roles.removeIf(r -> ClauseRoles.insideRelativeClause(text, r, best, matches));
            ClauseRoles.subjectsOfRelativeClauses(text, roles, best, nori);
            // "브렛 테일러 의장은 …을 거절했다": someone the data does not list acts here, and no listed name standing
            // near takes the act from them
            boolean unknownActs = roles.stream().noneMatch(r -> r.grammaticalCase() == Case.SUBJECT)
                    && ClauseRoles.unknownSubjectBefore(text, c.start(), best.start(), matches, nori);
            if (unknownActs) {
                // the subject's place is taken, by no one the data lists: the headline names no doer, and no
                // carried subject, topic or previous clause's subject fills the place below
                roles.add(0, new Role(List.of(), Case.SUBJECT, c.start(), c.start()));
            }
            boolean continues = s.dates().isEmpty() && before.subject() != null
                    && roles.stream().noneMatch(r -> r.grammaticalCase() == Case.SUBJECT)
                    && (previousSubjects.isEmpty() || c.start() == 0)
                    && !otherSubject(text, c, best.start(), predicateEnd, matches) && before.date() != null;
            // a clause that names no one but has its own date ("AGI 조항은 …, 2025년 들어 무기로 변모했다") is about
            // the parties of the previous sentence, at its own time
            boolean ownDateSameParties = !continues && roles.isEmpty() && before.subject() != null
                    && !s.dates().isEmpty() && actDates.dateFor(s, c, best, hits) != null && c.start() == 0
                    && matches.stream().noneMatch(m -> m.role() != ActorMatcher.Role.AFFILIATION)
                    && !otherSubject(text, c, best.start(), predicateEnd, matches);
            if (continues || ownDateSameParties) {
                if (roles.stream().allMatch(r -> r.grammaticalCase() == Case.MODIFIER)) {
                    before.others().forEach(id -> roles.add(new Role(List.of(id), Case.OBJECT, c.start(), c.start())));
                }
                roles.add(0, new Role(List.of(before.subject()), Case.SUBJECT, c.start(), c.start()));
            }
            if (roles.stream().noneMatch(r -> r.grammaticalCase() == Case.SUBJECT) && !previousSubjects.isEmpty()
                    && c.start() > 0) {
                roles.add(0, new Role(List.copyOf(previousSubjects), Case.SUBJECT, c.start(), c.start()));
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
                    && otherSubjectBefore(text, c.start(), best.start(), matches)) {
                continue; // "오픈 AI 엔지니어 중 700명이 회사를 그만두고": the one acting is not named
            }
            List<Role> adjusted = Coordination.jointSubjects(text, ClauseRoles.ownerOfBackgroundEvent(text, best,
                    ClauseRoles.actorOutsideRelativeClause(text, best, ClauseRoles.withoutPurposeObjects(text, c, best, roles))));
            roles.clear();
            roles.addAll(adjusted);
            if (topic != null && takesTopic(text, c, best, predicateEnd, roles, matches)
                    && roles.stream().noneMatch(r -> r.actorIds().contains(topic))) {
                roles.add(0, new Role(List.of(topic), Case.SUBJECT, c.start(), c.start()));
            }
            DateMention date = actDates.dateFor(s, c, best, hits);
            if (date == null && continues) {
                DateMention d = before.date();
                date = new DateMention(d.text(), -1, -1, d.resolved(),
                        "앞 문장의 날짜를 이어받음: " + (d.derivation() == null ? d.text() : d.derivation()));
            }
            Amount amount = amountFor(text.substring(c.start(), Math.max(c.start(), predicateEnd)),
                    best.trigger().type());
            Headlines.Built built = headlines.build(best, roles, amount, text);
            // a name with 의 ("오픈AI의 기술 의존") qualifies a noun; it is an actor only when the headline needs it
            List<String> actorIds = new ArrayList<>(new LinkedHashSet<>(roles.stream()
                    // with an unlisted doer, whose act it is about ("MS의 … 영입에 대해 … 조사") is the party named
                    .filter(r -> (r.grammaticalCase() != Case.POSSESSIVE && r.grammaticalCase() != Case.MODIFIER)
                            || (unknownActs && r.grammaticalCase() == Case.POSSESSIVE)
                            || r.actorIds().stream().anyMatch(id -> built.subjects().contains(id)
                            || built.objects().contains(id)))
                    .flatMap(r -> r.actorIds().stream()).toList()));
            Coordination.addCoordinated(text, roles, actorIds);
            // "미라 무라티 오픈AI CTO는 회사를 떠났다": the employer counts when no other company is named
            boolean companyNamed = actorIds.stream().anyMatch(id -> lexicon.actor(id)
                    .map(a -> a.kind() == ActorKind.COMPANY).orElse(false));
            if (!companyNamed) {
                matches.stream().filter(m -> m.role() == ActorMatcher.Role.AFFILIATION
                                && m.start() >= c.start() && m.end() <= c.end()
                                && lexicon.actor(m.actorId()).map(a -> a.kind() == ActorKind.COMPANY).orElse(false))
                        .map(ActorMatcher.Match::actorId).filter(id -> !actorIds.contains(id)).findFirst()
                        .ifPresent(actorIds::add);
            }
            // "나델라, 알트먼 영입": who hires or fires someone acts for the company the article introduced them with
            if (!companyNamed && ACTS_FOR_A_COMPANY.contains(best.trigger().type())
                    && built.objects().stream().anyMatch(this::isPerson)
                    && actorIds.stream().noneMatch(id -> lexicon.actor(id).map(a -> a.kind() == ActorKind.COMPANY)
                    .orElse(false))) {
                built.subjects().stream().map(affiliations::get).filter(java.util.Objects::nonNull).findFirst()
                        .filter(id -> !actorIds.contains(id)).ifPresent(actorIds::add);
            }
            Headlines.Built told = DELIBERATED.matcher(text).region(best.start(), predicateEnd).find()
                    ? built.deliberated() : built;
            previousSubjects = built.subjects();
            boolean planned = Factuality.plannedAhead(s, c, best, publishedOn);
            if (planned && date == null) {
                continue; // a plan without a date is no event of the timeline
            }
            out.add(new EventMention(s.index(), text, clause.strip(), best.trigger().type(), actorIds,
                    date == null ? null : date.resolved(), date == null ? null : date.text(),
                    date == null ? null : date.derivation(), amount, told.headline(), told.headlineEn(),
                    planned ? Timing.PLANNED : Timing.DONE));
        }
        return out;
    }

    record TriggerHit(Lexicon.Trigger trigger, int start, int end) {
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
                if (before && after && datedBefore && standsAlone.test(from, cut) && standsAlone.test(cut, c.end())) {
                    out.add(new Clauses.Clause(from, cut));
                    from = cut;
                }
            }
            out.add(new Clauses.Clause(from, c.end()));
        }
        return out;
    }

    /**
     * The end of a reported reason: "…어겼다며", "…공유하지 않았다는 것에". As with scenes, only the ending is
     * matched; the look-ahead skips the letters no alternative starts with.
     */
    private static final Pattern REASON_END = Pattern.compile(
            "(?=[다라])(?:(다며|라며|다면서|라면서),?\\s|(다는|라는) (것에|것을|것이|점에|점을|사실에)\\s)");

    private static final Pattern VERB_AFTER_TRIGGER = Pattern.compile("^(하|했|한|할|해|됐|되|된|돼|내|냈|났|나|았|었|잡)");

    /** "영입했다", "끝내게 됐다": the trigger is the clause's verb, not a noun in it ("협력이 전환점을 맞았다"). */
    private static boolean isVerb(String text, TriggerHit h) {
        return VERB_AFTER_TRIGGER.matcher(ActorMatcher.hangulRun(text, h.end())).find();
    }

    /**
     * A subject word that is no name ("엔지니어 다수가", "개발도"). Only 가 and 도: a word ending in 은/는 may as
     * well be a verb form ("세우고 있는") or an adverbial topic ("지난달에는").
     */
    private static final Pattern OTHER_SUBJECT = Pattern.compile(
            "(?<![가-힣])[가-힣]{1,}(?<!에|에서|로|으로|까지|부터|때|당시|엔|다)(가|도)(?=\\s)"
                    + "|\\d+(명|곳|개|사)(이|가)(?=\\s)");

    /**
     * Whether a clause without a named subject takes the topic of the previous sentences: not when it has a subject
     * of its own that is no name, and not when the event is a noun phrase with its own owner ("알트먼의 MS 합류").
     */
    private static boolean takesTopic(String text, Clauses.Clause c, TriggerHit trigger, int predicateEnd,
                                      List<Role> roles, List<ActorMatcher.Match> matches) {
        if (roles.stream().anyMatch(r -> r.grammaticalCase() == Case.SUBJECT)) {
            return false;
        }
        boolean possessiveOwner = roles.stream().anyMatch(r -> r.grammaticalCase() == Case.POSSESSIVE
                && r.end() <= trigger.start());
        boolean nominal = roles.stream().anyMatch(r -> r.grammaticalCase() == Case.NONE && r.end() <= trigger.start()
                && text.substring(r.end(), trigger.start()).isBlank());
        if (possessiveOwner && nominal) {
            return false;
        }
        // the subject may also follow a trigger noun ("MS의 후원을 바탕으로 챗GPT 등의 개발도 계속되고")
        return !otherSubject(text, c, trigger.start(), predicateEnd, matches);
    }

    /** "제가", "저는", "나는": the writer speaks of themself. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![가-힣])(제가|저는|저도|내가|나는|저희가|저희는)(?=\\s)");

    /** People counted, not named, as subject: "700명이", "다수가", "일부도". */
    private static final Pattern COUNTED_SUBJECT = Pattern.compile(
            "(?<![가-힣\\d])(\\d+\\s*명|다수|상당수|일부|대부분|절반)(이|가|도)(?=\\s)");

    /** Whether people counted but not named ("엔지니어 중 700명이") are the subject before the trigger. */
    private static boolean otherSubjectBefore(String text, int from, int triggerStart, List<ActorMatcher.Match> matches) {
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
    private static boolean otherSubject(String text, Clauses.Clause c, int triggerStart, int predicateEnd,
                                        List<ActorMatcher.Match> matches) {
        java.util.regex.Matcher m = OTHER_SUBJECT.matcher(text);
        // "[투명성이 부족하다]고 지적했다": the subject of what someone says is not the one who says it
        int from = Math.min(ActDates.contentEnd(text, c.start(), triggerStart), Math.max(c.start(), predicateEnd));
        m.region(from, Math.max(c.start(), predicateEnd));
        while (m.find()) {
            int at = m.start();
            boolean isName = matches.stream().anyMatch(x -> x.start() <= at && at < x.end() + 3);
            if (!isName) {
                return true;
            }
        }
        return false;
    }

    /** Grammatical role of a name in its clause, read from the particle glued to it. */
    enum Case { SUBJECT, DIRECT_OBJECT, OBJECT, POSSESSIVE, MODIFIER, NONE }

    /** One participant: a named actor, a product standing for its company, or a resolved pronoun. */
    record Role(List<String> actorIds, Case grammaticalCase, int start, int end) {
    }

    private List<Role> rolesIn(String text, List<ActorMatcher.Match> matches, Previous previous,
                               Clauses.Clause c, Pronouns pronouns) {
        List<ActorMatcher.Match> inClause = matches.stream()
                .filter(m -> m.start() >= c.start() && m.end() <= c.end()).toList();
        Set<String> named = new LinkedHashSet<>();
        inClause.stream().filter(m -> m.role() == ActorMatcher.Role.ACTOR).forEach(m -> named.add(m.actorId()));
        List<Role> roles = new ArrayList<>();
        for (ActorMatcher.Match m : inClause) {
            Case gc = CaseParticles.caseAfter(text, m.end());
            switch (m.role()) {
                case ACTOR -> roles.add(new Role(List.of(m.actorId()), gc, m.start(), m.end()));
                case PRODUCT -> {
                    // a product stands for its company only as subject or object, when the company is not named
                    boolean launched = text.startsWith("출시", skipSpaces(text, m.end() + 1))
                            || PRODUCT_ITSELF.matcher(text).region(m.end(), text.length()).lookingAt();
                    if (!named.contains(m.actorId()) && gc != Case.POSSESSIVE && gc != Case.NONE && !launched) {
                        roles.add(new Role(List.of(m.actorId()), gc, m.start(), m.end()));
                    }
                }
                case PEOPLE_PRONOUN, COMPANY_PRONOUN -> {
                    // "MS와 오픈AI 두 회사는": the pair named just before is meant, no need to resolve
                    long namedBefore = inClause.stream().filter(x -> x.role() == ActorMatcher.Role.ACTOR
                            && x.end() <= m.start()).map(ActorMatcher.Match::actorId).distinct().count();
                    if (namedBefore < 2) {
                        List<String> ids = Pronouns.lastPair(lexicon, m, text, matches, previous.text(), previous.matches());
                        if (ids.isEmpty()) {
                            ids = pronouns.resolve(m.role());
                        }
                        if (!ids.isEmpty()) {
                            roles.add(new Role(ids, gc, m.start(), m.end()));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return roles;
    }

    /** The previous body sentence, for pronouns that point back at it. */
    private record Previous(String text, List<ActorMatcher.Match> matches) {
    }

    private static int skipSpaces(String text, int i) {
        int j = Math.min(i, text.length());
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static final Pattern DELIBERATED = Pattern.compile("검토(했|한|하였)");
    private static final Pattern PRODUCT_ITSELF = Pattern.compile("'?\\s*(출시|서비스|라는|모델)");

    /** Words just before an amount that make it a running total or a valuation rather than what one act moved. */
    private static final int TOTAL_REACH = 20;
    private static final Pattern TOTAL_OR_VALUE = Pattern.compile(
            "(\\d+\\s*년|\\d+\\s*월|지난해|작년|올해)\\s*(부터|이후|이래)|지금까지|그동안|현재까지|누적|총\\s|총액|합계|모두|통틀어"
                    + "|기업\\s?가치|가치는|가치가|시가총액|몸값|평가액");

    /** The amount in the clause; money before a percentage for investments and acquisitions. */
    private Amount amountFor(String clause, EventType type) {
        List<Amount> found = new ArrayList<>();
        for (var m : amounts.find(clause)) {
            // "2019년부터 약 18조 원을 투자", "기업가치 1570억 달러": a total or a valuation is no single act's amount
            if (!TOTAL_OR_VALUE.matcher(clause.substring(Math.max(0, m.start() - TOTAL_REACH), m.start())).find()) {
                found.add(m.amount());
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        if (type == EventType.INVESTMENT || type == EventType.ACQUISITION) {
            return found.stream().filter(Amount::isMoney).findFirst().orElse(found.get(0));
        }
        return found.get(0);
    }
}
