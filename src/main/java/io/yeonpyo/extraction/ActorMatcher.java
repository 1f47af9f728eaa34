package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people and companies in a sentence by dictionary longest match.
 *
 * <p>Boundaries: a Latin alias never touches another Latin letter or digit ("MS" is not found in "MSFT" or
 * "SMS"); a Hangul alias never starts inside a Hangul word unless its first word has three syllables or more;
 * a Hangul alias whose last word has one or two syllables must be followed by particles only ("구글에서" yes,
 * "구글링" no). Particles after a name are fine (알트먼은, 오픈AI가).
 *
 * <p>A company right next to a person and a title ("무스타파 슐레이먼 인플렉션 CEO", "구글 딥마인드 창립자인
 * 무스타파 슐레이먼") only says where the person works: it is marked {@link Role#AFFILIATION}, not an actor.
 * Titles themselves (CEO, 이사회 의장, 공동창업자) are never in the dictionary.
 *
 * <p>Pronouns and nouns that stand for a name ("두 사람", "그", "회사", "이사회") are found by {@link ReferringWords}
 * where no name starts.
 */
final class ActorMatcher {

    enum Role { ACTOR, PRODUCT, AFFILIATION, PEOPLE_PRONOUN, COMPANY_PRONOUN, PERSON_PRONOUN, ACT_PRONOUN, COMPANY_NOUN,
        BOARD_NOUN }

    /** One name found in the text; {@code actorId} is null for pronouns. */
    record Match(String actorId, int start, int end, String surface, Role role) {
    }

    private record Name(String surface, String actorId, boolean product, ActorKind kind) {
    }

    /** Particles and copula endings that may follow a name (longest first is not needed: matched by DP). */
    static final Set<String> PARTICLES = Set.of("은", "는", "이", "가", "을", "를", "의", "와", "과", "에", "에게",
            "에서", "로", "으로", "도", "만", "랑", "이랑", "께서", "부터", "까지", "처럼", "보다", "조차", "마저", "나",
            "이나", "이자", "이며", "이고", "이다", "이죠", "죠", "입니다", "였다", "이었다", "측", "쪽", "로부터",
            "으로부터", "한테", "께", "요", "다", "인", "뿐", "밖에", "대로", "에도", "와도", "과도", "엔", "에선", "선",
            "로서", "으로서", "야", "아", "들", "사", "식", "간", "과의", "와의", "에의");

    /** Titles and roles: never actors, and they mark a neighbouring company as a mere affiliation. */
    static final Pattern TITLE = Pattern.compile(
            "^(?:\\s*의)?\\s*(?:[가-힣A-Za-z]+\\s+){0,2}?(최고경영자|최고기술책임자|최고재무책임자|최고운영책임자|최고전략책임자"
                    + "|최고과학자|수석과학자|CEO|CTO|CSO|CFO|COO|창립자|창업자|공동창업자|공동 창업자"
                    + "|설립자|공동설립자|공동 설립자|회장|의장|이사회 의장|부회장|사장|대표|총책임자|책임자|부사장|수석"
                    + "|연구원|출신|임원진|임원|경영진|관계자들|관계자|이사회|전 CEO|대통령|쪽 인사들|측 인사들|인사들|측|쪽"
                    // those who act for the name: "머스크 컨소시엄이", "머스크 변호인단은"
                    + "|컨소시엄|진영|변호인단|법률대리인|변호인|대리인)");

    private static final Name[] NO_NAMES = {};
    /** Where something is posted: "X에", "엑스(X)에서", "트위터를 통해", "X 계정에". */
    private static final Pattern POSTED_ON = Pattern.compile(
            "\\)?(\\([^)]*\\))?(\\s*계정)?(에|에서|에도|에서도|에다|를\\s*통해|을\\s*통해)(?![가-힣])");
    /** What is said there: a quotation, or a verb of writing or posting. */
    private static final Pattern SAYING = Pattern.compile("[\"“‘']|적었|적은|올렸|올린|게시|썼|글을|글에서|글로|밝혔|남겼");
    /**
     * "‘유럽의 오픈AI’로 불리는 미스트랄", "중국판 엔비디아로 꼽히는": a name after a genitive or 판, called something
     * or counted as something, is a likeness the article draws, not a party.
     */
    private static final Pattern EPITHET_BEFORE = Pattern.compile("(의|판)\\s*[‘'\"“「『]?\\s*$");
    private static final Pattern EPITHET_AFTER = Pattern.compile(
            "(\\([^)]*\\))?[’'\"”」』]?\\s*(으로|로|이라고|라고|이라|라)\\s*(불리|통하|꼽히|일컬어지|평가받)");
    private static final Pattern GOVERNMENT = Pattern.compile("\\s*(행정부|정부|정권)(?![가-힣]{2})");
    private static final Pattern GLOSS_OPEN = Pattern.compile("\\(\\s*(구|전|옛|현|현재는)?\\s*");
    private static final Pattern FORMER = Pattern.compile("\\s*((전|현|前)\\s+)?");
    private static final Pattern INTRODUCING = Pattern.compile("\\s*|[가-힣 ]{0,10}(인|이자|이며|이던|였던)\\s*");
    private static final Pattern OWNER_OF_BOARD = Pattern.compile("(\\([^)]*\\))?(의)?\\s*((전|현|비영리|새)\\s+)?");

    private final Lexicon lexicon;
    private final List<Name> names;
    private final Map<String, ActorKind> kinds = new HashMap<>();
    /** Companies whose service people post on ({@code platform: true}). */
    private final java.util.Set<String> platforms = new java.util.HashSet<>();
    /** Names by their first character, longest first: a text position is compared only with names that can start there. */
    private final Name[][] namesByFirst = new Name[Character.MAX_VALUE + 1][];

    ActorMatcher(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<Name> all = new ArrayList<>();
        for (ActorEntry a : lexicon.actors()) {
            if (lexicon.isPlatform(a.id())) {
                platforms.add(a.id());
            }
            kinds.put(a.id(), a.kind());
            a.aliases().forEach(s -> all.add(new Name(s, a.id(), false, a.kind())));
            a.products().forEach(s -> all.add(new Name(s, a.id(), true, a.kind())));
        }
        all.sort(Comparator.comparingInt((Name n) -> -n.surface().length()).thenComparing(Name::surface));
        this.names = List.copyOf(all);
        Map<Character, List<Name>> byFirst = new HashMap<>();
        for (Name n : this.names) {
            byFirst.computeIfAbsent(n.surface().charAt(0), k -> new ArrayList<>()).add(n);
        }
        byFirst.forEach((c, list) -> namesByFirst[c] = list.toArray(new Name[0]));
    }

    /** Every name and pronoun in the text, left to right, without overlaps. */
    List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match m = matchAt(text, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        dropGlosses(text, out);
        // "오픈AI 이사회는", "MS의 이사회에서": a board named with its company is that company's, as written
        out.removeIf(m -> m.role() == Role.BOARD_NOUN && out.stream().anyMatch(o -> o.end() <= m.start()
                && OWNER_OF_BOARD.matcher(text).region(o.end(), m.start()).matches()));
        // "X에 \"…\"라고 적었다", "트위터를 통해 밝혔다": the platform where something was said is no party
        out.removeIf(m -> m.role() == Role.ACTOR && platforms.contains(m.actorId())
                && POSTED_ON.matcher(text).region(m.end(), text.length()).lookingAt()
                && SAYING.matcher(text).region(m.end(), text.length()).find());
        out.removeIf(m -> m.role() == Role.ACTOR && EPITHET_AFTER.matcher(text).region(m.end(), text.length())
                .lookingAt() && EPITHET_BEFORE.matcher(text).region(Math.max(0, m.start() - 4), m.start()).find());
        // "아미트 메타 판사는": a judge or a prosecutor holds no company's title, so a company's name between another
        // name and such a noun is the person's surname
        out.removeIf(m -> m.role() == Role.ACTOR && kindOf(m) == ActorKind.COMPANY && m.end() + 1 < text.length()
                && text.charAt(m.end()) == ' ' && (JUDGES_TITLE.matcher(text).region(m.end() + 1, text.length())
                .lookingAt() || m.start() >= 2 && text.charAt(m.start() - 1) == ' '
                && isHangul(text.charAt(m.start() - 2)) && lexicon.unlistedDoerAt(text, m.end() + 1)));
        markAffiliations(text, out);
        // "트럼프 행정부", "바이든 정부": the name stands for a government, not for the person or company
        for (int k = 0; k < out.size(); k++) {
            Match m = out.get(k);
            if (m.role() == Role.ACTOR && GOVERNMENT.matcher(text).region(m.end(), text.length()).lookingAt()) {
                out.set(k, new Match(m.actorId(), m.start(), m.end(), m.surface(), Role.AFFILIATION));
            }
        }
        return out;
    }

    /** Titles only a person holds, never a company: "메타 판사는" is the judge surnamed Meta. */
    private static final Pattern JUDGES_TITLE = Pattern.compile("(판사|검사|재판장|대법관)(?![가-힣]{2})");

    private Match matchAt(String text, int i) {
        Name[] candidates = namesByFirst[text.charAt(i)];
        for (Name n : candidates == null ? NO_NAMES : candidates) {
            if (text.startsWith(n.surface(), i) && boundaryOk(text, i, i + n.surface().length(), n.surface())) {
                return new Match(n.actorId(), i, i + n.surface().length(), n.surface(),
                        n.product() ? Role.PRODUCT : Role.ACTOR);
            }
        }
        return ReferringWords.matchAt(text, i);
    }

    /** Whether a board follows a name ending at {@code end}: "오픈AI 이사회", "오픈AI의 이사회". */
    static boolean boardFollows(String text, int end) {
        Matcher owner = OWNER_OF_BOARD.matcher(text).region(end, text.length());
        return owner.lookingAt() && text.startsWith("이사회", owner.end());
    }


    static boolean boundaryOk(String text, int start, int end, String alias) {
        char first = alias.charAt(0);
        char last = alias.charAt(alias.length() - 1);
        if (isLatinOrDigit(first) && start > 0 && isLatinOrDigit(text.charAt(start - 1))) {
            return false;
        }
        if (isLatinOrDigit(last) && end < text.length() && isLatinOrDigit(text.charAt(end))) {
            return false;
        }
        if (isHangul(first) && start > 0 && isHangul(text.charAt(start - 1)) && firstWordSyllables(alias) < 3) {
            return false;
        }
        if (isHangul(last) && lastWordSyllables(alias) < 3) {
            String rest = hangulRun(text, end);
            return rest.isEmpty() || particlesOnly(rest);
        }
        return true;
    }

    /** True when the Hangul run can be cut into known particles ("에서도", "과의"). */
    static boolean particlesOnly(String run) {
        boolean[] ok = new boolean[run.length() + 1];
        ok[0] = true;
        for (int i = 0; i < run.length(); i++) {
            if (!ok[i]) {
                continue;
            }
            for (int j = i + 1; j <= run.length(); j++) {
                if (PARTICLES.contains(run.substring(i, j))) {
                    ok[j] = true;
                }
            }
        }
        return ok[run.length()];
    }

    /** "마이크로소프트(MS)", "X(구 트위터)": a name glossed in parentheses right after it is the same mention. */
    private static void dropGlosses(String text, List<Match> matches) {
        for (int k = matches.size() - 1; k > 0; k--) {
            Match gloss = matches.get(k);
            Match named = matches.get(k - 1);
            if (gloss.actorId() != null && gloss.actorId().equals(named.actorId())
                    && GLOSS_OPEN.matcher(text).region(named.end(), gloss.start()).matches()
                    && text.startsWith(")", gloss.end())) {
                matches.remove(k);
            }
        }
    }

    /**
     * Marks as affiliation a company written between a person and a title ("머스크 테슬라 CEO"), or a company
     * followed by a title that introduces the person ("구글 딥마인드 창립자인 무스타파 슐레이먼").
     */
    private void markAffiliations(String text, List<Match> matches) {
        for (int k = 0; k < matches.size(); k++) {
            Match m = matches.get(k);
            if (m.role() != Role.ACTOR || kindOf(m) != ActorKind.COMPANY) {
                continue;
            }
            boolean personBefore = k > 0 && kindOf(matches.get(k - 1)) == ActorKind.PERSON
                    && FORMER.matcher(text).region(matches.get(k - 1).end(), m.start()).matches();
            Match next = k + 1 < matches.size() ? matches.get(k + 1) : null;
            boolean personNext = next != null && kindOf(next) == ActorKind.PERSON;
            if (!personBefore && !personNext) {
                continue; // only a person beside the company makes it an affiliation: no title to read
            }
            Matcher title = TITLE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80)));
            if (!title.lookingAt()) { // TITLE is anchored (^): the same as find(), without trying every offset
                continue;
            }
            int afterTitle = m.end() + title.end();
            boolean personAfter = personNext
                    && (next.start() < afterTitle // "소프트뱅크그룹 손정의 회장": the person sits inside the title phrase
                    || INTRODUCING.matcher(text).region(afterTitle, next.start()).matches());
            if (personBefore || personAfter) {
                matches.set(k, new Match(m.actorId(), m.start(), m.end(), m.surface(), Role.AFFILIATION));
            }
        }
    }

    private ActorKind kindOf(Match m) {
        return m.actorId() == null ? null : kinds.get(m.actorId());
    }

    static String hangulRun(String text, int from) {
        int j = from;
        while (j < text.length() && isHangul(text.charAt(j))) {
            j++;
        }
        return text.substring(from, j);
    }

    private static int firstWordSyllables(String alias) {
        int n = 0;
        for (int i = 0; i < alias.length() && !Character.isWhitespace(alias.charAt(i)); i++) {
            n += isHangul(alias.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static int lastWordSyllables(String alias) {
        int n = 0;
        for (int i = alias.length() - 1; i >= 0 && !Character.isWhitespace(alias.charAt(i)); i--) {
            n += isHangul(alias.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    static boolean isHangul(char c) {
        return c >= '가' && c <= '힣';
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
