package io.yeonpyo.extraction;

import static io.yeonpyo.extraction.NameWords.blankBetween;
import static io.yeonpyo.extraction.NameWords.core;

import io.yeonpyo.extraction.NameWords.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names in one sentence that {@code data/actors.yml} does not list: runs of up to three nominal words with a proper
 * noun among them ("마크 토버로프", "이본 곤잘레스 로저스"), a nominal word that ends the way an organisation's name
 * does ("경쟁시장청", "밸러 에쿼티 파트너스", "유럽연합(EU) 집행위원회"), a Latin abbreviation ("EU는", "(CMA)") or a
 * capitalised Latin name listed beside an organisation ("엔비디아, Arm 등과"). A role word right before or a little after the
 * name ("변호사 윌리엄 새비트", "브렛 테일러 오픈AI 이사회 의장은") says its kind; a byline ("이경탁 기자") is no
 * actor. Listed names, role words and the stop-list of {@code data/discovery.yml} are never part of a name.
 */
final class NameCandidates {

    /** A name found at [start, end): {@code kind} is null when nothing says it; {@code gloss} is a Latin abbreviation in
     * parentheses right after it, or null; {@code argument} when a case particle makes it a party of a clause;
     * {@code presented} when it is also a person's full name, a proper noun among its words, with a title. */
    record Found(String name, int start, int end, ActorKind kind, String role, String gloss, boolean argument,
                 boolean presented) {
    }

    /** Particles that make a name the subject, object or partner of a predicate (not 의: a genitive owns a noun). */
    private static final Set<String> CASES = Set.of("이", "가", "은", "는", "을", "를", "와", "과", "에게", "께서",
            "도", "에", "로부터", "측은", "측이", "측도", "이나", "과의", "와의", "와는", "과는", "에게서");
    private static final java.util.regex.Pattern LIST = java.util.regex.Pattern.compile("\\s*(?:[,·]|등(?=\\s|$|[이은을가는도과와의]))");
    private static final int MAX_NAME_WORDS = 3;
    private static final String OPENING_QUOTES = "'‘\"“";
    private static final String CLOSING_QUOTES = "'’\"”";

    private final DiscoveryWords words;
    private final NameRoles roles;
    private final NameGlosses glosses;
    private final Set<String> listedPeople;

    /** @param listedPeople ids of the listed people: a title after one of them is theirs */
    NameCandidates(DiscoveryWords words, Set<String> listedPeople) {
        this.words = words;
        this.roles = new NameRoles(words);
        this.glosses = new NameGlosses(words);
        this.listedPeople = Set.copyOf(listedPeople);
    }


