package io.yeonpyo.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Factuality of a trigger's predicate: whether the clause reports an act as done, or speculates, asks, negates,
 * interprets or plans it; and whether a plan is a scheduled act with a date ahead (a planned event). The predicate is
 * the text from a trigger to its next connective ending.
 */
final class Factuality {

    private Factuality() {
    }

    /**
     * Clauses that speculate, ask, predict, plan or interpret are not events: 전망, 가능성, ~할까요, ~것으로 보인다,
     * ~수 있다, ~려는, 예정, 해석, 분석, 논의, 검토 중, talks under way (협의 중, 협상하고 있다). A deliberation reported in the past ("제소를 검토했다는 소식")
     * happened and counts.
     */
    private static final String NOT_A_FACT_WORDS =
            "전망|가능성|까요|까?|지켜봐|것으로 보|로 보입|로 보여|보인다|듯|수 있|수도 있|않으려|려 한|려는|려고|하려"
                    + "|분석|해석|평이다|예정|만약|논의|검토 중|협의 중|협상 중|협의하고 있|협상하고 있|협상을 벌이고|검토하고|검토할|검토해|바란다|싶|우려|의혹|이라면|한다면|거라|할 것|될 것|일 것"
                    + "|날 것|걸릴 것|필요|해 왔|해왔|어 왔|아 왔|져 왔|와 왔|내 왔|내왔|온 만큼"
                    // how things look is no act: "갈등을 봉합하는 모양새를 보이고 있다"
                    + "|모양새"
                    // an interest is no act: "크롬이 매물로 나온다면 인수에 관심이 있다고 밝혔다"
                    + "|관심이 있|관심을 보|관심을 나타|관심을 표"
                    // what goes on is no new act: "협력을 이어갔다", "소송을 이어가고"
                    + "|이어가|이어갔|이어 가|이어 갔|이어오|이어왔|이어 왔"
                    // what someone is ordered or told to do: "투자 내역을 제출하라고 명령했다"
                    + "|하라고|내라고|달라고"
                    + "|계획이다|계획을 밝|방침|보유하고 있|갖고 있|보유한다|갖는다|보유하게 된|갖게 된|유지하고 있| 겁니다|거예요|수밖에|느낌|생각합니다"
                    + "|시사|으로 꼽|로 꼽|를 언급|을 언급|처럼 보|바탕으로|힘입어"
                    // what must be done or is asked for is not done: "…에 나서야 한다고", "…하도록 요청했다"
                    + "|야 한다|야 했다|야 할|도록"
                    // whether it will happen is the question ("투자할지 주목된다"); put on hold or denied, it did not
                    + "|할지|될지|보류|부인했|부인하|부인한|된다면|했다면|었다면|았다면|진다면"
                    // the circumstances of another act ("창업에 자금을 지원할 때"), not an act reported as done
                    + "|할 때|될 때"
                    // what someone is told not to do ("투자하지 말라고 압박했다") is not done
                    + "|지 말라|지 말고|지 말 것|지 말아"
                    // no intention to do it: "매각할 뜻이 없다", "인수할 의사가 없는"
                    + "|뜻이 없|의사가 없|생각이 없|계획이 없|의향이 없"
                    // what someone is told of is another's act, not theirs: "해임 결정도 발표 직전에야 통보받았다"
                    + "|통보받|통보를 받|전달받|전해 들|전해들"
                    // what someone is pressed or asked to do is not done yet: "올트먼의 복귀를 압박했지만"
                    + "|를 압박|을 압박|를 촉구|을 촉구|를 요구|을 요구|를 요청|을 요청|를 주문|을 주문";
    private static final LiteralWords NOT_A_FACT = LiteralWords.of(NOT_A_FACT_WORDS);

