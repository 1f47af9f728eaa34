package io.yeonpyo.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of a sentence's dates is the act's own. The last date before the trigger in its clause, else the first after
 * it, else one before the clause; never a duration or a deadline ("6년간", "2030년까지"), never a date inside a
 * relative clause that describes a noun ("2022년 인수한 X를 … 매각했다"), never one inside what someone says or gives
 * as a reason ("머스크는 [2015년 … 위반했다]고 제소했다").
 */
final class ActDates {

    private final NoriWords nori;

    ActDates(NoriWords nori) {
        this.nori = nori;
    }

    /**
     * The clause's own date (the last one before the trigger, else the first after it); otherwise the nearest date
     * before the clause in the same sentence. Durations ("6년간") and deadlines ("2030년까지") never date an event;
     * "닷새 만에" does once resolved against the date before it.
     */
    DateMention dateFor(AnalyzedSentence s, Clauses.Clause c, ArticleAnalyzer.TriggerHit trigger,
                        List<ArticleAnalyzer.TriggerHit> hits) {
        // "2022년 인수한 X를 … 매각했다": a date before another act told as a relative clause (a trigger verb in
        // adnominal form) dates that act, not the one after it
        List<DateMention> usable = s.dates().stream().filter(d -> usableDate(s.text(), d))
                .filter(d -> d.end() > trigger.start() || d.end() <= c.start()
                        || hits.stream().noneMatch(h -> h.start() >= d.end() && h.end() <= trigger.start()
                        && nori.modifierBetween(s.text(), h.start(), NoriWords.wordEnd(s.text(), h.end()))
                        && !dayBeforeOthersClause(s.text(), d, h.start())))
                .filter(d -> !insideReportedContent(s.text(), c, d, trigger))
                .filter(d -> !insideOthersRelativeClause(s.text(), c, d, trigger))
                .toList();
        DateMention beforeTrigger = null;
        DateMention afterTrigger = null;
        DateMention beforeClause = null;
        for (DateMention d : usable) {
            if (d.start() >= c.start() && d.start() < c.end()) {
                if (d.start() < trigger.start()) {
                    // "22일 머스크는 [오픈AI가 전날 발표한] 프로젝트를 비판했다": of two dates before the act, the one
                    // inside a relative clause dates that clause; the earlier one stays the act's
                    if (beforeTrigger == null || !nori.modifierBetween(s.text(), d.end(), trigger.start())
                            || toldIn(s.text(), beforeTrigger, d, trigger)) {
                        beforeTrigger = d;
                    }
                } else if (laterClauseOwnSubject(s.text(), trigger.end(), d.start())) {
                    continue; // "…단계적으로 투자하며, 첫 시스템은 2026년 하반기 가동될 예정이다": that clause's date
                } else if (afterTrigger == null || countedFrom(d, afterTrigger)) {
                    // "이번 MOU는 [오픈AI가 지난 5월 …을 수정한 지] 넉 달 만에 나왔다": the act is at the count
                    afterTrigger = d;
                }
            } else if (d.end() <= c.start() && !Clauses.startsAfterAnAct(s.text(), c.start())) {
                // "지난해 9월 회사를 떠난 뒤 [싱킹머신랩을 설립했다]": what follows 뒤 happened later, on no day given
                beforeClause = d;
            }
        }
        if (beforeTrigger != null) {
            return beforeTrigger;
        }
        return afterTrigger != null ? afterTrigger : beforeClause;
    }