    List<Found> find(String text, List<SentenceTokens.Token> tokens, List<ActorMatcher.Match> listed) {
        List<Word> sentence = NameWords.of(text, tokens, listed, listedPeople);
        Set<Integer> fullNames = koreanFullNamesBeforeTitles(text, sentence, tokens);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            int end = fullNames.contains(i) ? i + 1 : runEnd(text, sentence, i);
            if (end == i) {
                latin(text, sentence, i).ifPresent(out::add);
                i++;
                continue;
            }
            int from = Math.max(i, end - MAX_NAME_WORDS);
            Found f = named(text, sentence, from, end, i > 0 && fullNames.contains(i - 1));
            // "같은 날 션 화이트를": common nouns before a person's name in proper nouns (two words at least: one may
            // be a loanword Nori takes for a name, "제품 로드맵") are not part of it
            int proper = end;
            while (proper > from && sentence.get(proper - 1).properNoun()) {
                proper--;
            }
            if (f == null && proper > from && proper < end - 1) {
                f = named(text, sentence, proper, end, false);
            }
            i = end;
            if (f != null) {
                out.add(f);
                while (i < sentence.size() && sentence.get(i).start() < f.end()) {
                    i++; // the body named after a gloss is part of the name
                }
            }
        }
        return out;
    }

    /**
     * "정신아 카카오 대표는", "김범수 대표가": Korean news present a Korean person by the full name, then the organisation,
     * then the title. Nori often reads such a name as common words (정신/아), so a word of a surname and two syllables
     * that Nori does not read whole as nouns counts as a full name when a person's title follows it directly or after
     * one word. Not a noun with its particle or copula ("이번에 정부 대표는", "기업인 …"). Returns the indices of such words, each read as a
     * proper noun.
     */
    private Set<Integer> koreanFullNamesBeforeTitles(String text, List<Word> sentence,
                                                     List<SentenceTokens.Token> tokens) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < sentence.size(); i++) {
            Word w = sentence.get(i);
            String word = text.substring(w.start(), w.end());
            // a word Nori reads whole as nouns is one already ("기업인", or a proper noun the run reads)
            if (w.listed() || w.nominal() && w.coreEnd() == w.end() || !words.koreanFullName(word)
                    || tokens.stream().anyMatch(t -> t.start() > w.start() && t.start() < w.end() && t.inflection())) {
                continue;
            }
            for (int k = i + 1; k <= i + 2 && k < sentence.size(); k++) {
                Word next = sentence.get(k);
                if (!blankBetween(text, sentence.get(k - 1), next)) {
                    break;
                }
                if (words.roleKind(DiscoveryWords.singular(core(text, next))) == ActorKind.PERSON) {
                    sentence.set(i, new Word(w.start(), w.end(), w.end(), true, true, false, false, false));
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /** The end (exclusive) of the run of name words starting at {@code i}; {@code i} when none starts there. */
    private int runEnd(String text, List<Word> sentence, int i) {
        int j = i;
        while (j < sentence.size() && namePart(text, sentence.get(j))
                && (j == i || text.substring(sentence.get(j - 1).end(), sentence.get(j).start()).isBlank())) {
            if (j > i && organisationWord(core(text, sentence.get(j)))) {
                break; // "최태원 SK그룹 회장", "이재용 삼성전자 회장": a person and where they work
            }
            Word w = sentence.get(j++);
            if (w.coreEnd() < w.end() || organisationWord(core(text, w))) {
                break; // a particle closes the name; "삼성전자 이재용 회장": so does a whole organisation's name
            }
        }
        return j;
    }

    /**
     * A word that is an organisation's whole name: one with an organisation's form ("삼성전자", "SK그룹"), or a Latin
     * abbreviation joined to a Korean name ("SK하이닉스", "LG전자", "KT클라우드"), the way affiliates are named.
     */
    private boolean organisationWord(String core) {
        return words.hasCompanyForm(core) || LATIN_PREFIXED.matcher(core).matches();
    }

    private static final java.util.regex.Pattern LATIN_PREFIXED = java.util.regex.Pattern.compile("[A-Z]{1,4}[가-힣]{2,}");

    private boolean namePart(String text, Word w) {
        String core = core(text, w);
        return w.nominal() && !w.listed()
                && (ActorMatcher.isHangul(core.charAt(0)) || LATIN_PREFIXED.matcher(core).matches())
                && words.roleKind(core) == null
                && !words.isByline(core) && !words.isNotActor(core) && !NameRoles.BEFORE_TITLES.contains(core);
    }

    private Found named(String text, List<Word> sentence, int from, int to, boolean afterFullName) {
        Word first = sentence.get(from);
        Word last = sentence.get(to - 1);
        String name = text.substring(first.start(), last.coreEnd());
        Word after = to < sentence.size() && blankBetween(text, last, sentence.get(to)) ? sentence.get(to) : null;
        if (after != null && words.isByline(core(text, after))
                || from > 0 && words.isByline(core(text, sentence.get(from - 1)))) {
            return null; // "[이데일리 신정은 기자]": a byline signs the article
        }
        String gloss = glosses.glossAfter(text, last);
        String caseWord = gloss == null ? text.substring(last.coreEnd(), last.end())
                : ActorMatcher.hangulRun(text, NameGlosses.closeOfGloss(text, last));
        boolean quoted = caseWord.isEmpty() && last.end() < text.length()
                && CLOSING_QUOTES.indexOf(text.charAt(last.end())) >= 0
                && first.start() > 0 && OPENING_QUOTES.indexOf(text.charAt(first.start() - 1)) >= 0;
        if (quoted) {
            // "새 AI 스타트업 '싱킹머신랩'을 출범했다": a new name in quotes takes its particle after the quote
            caseWord = ActorMatcher.hangulRun(text, last.end() + 1);
        }
        Word body = gloss != null && caseWord.isEmpty() ? glosses.bodyAfterGloss(text, sentence, to) : null;
        int nameEnd = last.coreEnd();
        if (body != null) {
            name = name + " " + core(text, body);
            caseWord = text.substring(body.coreEnd(), body.end());
            nameEnd = body.coreEnd();
        }
        NameRoles.Said said = gloss != null ? new NameRoles.Said(ActorKind.COMPANY, null, caseWord,
                body != null ? body.end() : NameGlosses.closeOfGloss(text, last))
                : caseWord.isEmpty() ? roles.roleAfter(text, sentence, to, w -> namePart(text, w)) : null;
        boolean roleFirst = false;
        if (said == null && from > 0 && blankBetween(text, sentence.get(from - 1), first)
                && !NameRoles.titleOfListedPerson(text, sentence, from - 1)) {
            said = roles.roleBefore(text, sentence.get(from - 1), caseWord, last.end());
            roleFirst = said != null;
        }
        // "이재용 삼성전자 회장은": the title and its case are the person's, the organisation is where they work
        // "정신아 카카오 대표는": after a Korean full name, the word before the title is where the person works
        boolean affiliation = said != null && said.kind() == ActorKind.PERSON && to - from == 1
                && (organisationWord(name) || afterFullName);
        if (affiliation) {
            said = new NameRoles.Said(ActorKind.COMPANY, null, said.caseWord(), said.end());
        }
        ActorKind kind = said == null ? null : said.kind();
        boolean anyProper = sentence.subList(from, to).stream().anyMatch(Word::properNoun);
        // "…캐피털", and "밸러 에쿼티 파트너스": a form written apart closes a name with a proper noun in it
        boolean organisation = organisationWord(core(text, last)) || kind == ActorKind.COMPANY && said.role() == null
                || to - from > 1 && anyProper && words.hasCompanyForm(name);
        // a name is proper nouns throughout, or is introduced by a person's role, or has an organisation's form:
        // "셰익스피어 작품", "영리 기업", "최대 투자자" are none of these
        boolean named = sentence.subList(from, to).stream().allMatch(Word::properNoun);
        // several words after a title name someone ("트위치 공동창업자 에밋 시어를"); before a role, only with a proper
        // noun among them: "주말 동안 투자자들은" is a time and the investors
        boolean introduced = kind == ActorKind.PERSON && (named || to - from > 1 && (anyProper || roleFirst));
        // "양사 모두 '윈윈'을 강조했다": a word in quotes is a slogan or a term unless its form or its role says it names
        // an organisation or a person ("'싱킹머신랩'을 출범했다")
        if (!(named || organisation || introduced) || name.length() < 2 || words.endsLikeNoName(name)
                || quoted && !organisation && kind != ActorKind.PERSON) {
            return null;
        }
        if (kind == null && organisation) {
            kind = ActorKind.COMPANY;
        }
        String finalCase = said == null ? caseWord : said.caseWord();
        boolean argument = !affiliation && argument(text, sentence, to, finalCase, said == null ? last.end() : said.end());
        // "젠슨 황 엔비디아 CEO는": a full name with a title is how news introduce someone who matters; an
        // organisation's form says as much of its name
        boolean presented = argument && (kind == ActorKind.PERSON && said != null && said.role() != null
                && anyProper && (to - from > 1 || words.koreanFullName(name)) || organisationWord(name));
        return new Found(name, first.start(), nameEnd, kind, said == null ? null : said.role(), gloss,
                argument, presented);
    }

    /** "EU는", and a capitalised name listed beside an organisation: "엔비디아, Arm 등과". */
    private java.util.Optional<Found> latin(String text, List<Word> sentence, int i) {
        Word w = sentence.get(i);
        if (!glosses.latinName(text, sentence, i)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Found(core(text, w), w.start(), w.coreEnd(), ActorKind.COMPANY, null, null,
                party(text, text.substring(w.coreEnd(), w.end()), w.end()), false));
    }

    /**
     * Whether a case particle makes the name a party: its own or its role's ("토버로프 변호사는"); the items of a list
     * share the case of the last one ("피터 틸, 리드 호프먼 등이"); someone acting for it acts for it ("시본 질리스의
     * 변호인단은").
     */
    private boolean argument(String text, List<Word> sentence, int to, String caseWord, int end) {
        if (party(text, caseWord, end)) {
            return true;
        }
        if (caseWord.equals("의") && to < sentence.size()) {
            Word next = sentence.get(to);
            return words.actsFor(core(text, next)) && CASES.contains(text.substring(next.coreEnd(), next.end()));
        }
        return false;
    }

    /** A case particle of a party, or none before a list that goes on ("피터 틸, 리드 호프먼 등이"). */
    private static boolean party(String text, String caseWord, int end) {
        return CASES.contains(caseWord) || caseWord.isEmpty() && LIST.matcher(text).region(end, text.length()).lookingAt();
    }
}