    /**
     * "…다는 분석이다", "…라는 해석도 나온다", "…했다는 것입니다": the clause is someone's reading or claim, not a
     * reported fact.
     */
    private static final Pattern READING = Pattern.compile(
            // the look-ahead lets the search skip, with one letter test, the positions no alternative starts at
            "(?=[다라는단란])(?:(다는|라는|는다는|단|란)\\s*(분석|해석|전망|관측|평가|추측|예상|시각|의견|지적|주장|평|의혹|설)"
                    + "\\s*(이다|입니다|이에요|예요|이죠|이었|도|까지|[이가]|[이가] 나|[이가] 제기|[이가] 있|[이가] 많|[이가] 우세)(?![가-힣])"
                    // "…위반했다는 것입니다": the content of someone's claim, explained
                    + "|(다는|라는)\\s*것(이다|입니다|이죠|이에요)(?![가-힣]))");
    private static final LiteralWords QUESTION = LiteralWords.of("?|까요|일까|을까");

    /** Whether a statement asks a question or gives someone's reading of the act rather than the act. */
    static boolean asksOrReads(String statement) {
        return QUESTION.occursIn(statement) || READING.matcher(statement).find();
    }
    /** Connective endings that close a predicate before a space: "…하고", "…하며", "…했지만". */
    private static final List<String> CONNECTIVE_ENDINGS = List.of("고", "며", "지만", "는데", "으나", "면서", "뿐더러");
    /** A trigger followed by a negation within its phrase: "계약을 맺지 않았다", "공개하지 못했다", "인수가 아닌". */
    static final Pattern NEGATION = Pattern.compile(
            "^[가-힣]*(\\s+[가-힣]+){0,3}?\\s*[가-힣]*(지 않|지 못|지도 못|지도 않|지않|지못)"
                    + "|^[가-힣]*(\\s+[가-힣]+){0,1}?\\s+(안|못)\\s"
                    // what the act is said not to be: "이 계약은 인수가 아닌 고용이라고"
                    + "|^[’']?(가|이)\\s+(아니|아닌)"
                    // had none of it: "지분 없이 기술 파트너로만", "지분은 없다"
                    + "|^(은|도)?\\s*없(이|다|는|었)"
                    // the road not taken: "회사를 인수하는 대신 라이선스 비용을 냈다"
                    + "|^(하|되)?(는|기)?\\s*대신(?![가-힣])");

