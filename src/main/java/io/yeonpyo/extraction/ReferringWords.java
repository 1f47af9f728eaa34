package io.yeonpyo.extraction;

import static io.yeonpyo.extraction.ActorMatcher.hangulRun;
import static io.yeonpyo.extraction.ActorMatcher.isHangul;

import io.yeonpyo.extraction.ActorMatcher.Match;
import io.yeonpyo.extraction.ActorMatcher.Role;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Words that stand for someone named elsewhere, found where {@link ActorMatcher} finds no name: the plural pronouns
 * ("두 사람", "이들", "양사"), "그", a company ("회사", "이 기관"), a board ("이사회") and the act just told ("이를").
 * Which of them count is a matter of particles and neighbouring words, not of the dictionary, so they are read
 * apart from the names; later stages resolve them.
 */
final class ReferringWords {

    /** The particles after "회사" that make it a party: not 의 ("회사의 가치"), and 회사채, 회사원 are other words. */
    private static final Set<String> COMPANY_NOUN_PARTICLES = Set.of("를", "에서", "에", "로", "와", "는", "가", "도",
            "에서도", "로부터");

    private static final Set<String> PRONOUN_PARTICLES = Set.of("은", "는", "이", "가", "을", "를", "의", "와", "과",
            "에게", "도", "만", "에", "로", "께서", "끼리");

    private static final List<String> PEOPLE_PRONOUNS = List.of("두 사람", "이들", "그들", "두 CEO", "양사 CEO",
            "두 거물", "세 사람");
    private static final List<String> COMPANY_PRONOUNS = List.of("양사", "두 회사", "양측", "두 기업", "두 거인",
            "양쪽", "세 회사", "세 기업");
    /** First characters of the plural pronouns, of "그", of "회사" and of the pointing words ("이 기관", "해당 기업"). */
    private static final String PRONOUN_FIRSTS = firsts(PEOPLE_PRONOUNS, COMPANY_PRONOUNS) + "그회이해";
    /**
     * The plural pronouns by the index of their first letter in {@link #PRONOUN_FIRSTS}, in list order: 이 and 그
     * start many words, and each position is compared only with the pronouns that start with its letter.
     */
    private static final String[][] PEOPLE_BY_FIRST = byFirst(PEOPLE_PRONOUNS);
    private static final String[][] COMPANIES_BY_FIRST = byFirst(COMPANY_PRONOUNS);
    private static final Pattern POINTED_ORGANISATION = Pattern.compile("(이|그|해당)\\s(기관|기업|업체|단체|스타트업|연구소)");

    /** "새 회사를 세웠다", "다른 회사로 옮겼다": a company that is new or another is none named before. */
    private static final Set<String> NEW_OR_OTHER = Set.of("새", "새로운", "신생", "별도", "별도의", "다른", "한", "어느");

    private ReferringWords() {
    }

    private static String[][] byFirst(List<String> pronouns) {
        String[][] out = new String[PRONOUN_FIRSTS.length()][];
        for (int k = 0; k < out.length; k++) {
            char first = PRONOUN_FIRSTS.charAt(k);
            out[k] = pronouns.stream().filter(p -> p.charAt(0) == first).toArray(String[]::new);
        }
        return out;
    }

    private static String firsts(List<String> people, List<String> companies) {
        StringBuilder out = new StringBuilder();
        Stream.concat(people.stream(), companies.stream()).map(p -> p.charAt(0)).distinct().forEach(out::append);
        return out.toString();
    }

    /** The referring word starting at {@code i}, or null. */
    static Match matchAt(String text, int i) {
        int letter = PRONOUN_FIRSTS.indexOf(text.charAt(i));
        if (letter < 0) {
            return null;
        }
        for (String p : PEOPLE_BY_FIRST[letter]) {
            if (pronounAt(text, i, p)) {
                return new Match(null, i, i + p.length(), p, Role.PEOPLE_PRONOUN);
            }
        }
        for (String p : COMPANIES_BY_FIRST[letter]) {
            if (pronounAt(text, i, p)) {
                return new Match(null, i, i + p.length(), p, Role.COMPANY_PRONOUN);
            }
        }
        // "그는", "그를", "그의", "그(머스크)는": he; "그 회사", "그간", "그러나" are something else
        if (text.startsWith("그", i) && (i == 0 || !isHangul(text.charAt(i - 1)))) {
            String rest = hangulRun(text, i + 1);
            if ((!rest.isEmpty() && PRONOUN_PARTICLES.contains(rest)) || text.startsWith("(", i + 1)) {
                return new Match(null, i, i + 1, "그", Role.PERSON_PRONOUN);
            }
        }
        // "회사를 떠났다", "그 회사에 합류했다": the company standing alone is the one just named (resolved later)
        if (text.startsWith("회사", i) && (i == 0 || !isHangul(text.charAt(i - 1)))
                && COMPANY_NOUN_PARTICLES.contains(hangulRun(text, i + 2)) && !NEW_OR_OTHER.contains(wordBefore(text, i))) {
            return new Match(null, i, i + 2, "회사", Role.COMPANY_NOUN);
        }
        // "이 기관은", "해당 기업이": an organisation pointed at is the one just named, as 회사 is
        if ((i == 0 || !isHangul(text.charAt(i - 1)))
                && (text.startsWith("이 ", i) || text.startsWith("그 ", i) || text.startsWith("해당 ", i))) {
            Matcher pointed = POINTED_ORGANISATION.matcher(text).region(i, text.length());
            String particle = pointed.lookingAt() ? hangulRun(text, pointed.end()) : null;
            if (particle != null && (PRONOUN_PARTICLES.contains(particle) || COMPANY_NOUN_PARTICLES.contains(particle))) {
                return new Match(null, i, pointed.end(), pointed.group(), Role.COMPANY_NOUN);
            }
        }
        // "이사회에서 물러났다": a board named with no company is the board of the company the article is about
        if (text.startsWith("이사회", i) && (i == 0 || !isHangul(text.charAt(i - 1)))) {
            String particle = hangulRun(text, i + 3);
            if (PRONOUN_PARTICLES.contains(particle) || particle.equals("에서")) {
                return new Match(null, i, i + 3, "이사회", Role.BOARD_NOUN);
            }
        }
        // "법원은 이를 기각했다": 이를 (this, as object) is the act the text told just before; the match ends before
        // the particle so that the particle gives its case like a name's
        if (text.startsWith("이를", i) && (i == 0 || !isHangul(text.charAt(i - 1))) && i + 2 < text.length()
                && Character.isWhitespace(text.charAt(i + 2))) {
            return new Match(null, i, i + 1, "이", Role.ACT_PRONOUN);
        }
        return null;
    }

    private static String wordBefore(String text, int i) {
        int end = i;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static boolean pronounAt(String text, int i, String p) {
        if (!text.startsWith(p, i) || (i > 0 && isHangul(text.charAt(i - 1)))) {
            return false;
        }
        String rest = hangulRun(text, i + p.length());
        return rest.isEmpty() || PRONOUN_PARTICLES.contains(rest);
    }
}
