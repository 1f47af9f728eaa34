package io.yeonpyo.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The case a name takes in its clause, read from the particle glued to it: 이/가/은/는 (subject or topic), 을/를
 * (direct object), 에/에게/와/과/로 (the other party), 의 (possessor). What may stand between a name and its particle
 * is skipped: a parenthesis ("마이크로소프트(MS)와"), a closing quote, a title with its company ("머스크 테슬라
 * 최고경영자(CEO)의").
 */
final class CaseParticles {

    /** A run that is a copula, whole: "(이)죠", "(이)다", "(이)지요", "(이)에요", "(이)예요", "입니다", "이었다", "였다". */
    private static final Set<String> COPULA = Set.of("죠", "다", "지요", "에요", "예요", "이죠", "이다", "이지요", "이에요",
            "이예요", "입니다", "이었다", "였다");
    private static final Set<String> COPULAR_LINK = Set.of("이자", "이며", "이고", "인", "이던", "였던");
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^)]*\\)");
    private static final String CLOSING_QUOTES = "'’\"”」』";
    private static final Pattern LIKE_DO = Pattern.compile("\\s+(역시|또한|마저|조차)(?![가-힣])");
    private static final Pattern ABOUT = Pattern.compile("\\s*(대한|대해|따른|관한)");
    private static final Pattern ABOUT_WHOSE = Pattern.compile("\\s+[가-힣]+(을|를)\\s+(두고|놓고|둘러싸고)(?![가-힣])");
    private static final Pattern THROUGH = Pattern.compile("\\s*(통해|통한|통하|두고|놓고)");

    private CaseParticles() {
    }

    /** What follows a name, as far as its particle and a title with its company can reach. */
    private static String window(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 80));
    }

    /** Without the parenthesis it starts with, if any: "(MS)와" → "와". */
    private static String withoutParenthesis(String s) {
        if (!s.startsWith("(")) {
            return s; // most names are followed by their particle: no pattern to run
        }
        java.util.regex.Matcher m = PARENTHESIS.matcher(s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /** Only a name followed by a space can have a title after it: most take their particle at once. */
    private static boolean startsWithSpace(String s) {
        return !s.isEmpty() && Character.isWhitespace(s.charAt(0));
    }

    private static String withoutClosingQuote(String s) {
        return !s.isEmpty() && CLOSING_QUOTES.indexOf(s.charAt(0)) >= 0 ? s.substring(1) : s;
    }

    /**
     * The case particle after a name, skipping what may stand between the name and its particle: a parenthesis
     * ("마이크로소프트(MS)와"), a title with its company ("머스크 테슬라 최고경영자(CEO)의").
     */
    private static final java.util.regex.Pattern AND_OTHERS = java.util.regex.Pattern.compile("\\s+등(?=[가-힣])");

    static ArticleAnalyzer.Case caseAfter(String text, int end) {
        String rest = withoutClosingQuote(withoutParenthesis(window(text, end)));
        // TITLE is anchored (^): lookingAt() is find() without trying every offset
        java.util.regex.Matcher title = startsWithSpace(rest) ? ActorMatcher.TITLE.matcher(rest) : null;
        if (title != null && title.lookingAt()) {
            if (title.group(1).equals("출신")) {
                return ArticleAnalyzer.Case.MODIFIER; // "오픈AI 출신이", "구글 출신 연구자들이": people from it act
            }
            rest = withoutParenthesis(rest.substring(title.end()));
        }
        String run = ActorMatcher.hangulRun(rest, 0);
        if (run.isEmpty() && LIKE_DO.matcher(rest).lookingAt()) {
            return ArticleAnalyzer.Case.SUBJECT; // "MS 역시 …": like 도
        }
        java.util.regex.Matcher others = run.isEmpty() && rest.indexOf('등') >= 0 ? AND_OTHERS.matcher(rest) : null;
        if (others != null && others.lookingAt()) {
            rest = rest.substring(others.end()); // "머스크와 올트먼 등이": 등 written apart, then the particle
            run = ActorMatcher.hangulRun(rest, 0);
        }
        if (run.startsWith("등") && run.length() > 1) {
            run = run.substring(1); // "소프트뱅크 등과": 등 (and others) sits between the name and its particle
        } else if (run.equals("등")) {
            run = ActorMatcher.hangulRun(rest, rest.indexOf('등') + 1);
        }
        if (run.isEmpty()) {
            return ArticleAnalyzer.Case.NONE;
        }
        String after = rest.substring(rest.indexOf(run) + run.length());
        // "의", "와의", "에 대한": the name qualifies a noun instead of taking part in the verb
        // "MS에 대한 의존", "X를 통해": the name only sets the scene
        if ((run.equals("에") && ABOUT.matcher(after).lookingAt())
                || ((run.equals("을") || run.equals("를")) && THROUGH.matcher(after).lookingAt())) {
            return ArticleAnalyzer.Case.MODIFIER;
        }
        if ((run.equals("의") || run.endsWith("의")) && ABOUT_WHOSE.matcher(after).lookingAt()) {
            return ArticleAnalyzer.Case.MODIFIER; // "오픈AI의 방향을 두고 이견": whose direction is the matter, not a party
        }
        if (run.equals("와의") || run.equals("과의")) {
            return ArticleAnalyzer.Case.OBJECT; // "스케일AI와의 거래를 끊었다": the other side of the deal the noun names
        }
        if (run.equals("의") || run.endsWith("의")) {
            return ArticleAnalyzer.Case.POSSESSIVE;
        }
        if (run.startsWith("을") || run.startsWith("를")) {
            return ArticleAnalyzer.Case.DIRECT_OBJECT;
        }
        if (run.startsWith("이랑") || run.startsWith("으로") || run.startsWith("에") || run.startsWith("와") || run.startsWith("과") || run.startsWith("로")
                || run.startsWith("한테") || run.startsWith("랑")) {
            return ArticleAnalyzer.Case.OBJECT;
        }
        if (COPULA.contains(run) || COPULAR_LINK.contains(run)) {
            // "그렇다면 구글이죠", "딥마인드 공동창업자이자 인플렉션 CEO인 슐레이만": the name says what someone or
            // something is, not who acts
            return ArticleAnalyzer.Case.MODIFIER;
        }
        if (run.startsWith("은") || run.startsWith("는") || run.startsWith("이") || run.startsWith("가")
                || run.startsWith("께서") || run.startsWith("도")) {
            return ArticleAnalyzer.Case.SUBJECT;
        }
        return ArticleAnalyzer.Case.NONE;
    }

    /** A name marked with 은/는: the sentence's topic, which governs past scene-setting clauses. */
    static boolean isTopic(String text, ArticleAnalyzer.Role r) {
        String rest = withoutParenthesis(window(text, r.end()));
        java.util.regex.Matcher title = startsWithSpace(rest) ? ActorMatcher.TITLE.matcher(rest) : null;
        if (title != null && title.lookingAt()) {
            rest = withoutParenthesis(rest.substring(title.end()));
        }
        String run = ActorMatcher.hangulRun(rest, 0);
        return r.grammaticalCase() == ArticleAnalyzer.Case.SUBJECT && (run.startsWith("은") || run.startsWith("는"));
    }
}