    /**
     * Whether {@code text[from, to)} holds a letter every negation above needs: 지 (지 않, 지 못…), 안, 못, 아
     * (아니, 아닌), 없 or 대 (대신). Without one, the pattern cannot match and is not run.
     */
    static boolean mayBeNegated(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("지안못아없대".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Words that announce a schedule or a decided plan, not a guess: "시작될 예정이다", "…할 계획이다". */
    private static final Pattern PLAN = Pattern.compile("예정|계획이다|계획을 밝|방침");

    /**
     * "재판은 오는 6월 10일 시작될 예정이다": a scheduled act with a date ahead of the publication is a planned event
     * of the timeline, not a guess. Only the plan words may make the predicate a non-fact: "…할 예정이라는
     * 전망" stays a guess.
     */
    static boolean plannedAhead(AnalyzedSentence s, Clauses.Clause c, ArticleAnalyzer.TriggerHit h,
                                PartialDate publishedOn) {
        String predicate = withNextWord(s.text(), predicateOf(s.text(), h.start(), c.end()), h.start(), c.end());
        java.util.regex.Matcher plan = PLAN.matcher(predicate);
        if (!plan.find() || speculates(predicate.substring(0, plan.start()))) {
            return false;
        }
        return s.dates().stream().anyMatch(d -> d.start() >= c.start() && d.end() <= c.end() && d.resolved() != null
                && (d.text().contains("오는") || (publishedOn != null
                && d.resolved().firstDay().isAfter(publishedOn.lastDay()))));
    }

    /**
     * A plan told as announced or reported ("줄일 것으로 알려졌다", "투자할 것임을 밝혔다", "영입하겠다고 발표했다"):
     * the announcement happened, and it is the news.
     */
    /** A guess stays a guess, no intention no intention, and talks talks, however it is reported: "…할 가능성이 있는 것으로
     * 알려졌다", "매각할 뜻이 없는 것으로 알려졌다". */
    private static final Pattern GUESS_IN_PLAN = Pattern.compile(
            "가능성|수 있|수도 있|전망|듯|검토|논의|만약|뜻이 없|의사가 없|생각이 없|계획이 없|의향이 없"
                    // talks reported are still talks: "…를 협의 중인 것으로 알려졌다"
                    + "|협의 중|협상 중|협의하고 있|협상하고 있|협상을 벌이고");

    private static final Pattern ANNOUNCED_PLAN = Pattern.compile(
            "(것으로|것임을|것이라고|겠다고)\\s*(?:\\S+\\s+){0,2}?(알려졌|전해졌|밝혔|발표)");

    /** What someone proposes is not done: "계약을 맺자는 구글의 제안", "함께 투자하자고 제안했다". */
    private static final Pattern PROPOSED = Pattern.compile("(?<=[가-힣])(자는|자고)\\s+(?:\\S+\\s+){0,2}?(제안|요청|요구|제의)");

    /** The trigger as the subject of a past state that describes a name: "갈등이 고조됐던 MS와 오픈AI가". */
    private static final Pattern PAST_STATE = Pattern.compile("[가-힣]*?[이가]\\s+[가-힣]+던\\s");

    /** Whether the predicate speculates, asks, plans, proposes or interprets. */
    static boolean speculates(String predicate) {
        if (!NOT_A_FACT.occursIn(predicate) && !PROPOSED.matcher(predicate).find()
                && !PAST_STATE.matcher(predicate).lookingAt()) {
            return false;
        }
        return !(ANNOUNCED_PLAN.matcher(predicate).find() && !GUESS_IN_PLAN.matcher(predicate).find());
    }

    /** The text from a trigger to the end of its predicate: the next connective ending or the clause end. */
    static String predicateOf(String text, int from, int clauseEnd) {
        return text.substring(from, connectiveEnd(text, from, clauseEnd));
    }

    /**
     * The end of the first connective ending in {@code text[from, to)}, or {@code to}: the ending and an optional
     * comma before a space ("…하고 ", "…하며, "), or "…할 때 ". Read from each space backwards: a sentence has far
     * fewer spaces than letters, and this is asked for every trigger.
     */
    private static int connectiveEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Regions.isSpace(text.charAt(i))) {
                continue;
            }
            int beforeComma = i > from && text.charAt(i - 1) == ',' ? i - 1 : i;
            for (String ending : CONNECTIVE_ENDINGS) {
                if (beforeComma - ending.length() >= from && text.startsWith(ending, beforeComma - ending.length())) {
                    return i + 1;
                }
            }
            if (i - 3 >= from && text.charAt(i - 1) == '때' && Regions.isSpace(text.charAt(i - 2))
                    && "을질할될던는".indexOf(text.charAt(i - 3)) >= 0) {
                return i + 1;
            }
            if (beforeComma < i && beforeComma > from && text.charAt(beforeComma - 1) == '로') {
                return i + 1; // "…이 세운 회사로, 그동안 …을 받아 왔다": what the name is, set off by a comma
            }
            if (Clauses.followsAnAct(text, i + 1)) {
                return i + 1; // "MS에 합류한 뒤 …": the act is told, what follows is the next one
            }
        }
        return to;
    }

    /** Connective endings that, set off by a comma, end a statement that stands on its own ("지명하며, "). */
    private static final List<String> COMMA_CONNECTIVES = List.of("고", "며", "면서");

    /** The end of the comma-separated statement holding a trigger: the next "…며, " or the clause end. */
    static int statementEnd(String text, int from, int clauseEnd) {
        for (int comma = text.indexOf(',', from); comma >= 0 && comma + 2 <= clauseEnd;
             comma = text.indexOf(',', comma + 1)) {
            if (!Regions.isSpace(text.charAt(comma + 1))) {
                continue;
            }
            for (String ending : COMMA_CONNECTIVES) {
                int start = comma - ending.length();
                // the ending closes a verb: a Hangul letter stands before it
                if (start - 1 >= from && text.startsWith(ending, start)
                        && ActorMatcher.isHangul(text.charAt(start - 1))) {
                    return comma + 2;
                }
            }
        }
        return clauseEnd;
    }


    /** The predicate and the start of the next word: "보유하고 있다" is a state, "보유하고" alone is not yet. */
    static String withNextWord(String text, String predicate, int from, int clauseEnd) {
        return text.substring(from, Math.min(clauseEnd, from + predicate.length() + 3));
    }
}