    /**
     * "오픈AI 이사회는 [머스크가 지난 2월 주도한] 인수 제안을 거부했다", "법원은 [머스크가 지난해 낸] 소송을 기각했다":
     * a date right after a subject of its own (이/가) and before a verb in adnominal form dates the relative clause
     * that describes the act's object, not the act. When the clause describes the trigger noun itself and the noun
     * is the act ("오픈AI 측이 지난 1월 낸 가처분 신청"), the date is the act's.
     */
    private boolean insideOthersRelativeClause(String text, Clauses.Clause c, DateMention d,
                                               ArticleAnalyzer.TriggerHit trigger) {
        if (d.start() <= c.start() || d.end() > trigger.start()) {
            return false;
        }
        if (TOLD_IN.matcher(text).region(d.end(), trigger.start()).find()) {
            return false; // "MS가 작년 8월 제출한 보고서에서 …": the document the act is told in, by its doer
        }
        if (dayBeforeOthersClause(text, d, trigger.start())) {
            return false;
        }
        int before = NoriWords.wordEndBefore(text, trigger.start());
        if (trigger.trigger().followedBy().isEmpty() && !verbPhrase(trigger.trigger())
                && before > d.end() && NoriWords.adnominalSyllable(text.charAt(before - 1))
                && nori.modifierBetween(text, before - 1, before)) {
            return false;
        }
        int wordEnd = d.start();
        while (wordEnd > c.start() && Regions.isSpace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        // the relative clause's subject comes after the sentence's own (법원은, 이사회는): with none before it, the
        // clause's subject is the sentence's, and its date the act's ("머스크가 지난 10일 주도한 인수 제안은 …")
        return subjectWords(text, c.start(), Math.min(text.length(), wordEnd + 1)) >= 2 && OWN_SUBJECT.matcher(text).region(c.start(), wordEnd).find()
                && nori.modifierBetween(text, d.end(), trigger.start());
    }

    /** A day of the month alone, the way a report dates its news: "4일", "지난 4일", "4일(현지시간)". */
    private static final Pattern BARE_DAY = Pattern.compile("(지난\\s*)?\\d{1,2}\\s*일(\\s*\\(현지\\s*시간\\))?");

    /**
     * "CMA가 4일 [MS가 … 영입한] 거래를 승인했다": a bare day right after the sentence's subject, then a relative clause
     * with a subject of its own, is the day of the news, not of that clause; a year there ("X는 2022년 [머스크가
     * 인수한] 회사를") is the clause's history.
     */
    private static boolean dayBeforeOthersClause(String text, DateMention d, int clauseEnd) {
        return BARE_DAY.matcher(d.text().strip()).matches()
                && CONTENT_SUBJECT.matcher(text).region(d.end(), clauseEnd).find();
    }

    /** A trigger that is a noun with its verb ("소송을 기각"): the act is the verb's, not the noun's. */
    private static final Pattern VERB_PHRASE = Pattern.compile("(을|를)\\s");

    static boolean verbPhrase(Lexicon.Trigger trigger) {
        return VERB_PHRASE.matcher(trigger.word()).find();
    }

    /**
     * A connective ending, then the next clause's own subject or topic a few words on: "투자하며, 첫 시스템은 ",
     * "투자했고 두 회사의 공동 연구소는 ".
     */
    private static final Pattern NEXT_CLAUSE_SUBJECT = Pattern.compile(
            "[가-힣](며|고|면서|지만|는데|으나|으며),?\\s+(\\S+\\s){0,3}\\S*[가-힣A-Za-z0-9)](은|는|이|가)\\s");

    /**
     * Whether a date after the trigger lies in a later clause with a subject of its own: the date is that clause's,
     * even when the clause, naming no one, was not cut from the act's.
     */
    private static boolean laterClauseOwnSubject(String text, int triggerEnd, int dateStart) {
        return triggerEnd < dateStart && NEXT_CLAUSE_SUBJECT.matcher(text).region(triggerEnd, dateStart).find();
    }

    /** A word closed by the subject particle 이/가 (a name, or its title: "머스크 CEO가"). */
    private static final Pattern OWN_SUBJECT = Pattern.compile("[가-힣A-Za-z0-9)](이|가)$");

    /**
     * "1일 외신에 따르면 MS는 [지난달 30일 제출한] 연례보고서에서 오픈AI를 경쟁사로 적시했다", "오픈AI는 [9일 낸]
     * 성명을 통해 …을 거부했다": a relative clause on the document or statement in which the act is told dates
     * the act itself, whatever date comes before it (the day of the report). Not when the clause has a subject of
     * its own ("22일 머스크는 [오픈AI가 전날 발표한] 보고서에서 …를 비판했다": another one's document).
     */
    private boolean toldIn(String text, DateMention earlier, DateMention d, ArticleAnalyzer.TriggerHit trigger) {
        java.util.regex.Matcher venue = TOLD_IN.matcher(text).region(d.end(), trigger.start());
        if (!venue.find() || !noCommaBetween(text, d.end(), venue.start())
                || !nori.modifierBetween(text, d.end(), venue.start())) {
            return false;
        }
        return subjectWords(text, earlier.end(), venue.start()) <= 1;
    }

    /** How many words in [from, to) end in a subject or topic particle. */
    private static int subjectWords(String text, int from, int to) {
        java.util.regex.Matcher subjects = SUBJECT_WORD.matcher(text).region(from, to);
        int count = 0;
        while (subjects.find()) {
            count++;
        }
        return count;
    }

    private static final Pattern SUBJECT_WORD = Pattern.compile("[가-힣A-Za-z0-9)](은|는|이|가)\\s");

    /** The noun a relative clause describes, taken as where the act is told: "…보고서에서", "…성명을 통해". */
    private static final Pattern TOLD_IN = Pattern.compile("[가-힣)](에서|에서는|을\\s?통해|를\\s?통해)(?=\\s)");

    private static boolean noCommaBetween(String text, int from, int to) {
        int comma = text.indexOf(',', from);
        return comma < 0 || comma >= to;
    }

    /** Whether {@code later} counts from {@code earlier} ("…한 지 넉 달 만에"). */
    private static boolean countedFrom(DateMention later, DateMention earlier) {
        return later.resolved() != null && later.text().strip().endsWith("만") && later.derivation() != null
                && later.derivation().args().size() > 2 && earlier.resolved() != null
                && later.derivation().args().get(2).equals(earlier.resolved().iso());
    }

    /** Where a reported content or a reason ends: "…위반했다고 제소했다", "…만들었다"고 반박했다", "…어겼다며". */
    private static final Pattern CONTENT_END = Pattern.compile(
            "(?<=[가-힣])(다고|라고|냐고|다며|라며|다면서|라면서)(?![가-힣])|[\"”’']\\s*(고|라고|며)(?![가-힣])");
    /** A topic before the date: the one who speaks, with the content after it ("머스크는 [2015년 …]고 제소했다"). */
    private static final Pattern TOPIC = Pattern.compile("[가-힣A-Za-z0-9)’'”]\\s?(은|는)\\s");

    /** The end of the last reported content or reason between two offsets, or {@code from} when there is none. */
    static int contentEnd(String text, int from, int to) {
        return Regions.lastMatchEnd(CONTENT_END, text, from, to);
    }

    /**
     * "'그록' 관련 영업비밀": a single word in single quotes is a name or a term, no one's words quoted. The index of
     * its closing quote when one opens at {@code open}, else -1.
     */
    private static int quotedTermEnd(String text, int open) {
        if ("‘'".indexOf(text.charAt(open)) < 0) {
            return -1;
        }
        int close = open + 1;
        while (close < text.length() && "’'".indexOf(text.charAt(close)) < 0) {
            close++;
        }
        return close < text.length() && close > open + 1 && text.substring(open + 1, close).chars()
                .noneMatch(Character::isWhitespace) ? close : -1;
    }

    /**
     * "머스크는 소장에서 [오픈AI와 올트먼이 2015년 … 합의를 위반했다]고 제소했다": a date inside what someone says,
     * claims or gives as a reason dates that content, not the act of saying it or the act it explains. The content
     * follows the speaker's topic and ends in 다고/라고/다며 before the act; a date before the topic governs the
     * whole sentence ("지난 5일 머스크는 …라고 비판하며 소송을 냈다").
     */
    private static boolean insideReportedContent(String text, Clauses.Clause c, DateMention d,
                                                 ArticleAnalyzer.TriggerHit trigger) {
        if (d.end() > trigger.start() || d.start() < c.start()) {
            return false;
        }
        java.util.regex.Matcher end = CONTENT_END.matcher(text).region(d.end(), trigger.start());
        if (!end.find() || !TOPIC.matcher(text).region(c.start(), d.start()).find()) {
            return false;
        }
        // a quotation that opens after the date is the content, and the date before it dates the speaking, unless
        // a subject of its own stands between them ("오픈AI는 [2017년 머스크가 "…"]고 반박했다")
        String between = text.substring(d.end(), end.start());
        int quote = -1;
        for (int i = 0; i < between.length() && quote < 0; i++) {
            int term = quotedTermEnd(between, i);
            if (term > i) {
                i = term; // past the closing quote
            } else if ("“\"‘'".indexOf(between.charAt(i)) >= 0) {
                quote = i;
            }
        }
        if (quote < 0 && REASON.matcher(end.group()).matches() && (CONTENT_SUBJECT.matcher(between).find()
                || !PAST_BEFORE.matcher(text.substring(d.end(), end.end())).find())) {
            // "머스크는 지난달 29일 [오픈AI가 … 어겼다며] 소송을 냈다": a reason starts at its own subject, and a date
            // between the topic and that subject dates the act it explains; so does a date before a reason that
            // tells no past act ("지난달 5일 [회사 운영에 집중할 수 있다며] 이사직을 내려놓았다")
            return false;
        }
        String said = text.substring(d.end(), end.end());
        if (quote < 0 && !REASON.matcher(end.group()).matches()
                && (!PAST_SAID.matcher(said).find() || CONTINUED_SAID.matcher(said).find())) {
            // "CMA는 지난 9월 [거래가 심사 대상에 해당하지 않는다고] 결론 내렸다", "판사는 지난해 8월 [구글이 … 독점을
            // 유지해 왔다고] 판결했다": words that tell a state, or one that has gone on, not a past act, have no
            // date of their own to take; the date is the saying's
            return false;
        }
        return quote < 0 || CONTENT_SUBJECT.matcher(between.substring(0, quote)).find();
    }

    /** Reported words that tell a state kept up until then: "…독점을 유지해 왔다고". */
    private static final Pattern CONTINUED_SAID = Pattern.compile("(해|어|아|여|져|내)\\s?왔다고$");

    /** Reported words that tell a past act: "…속였다고", "…투자했었다고". */
    private static final Pattern PAST_SAID = Pattern.compile("(았|었|였|했|됐|갔|왔|냈|쳤|졌|켰)(었)?다고$");

    /** Reported words, not a reason: "…속였다고 주장했다". */
    private static final Pattern SAID_END = Pattern.compile("(?<=[가-힣])(다고|라고|냐고)(?![가-힣])");

    /**
     * Whether the date stands inside words the sentence's topic is reported to have said: "머스크는 [자신이 2015년 …
     * 투자했지만 … 속였다고] 주장했다". Such a date is the content's, and no following sentence takes it.
     */
    static boolean insideSaidWords(String text, DateMention d) {
        if (!SAID_END.matcher(text).region(d.end(), text.length()).find()) {
            return false;
        }
        // the words start at their own subject: a date between the speaker and that subject is the saying's ("대통령실은
        // 1일 [이 대통령이 … 접견했다고] 밝혔다")
        java.util.regex.Matcher topic = TOPIC.matcher(text).region(0, d.start());
        return topic.find() && CONTENT_SUBJECT.matcher(text).region(topic.end(), d.start()).find();
    }

    /** The ends of a reason ("…어겼다며"), as opposed to reported words ("…어겼다고"). */
    private static final Pattern REASON = Pattern.compile(".*(며|면서)");

    /** A reason that tells a past act: "…어겼다며", "…약속했었다면서". */
    private static final Pattern PAST_BEFORE = Pattern.compile("(았|었|였|했|됐|갔|왔|냈|쳤|졌|켰)(었)?다(며|면서)$");

    private static final Pattern CONTENT_SUBJECT = Pattern.compile("[가-힣A-Za-z)](이|가)\\s");

    /** "부터 5년간", "부터 약 3년 동안": the start of a period of stated length. */
    private static final Pattern PERIOD_FROM = Pattern.compile("부터\\s*(약\\s*)?[0-9일이삼사오육칠팔구십한두세네]+\\s*(년|개월|달|일|주)\\s*(간|동안)");

    static boolean usableDate(String sentence, DateMention d) {
        String after = sentence.substring(Math.min(d.end(), sentence.length()));
        String t = d.text().strip();
        boolean span = t.endsWith("만") || after.startsWith(" 만") || after.startsWith("만");
        // "닷새 만에" dates the event when it resolves against an earlier date; "수개월 만에" does not
        // "2027년부터 5년간 …을 사들이는 계약을 맺었다": a date that opens a stated period is no act's day
        return !(t.endsWith("까지") || after.startsWith("까지") || t.endsWith("간") || after.startsWith("간")
                || PERIOD_FROM.matcher(t.endsWith("부터") ? "부터" + after : after).lookingAt()
                || (span && d.resolved() == null));
    }

    /** A sentence that says only when: its last date is all its copula stands on ("…은 2025년 10월 28일이다"). */
    private static final Pattern TIME_STATED = Pattern.compile("(이다|였다|이었다|입니다|였습니다|이었습니다)[.!]?\\s*$");

    /**
     * "결정적 장면은 2025년 10월 28일이다. 오픈AI가 재편을 마무리하면서 MS는 지분 27%를 확보했다": a sentence that
     * states a time sets the scene, and the acts of the next sentence, which has no date of its own, happen then.
     */
    static DateMention statedTimeBefore(String previousText, List<DateMention> previousDates) {
        DateMention d = previousDates.isEmpty() ? null : previousDates.get(previousDates.size() - 1);
        return d == null || d.resolved() == null || d.end() < 0
                || !TIME_STATED.matcher(previousText.substring(d.end())).matches() ? null
                : new DateMention(d.text(), -1, -1, d.resolved(), d.derivation().around("carried.previous"));
    }

    /** A sentence that opens at the moment right after or before an act: "접견 직후", "발표 직전에". */
    private static final Pattern RIGHT_AFTER = Pattern.compile("^[가-힣]+\\s+(직후|직전)(에|에는)?[,\\s]");

    /**
     * "대통령실은 1일 … 접견했다고 밝혔다. 접견 직후 … 체결식이 열렸다": a sentence with no date of its own that opens
     * right after (or before) an act just told is on the last day the sentence before gave, or on none.
     */
    static DateMention rightAfterPrevious(String text, List<DateMention> previousDates) {
        if (!RIGHT_AFTER.matcher(text).lookingAt()) {
            return null;
        }
        DateMention d = previousDates.stream().filter(x -> x.resolved() != null
                && x.resolved().precision() == Precision.DAY).reduce((a, b) -> b).orElse(null);
        return d == null ? null
                : new DateMention(d.text(), -1, -1, d.resolved(), d.derivation().around("carried.previous"));
    }
}
