package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Korean article text → sentences, dates and events. Plain Java: no Spring, no JPA, safe to share between threads.
 *
 * <p>The stages, in order: the text is split into sentences ({@link SentenceSplitter}) and their dates found
 * ({@link DateExpressions}, dates that refer back counting from the article's last one); in each body sentence names
 * ({@link ActorMatcher}) and trigger words ({@link TriggerWords}) are found, and the sentence's events read
 * ({@link ClauseEvents}); contract terms, deal deadlines and dated trigger nouns add events of their own
 * ({@link ContractTerms}, {@link DealConditions}, {@link DatedNounActs}); what a sentence hands on to the next is
 * kept ({@link ZeroAnaphora}); last, the lead's date ({@link LeadDating}). Every rule is about Korean grammar or page
 * layout, never about one article or outlet.
 */
public final class ArticleAnalyzer {

    private final Lexicon lexicon;
    private final ActorMatcher matcher;
    private final ContractTerms contractTerms;
    private final DealConditions dealConditions;
    private final NoriWords nori;
    private final DatedNounActs datedNounActs;
    private final TriggerWords triggerWords;
    private final ObjectVerbs objectVerbs;
    private final ClauseEvents clauseEvents;
    private final EnumeratedSteps enumeratedSteps;

    public ArticleAnalyzer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.triggerWords = new TriggerWords(lexicon);
        this.objectVerbs = new ObjectVerbs(lexicon);
        this.matcher = new ActorMatcher(lexicon);
        this.contractTerms = new ContractTerms(lexicon);
        this.dealConditions = new DealConditions(lexicon);
        this.nori = NoriWords.withDictionary(lexicon.noriUserDictionary());
        ActDates actDates = new ActDates(nori);
        this.datedNounActs = new DatedNounActs(lexicon, nori);
        this.clauseEvents = new ClauseEvents(lexicon, nori, actDates, objectVerbs);
        this.enumeratedSteps = new EnumeratedSteps(new AmountParser(lexicon.krwPerUsd()));
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
        int[] paragraphs = DiscourseParagraphs.of(pieces);
        PartialDate frame = null; // the time a paragraph that retells history has set
        PartialDate lastDay = null;
        for (int i = 0; i < pieces.size(); i++) {
            SentenceSplitter.Piece p = pieces.get(i);
            if (i == 0 || p.paragraph() != pieces.get(i - 1).paragraph() || p.kind() != SentenceKind.BODY) {
                frame = null;
            }
            List<DateMention> dates = DateExpressions.find(p.text(), publishedOn, context, frame, lastDay);
            for (DateMention d : dates) {
                // a date that refers back ("이날", "그해") points at the article's text, never at a caption or a
                // banner, nor at a date that only describes a name ("2015년 함께 세운 오픈AI가")
                // (and what refers back to a time nobody can work out is unknown as well)
                boolean narrated = p.kind() == SentenceKind.BODY || p.kind() == SentenceKind.SECTION_HEADING;
                if (narrated && d.resolved() != null && d.resolved().precision() == Precision.DAY) {
                    lastDay = d.resolved(); // a day told, also as the day of a deed a name is described by
                }
                // the end of a term ("2032년까지 보장된다") is no time the story is at
                if (narrated && (d.resolved() != null || DateExpressions.unresolvable(d))
                        && !p.text().startsWith("까지", d.end()) && !nori.firstVerbIsModifier(p.text(), d.end())) {
                    context = d.resolved();
                    frame = d.resolved() == null ? frame : NarrativeFrames.frameAfter(d, frame);
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
        resolveBackReferences(sentences, actorsBySentence);

        DatedSections sections = DatedSections.of(sentences);
        List<EventMention> mentions = new ArrayList<>();
        String topic = null;
        List<ActorMatcher.Match> previous = List.of();
        String previousText = "";
        List<DateMention> previousDates = List.of();
        ZeroAnaphora.Continuation carried = ZeroAnaphora.Continuation.NONE;
        int previousParagraph = -1;
        List<EventMention> previousTold = List.of();
        for (AnalyzedSentence s : sentences) {
            if (s.kind() == SentenceKind.BODY) {
                List<ActorMatcher.Match> matches = actorsBySentence.get(s.index());
                // zero anaphora reaches back within a paragraph only, or from one chronology entry to the next
                boolean goesOn = paragraphs[s.index()] == previousParagraph
                        || ChronologyLines.startsAsEntry(s.text()) && ChronologyLines.startsAsEntry(previousText);
                ZeroAnaphora.Continuation before = goesOn ? carried : ZeroAnaphora.Continuation.NONE;
                List<TriggerHit> hits = new ArrayList<>(triggerWords.find(s.text()));
                hits.addAll(objectVerbs.find(s.text(), matches));
                List<EventMention> told = clauseEvents.of(s, hits, matches,
                        new NamedRoles.Previous(previousText, previous, goesOn ? previousTold : List.of(),
                                paragraphs[s.index()] == previousParagraph, previousDates),
                        pronouns, topic, before, affiliations,
                        publishedOn);
                told = enumeratedSteps.split(s, sections.date(told, s.index()));
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
                if (!s.dates().isEmpty() && terms.isEmpty()) {
                    List<EventMention> deals = new ArrayList<>(
                            paragraphs[s.index()] == previousParagraph ? previousTold : List.of());
                    deals.addAll(told);
                    mentions.addAll(dealConditions.find(s, deals));
                }
                previousTold = told;
                carried = ZeroAnaphora.continuationOf(s, matches, before, nori);
                topic = ZeroAnaphora.topicOf(s.text(), matches, topic);
                previous = matches;
                previousText = s.text();
                previousDates = s.dates();
                previousParagraph = paragraphs[s.index()];
            }
        }
        return new AnalyzedArticle(sentences, ArticleFocus.withTheOtherSide(sentences, actorsBySentence, mentions));
    }

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
     * "그" is the one person named just before it, and "회사" standing alone ("회사를 떠났다") the one company: earlier
     * in the same sentence, or else in the last sentence that named one. With two in view from the sentence before, it
     * is the one that sentence was about, its subject or topic ("머스크는 …올트먼 등을 상대로 소송을 냈다. 그는 …");
     * failing that it stays unresolved and is dropped. A board named alone ("이사회에서 물러났다") is the board of the
     * company the article has named most.
     */
    private void resolveBackReferences(List<AnalyzedSentence> sentences,
                                       Map<Integer, List<ActorMatcher.Match>> bySentence) {
        Map<ActorKind, Set<String>> previous = new EnumMap<>(ActorKind.class);
        Map<ActorKind, Set<String>> previousSubjects = new EnumMap<>(ActorKind.class);
        Map<String, Integer> companiesNamed = new HashMap<>();
        String boardOwner = null;
        for (AnalyzedSentence s : sentences) {
            List<ActorMatcher.Match> matches = bySentence.get(s.index());
            if (matches == null) {
                continue;
            }
            List<ActorMatcher.Match> resolved = new ArrayList<>();
            Map<ActorKind, Set<String>> seen = new EnumMap<>(ActorKind.class);
            Map<ActorKind, Set<String>> subjectsHere = new EnumMap<>(ActorKind.class);
            List<String> joined = new ArrayList<>(); // "머스크와 올트먼은": names joined to the subject share it
            Set<String> namedHere = new java.util.HashSet<>();
            for (ActorMatcher.Match m : matches) {
                if (m.role() == ActorMatcher.Role.BOARD_NOUN) {
                    // the board last named with its company ("오픈AI 이사회"), else that of the company the article
                    // has named in most sentences before this one; a guess, so it counts as where someone sits (a party when
                    // no other company is), never as a doer or object of the headline
                    String owner = boardOwner != null ? boardOwner : companiesNamed.entrySet().stream()
                            .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
                    if (owner != null) {
                        resolved.add(new ActorMatcher.Match(owner, m.start(), m.end(), m.surface(),
                                ActorMatcher.Role.AFFILIATION));
                    }
                    continue;
                }
                ActorKind refersTo = m.role() == ActorMatcher.Role.PERSON_PRONOUN ? ActorKind.PERSON
                        : m.role() == ActorMatcher.Role.COMPANY_NOUN ? ActorKind.COMPANY : null;
                if (refersTo != null) {
                    Set<String> here = seen.getOrDefault(refersTo, Set.of());
                    Set<String> candidates = here.isEmpty() ? previous.getOrDefault(refersTo, Set.of()) : here;
                    if (candidates.size() > 1 && here.isEmpty()
                            && previousSubjects.getOrDefault(refersTo, Set.of()).size() == 1) {
                        candidates = previousSubjects.get(refersTo);
                    }
                    if (candidates.size() == 1) {
                        resolved.add(new ActorMatcher.Match(candidates.iterator().next(), m.start(), m.end(),
                                m.surface(), ActorMatcher.Role.ACTOR));
                    }
                    continue;
                }
                if (m.role() == ActorMatcher.Role.ACTOR) {
                    lexicon.actor(m.actorId()).ifPresent(a -> seen.computeIfAbsent(a.kind(),
                            k -> new LinkedHashSet<>()).add(m.actorId()));
                    joined.add(m.actorId());
                    if (SUBJECT_AFTER_NAME.matcher(s.text()).region(m.end(), s.text().length()).lookingAt()) {
                        joined.forEach(id -> lexicon.actor(id).ifPresent(a -> subjectsHere.computeIfAbsent(a.kind(),
                                k -> new LinkedHashSet<>()).add(id)));
                    }
                    if (!JOINED_AFTER_NAME.matcher(s.text()).region(m.end(), s.text().length()).lookingAt()) {
                        joined.clear();
                    }
                    if (!isPerson(m.actorId())) {
                        namedHere.add(m.actorId());
                    }
                    if (!isPerson(m.actorId()) && ActorMatcher.boardFollows(s.text(), m.end())) {
                        boardOwner = m.actorId();
                    }
                }
                resolved.add(m);
            }
            bySentence.put(s.index(), resolved);
            seen.forEach((kind, ids) -> previous.put(kind, Set.copyOf(ids)));
            seen.keySet().forEach(kind -> previousSubjects.put(kind, subjectsHere.getOrDefault(kind, Set.of())));
            // counted once the sentence is read: its own names are not yet what the article is about
            namedHere.forEach(id -> companiesNamed.merge(id, 1, Integer::sum));
        }
    }

    /** A name with the particle of a subject or topic, after its title if any: "머스크는", "머스크 CEO가". */
    private static final Pattern SUBJECT_AFTER_NAME = Pattern.compile(
            "(\\s*(CEO|최고경영자|회장|대표|의장|이사장|창업자|사장|부회장|총재|판사))?(은|는|이|가)(?![가-힣])");

    private static final Pattern JOINED_AFTER_NAME = Pattern.compile("(와|과|\\s*,|\\s*·)");

    private boolean isPerson(String actorId) {
        return lexicon.actor(actorId).map(a -> a.kind() == ActorKind.PERSON).orElse(false);
    }

    record TriggerHit(Lexicon.Trigger trigger, int start, int end) {
    }

    /** Grammatical role of a name in its clause, read from the particle glued to it. */
    enum Case { SUBJECT, DIRECT_OBJECT, OBJECT, POSSESSIVE, MODIFIER, NONE }

    /** One participant: a named actor, a product standing for its company, or a resolved pronoun. */
    record Role(List<String> actorIds, Case grammaticalCase, int start, int end) {
    }

}
