package io.yeonpyo.extraction;

import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Verbs that tell an act only through what they act on: 세우다, 만들다 and 차리다 found something when their object is
 * an organisation ("머스크와 올트먼은 2015년 오픈AI를 함께 세웠다", "이듬해 영리 자회사를 만들고", "머스크가 세운 AI
 * 스타트업 xAI"), and nothing when it is a plan, a record or a product ("계획을 세웠다", "기록을 세웠다"). The verbs
 * and the organisation nouns are data ({@code object_verbs} in {@code event-types.yml}); a listed company counts as
 * an organisation.
 */
final class ObjectVerbs {

    /** A verb form of a type, with the organisation nouns that make it the type's act. */
    private record Verb(String form, Lexicon.Trigger trigger, List<String> objects) {
    }

    /** How many words (adverbs: 함께, 따로, 새로) may stand between the object and its verb. */
    private static final int OBJECT_REACH = 3;
    /** How many words (비영리, AI, 연구) may stand between an adnominal verb and the organisation it describes. */
    private static final int HEAD_REACH = 4;

    private static final String QUOTES = "'‘\"“";

    private final Lexicon lexicon;
    private final List<Verb> verbs = new ArrayList<>();
    /** The verb forms by their first letter, longest first: each word is compared only with those it can begin. */
    private final Verb[][] byFirstLetter = new Verb[Character.MAX_VALUE + 1][];
    private static final Verb[] NO_VERBS = {};
    private final java.util.Map<EventType, List<String>> objectsOf = new java.util.EnumMap<>(EventType.class);

    ObjectVerbs(Lexicon lexicon) {
        this.lexicon = lexicon;
        // a verb known by its object is weaker evidence than the type's own words: those win a tie
        for (EventType type : EventType.values()) {
            Lexicon.TypeInfo info = lexicon.typeInfo(type);
            if (info == null) {
                continue;
            }
            if (!info.objectVerbs().verbs().isEmpty()) {
                objectsOf.put(type, info.objectVerbs().objects());
            }
            for (String form : info.objectVerbs().verbs()) {
                verbs.add(new Verb(form, new Lexicon.Trigger(form, type, info.priority() - 1, info.headline(),
                        info.headlineEn()), info.objectVerbs().objects()));
            }
        }
        verbs.sort(Comparator.comparingInt((Verb v) -> v.form().length()).reversed());
        java.util.Map<Character, List<Verb>> grouped = new java.util.HashMap<>();
        verbs.forEach(v -> grouped.computeIfAbsent(v.form().charAt(0), c -> new ArrayList<>()).add(v));
        grouped.forEach((first, forms) -> byFirstLetter[first] = forms.toArray(Verb[]::new));
    }

    /** The verbs of the sentence whose object, or the noun they describe, is an organisation. */
    List<TriggerHit> find(String text, List<ActorMatcher.Match> matches) {
        if (verbs.isEmpty()) {
            return List.of();
        }
        List<TriggerHit> out = new ArrayList<>();
        for (int start = NoriWords.wordStartAfter(text, 0); start < text.length();
                start = NoriWords.wordStartAfter(text, NoriWords.wordEnd(text, start))) {
            Verb[] candidates = byFirstLetter[text.charAt(start)];
            for (Verb v : candidates == null ? NO_VERBS : candidates) {
                if (text.startsWith(v.form(), start) && !TriggerWords.insideDoubleQuotes(text, start)
                        && actsOnOrganisation(text, start, v, matches)) {
                    out.add(new TriggerHit(v.trigger(), start, start + v.form().length()));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the type's acts are done to an organisation (founding, acquiring): its verbs take one as object. */
    boolean actsOnOrganisations(EventType type) {
        return objectsOf.containsKey(type);
    }

    /**
     * Whether the hit, in adnominal form, is the act of a relative clause that describes the organisation after it
     * ("…이 세운 비영리 연구소로", "…이 3년 전 설립한 AI 연구 기업이다"), for a type whose act is done to an
     * organisation: then the topic the sentence identifies with that organisation is what the act was done to.
     */
    boolean describesItsHead(String text, TriggerHit hit, List<ActorMatcher.Match> matches) {
        List<String> objects = objectsOf.get(hit.trigger().type());
        int end = NoriWords.wordEnd(text, hit.start());
        return objects != null && NoriWords.adnominalSyllable(text.charAt(end - 1))
                && headIsOrganisation(text, end, objects, matches);
    }

    private boolean actsOnOrganisation(String text, int verbStart, Verb v, List<ActorMatcher.Match> matches) {
        // the object before the verb: the nearest word with 을/를, past a few adverbs
        int end = NoriWords.wordEndBefore(text, verbStart);
        for (int k = 0; k < OBJECT_REACH && end > 0; k++) {
            int start = NoriWords.wordStart(text, end);
            String word = text.substring(start, end);
            if (word.endsWith("을") || word.endsWith("를")) {
                int objectEnd = end - 1;
                int open = text.charAt(objectEnd - 1) == ')' ? text.lastIndexOf('(', objectEnd) : -1;
                if (open > 0) {
                    // "150억달러(약 22조원)를": the object is the word the parentheses gloss
                    objectEnd = open;
                    start = NoriWords.wordStart(text, open);
                }
                return organisation(text, start, objectEnd, v.objects(), matches);
            }
            int as = word.endsWith("으로") ? 2 : word.endsWith("로") ? 1 : 0;
            if (as > 0 && organisation(text, start, end - as, v.objects(), matches)) {
                return true; // "비영리 단체로 세웠다": founded as an organisation
            }
            end = NoriWords.wordEndBefore(text, start);
        }
        int verbEnd = NoriWords.wordEnd(text, verbStart);
        boolean adnominal = NoriWords.adnominalSyllable(text.charAt(verbEnd - 1));
        if (!adnominal && topicalisedOrganisation(text, verbStart, matches)) {
            return true; // "세운 SSI": an adnominal form acts on the noun after it, not on the topic
        }
        // the noun an adnominal form describes: "세운 비영리 연구소", "만든 AI 스타트업 xAI와"
        return adnominal && headIsOrganisation(text, verbEnd, v.objects(), matches);
    }

    /**
     * "오픈AI는 2015년 머스크와 올트먼 등이 세웠다": a listed company as the topic, with a subject of the verb after
     * it and no object, is what the verb acts on, put first because the sentence is about it.
     */
    private boolean topicalisedOrganisation(String text, int verbStart, List<ActorMatcher.Match> matches) {
        for (ActorMatcher.Match m : matches) {
            if (m.role() != ActorMatcher.Role.ACTOR || m.end() >= verbStart
                    || !lexicon.actor(m.actorId()).map(a -> a.kind() == ActorKind.COMPANY).orElse(false)
                    || !TOPIC.matcher(text).region(m.end(), verbStart).lookingAt()) {
                continue;
            }
            String rest = text.substring(m.end(), verbStart);
            return SUBJECT.matcher(rest).find() && !OBJECT.matcher(rest).find() && rest.indexOf(',') < 0;
        }
        return false;
    }

    private static final java.util.regex.Pattern TOPIC = java.util.regex.Pattern.compile("(은|는)\\s");
    private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile("[가-힣A-Za-z)](이|가)\\s");
    private static final java.util.regex.Pattern OBJECT = java.util.regex.Pattern.compile("[가-힣A-Za-z)](을|를)\\s");

    /** Whether one of the few words after {@code verbEnd} is an organisation. */
    private boolean headIsOrganisation(String text, int verbEnd, List<String> objects,
                                       List<ActorMatcher.Match> matches) {
        int start = NoriWords.wordStartAfter(text, verbEnd);
        for (int k = 0; k < HEAD_REACH && start < text.length(); k++) {
            int wordEnd = NoriWords.wordEnd(text, start);
            if (QUOTES.indexOf(text.charAt(start)) >= 0) {
                return false; // "새로 만든 조직 'MS AI'": a name in quotes is a unit or a product, not the company
            }
            int letters = wordEnd;
            while (letters > start && !Character.isLetterOrDigit(text.charAt(letters - 1))) {
                letters--; // "연구소다.": the sentence's stop is no part of the word
            }
            if (organisation(text, start, letters - particleLength(text.substring(start, letters)), objects, matches)) {
                return true;
            }
            start = NoriWords.wordStartAfter(text, wordEnd);
        }
        return false;
    }

    /** What may follow the organisation noun: a particle, or the copula ("연구소다", "스타트업이다"). */
    private static final List<String> PARTICLES = List.of("으로서", "로서", "이었다", "였다", "이다", "에서", "으로", "로",
            "와", "과", "이", "가", "은", "는", "을", "를", "의", "에", "도", "다");

    /** The length of the particle a word ends in ("연구소로" → 1), 0 when none. */
    private static int particleLength(String word) {
        return PARTICLES.stream().filter(p -> word.endsWith(p) && word.length() > p.length()).mapToInt(String::length)
                .findFirst().orElse(0);
    }

    /** Whether [start, end) is a listed company (by name, not by a product), or ends in an organisation noun. */
    private boolean organisation(String text, int start, int end, List<String> objects,
                                 List<ActorMatcher.Match> matches) {
        String core = text.substring(start, end);
        return objects.stream().anyMatch(core::endsWith) || matches.stream().anyMatch(m -> m.start() < end
                && m.end() > start && (m.role() == ActorMatcher.Role.ACTOR && lexicon.actor(m.actorId())
                .map(a -> a.kind() == ActorKind.COMPANY).orElse(false)
                || m.role() == ActorMatcher.Role.PRODUCT && objects.contains(A_PRODUCT)));
    }

    /** The object word that stands for any listed company's product ("시리에 챗GPT를 통합한다"). */
    private static final String A_PRODUCT = "제품";
}
