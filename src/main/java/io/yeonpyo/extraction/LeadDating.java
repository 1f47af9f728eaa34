package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The news itself. A Korean news article opens with its lead: the act it reports ("…를 고소했다", "…제안을
 * 거절했다"), usually with no date of its own, because the report day follows ("23일(현지시간) 외신에 따르면",
 * "…라고 8일 밝혔다") or is the day of publication. A timeline editor dates the lead act, in this order:
 * <ol>
 *   <li>by one of the following sentences that tells the same act (same type, same verb of its headline, a party in
 *       common) with its own date: the lead sums up, the next sentences give the details;</li>
 *   <li>by the report day of the lead sentence or the next one that gives a date ("N일(현지시간) …에 따르면", "…고
 *       N일 밝혔다");</li>
 *   <li>by the publication date, at the precision it is known.</li>
 * </ol>
 * Only the first narrated body sentence is the lead, or the one right after it when the first tells no act (a figure
 * of speech: "…최대 걸림돌을 치웠다. 양사는 …에 서명했다"); later undated mentions are background ("최근 …를
 * 상대로 소송을 제기했다") that stay undated.
 */
final class LeadDating {

    /** How far into the body the lead may start: headlines and bylines are set aside before, so this is small. */
    private static final int LEAD_WITHIN = 3;
    /** How many following sentences may restate the lead with its details. */
    private static final int DETAIL_WITHIN = 3;
    /** Words that make a day the day something was reported: the outlet or source and its verb of saying. */
    private static final Pattern REPORTED = Pattern.compile(
            "따르면|보도|밝혔|밝히|발표|전했|알렸|공개|성명|말했|게시|올렸|인용");

    /**
     * The lead is the first sentence told in the declarative ending of a report ("…했다.", "…밝혔다"); lines before
     * it without one are a subtitle or a kicker ("테슬라와 합병 제안…10억 달러 자금조달 권하기도").
     */
    private static final Pattern NARRATED = Pattern.compile("[가-힣]다[.\"'”’]*\\s*$");

    private LeadDating() {
    }

    static List<EventMention> date(List<AnalyzedSentence> sentences, List<EventMention> mentions,
                                   PartialDate publishedOn) {
        List<AnalyzedSentence> body = sentences.stream().filter(s -> s.kind() == SentenceKind.BODY).toList();
        int lead = -1;
        for (int i = 0; i < Math.min(LEAD_WITHIN, body.size()) && lead < 0; i++) {
            if (NARRATED.matcher(body.get(i).text()).find()) {
                lead = i;
            }
        }
        if (lead < 0) {
            return mentions;
        }
        int first = body.get(lead).index();
        int second = lead + 1 < body.size() ? body.get(lead + 1).index() : -1;
        if (mentions.stream().noneMatch(m -> m.sentenceIndex() == first) && second >= 0
                && NARRATED.matcher(body.get(lead + 1).text()).find()
                && mentions.stream().anyMatch(m -> m.sentenceIndex() == second && !m.actors().isEmpty())) {
            lead++; // "…최대 걸림돌을 치웠다. 양사는 …MOU에 서명했다": a figure of speech first, then the act
        }
        AnalyzedSentence leadSentence = body.get(lead);
        List<AnalyzedSentence> following = body.subList(lead + 1, Math.min(body.size(), lead + 1 + DETAIL_WITHIN));
        List<AnalyzedSentence> rest = body.subList(lead + 1, body.size());
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            if (m.sentenceIndex() != leadSentence.index() || m.date() != null) {
                out.add(m);
                continue;
            }
            EventMention dated = sameActLater(m, following, mentions, null);
            if (dated == null && publishedOn != null) {
                // further down, the same act counts only with a recent date: the lead is news
                dated = sameActLater(m, rest, mentions, publishedOn);
            }
            if (dated == null) {
                dated = reportDay(m, leadSentence, following);
            }
            if (dated == null && publishedOn != null) {
                dated = withDate(m, publishedOn, null, Derivation.of("lead.publication", publishedOn.iso()));
            }
            out.add(dated == null ? m : dated);
        }
        return presentNews(out, body.subList(lead + 1, Math.min(body.size(), lead + 1 + NEWS_WITHIN)),
                leadSentence);
    }

    /** How far after the lead an act told in the present is still the day's news. */
    private static final int NEWS_WITHIN = 6;
    /**
     * A clause ending in the present tense of a verb ("합류한다", "맡는다", "확보한다"), or in a decision or an outcome
     * just reached ("구매하기로 했다", "물러나게 됐다"): what the lead's news brings with it.
     */
    private static final Pattern PRESENT_TENSE = Pattern.compile(
            "((?<!뜻|의미|해당|속|상징|대변)(한다|된다|는다|간다|난다|진다)|기로 (했|합의했|결정했)다|게 됐다)[.\"'”’]*\\s*$");

    /**
     * "알렉산더 왕 CEO는 회사를 떠나 메타에 합류한다": right after the lead, an act with no date told in the present
     * tense is part of the same news, and has the lead's day; a past act there is background.
     */
    private static List<EventMention> presentNews(List<EventMention> mentions, List<AnalyzedSentence> after,
                                                  AnalyzedSentence leadSentence) {
        EventMention lead = mentions.stream().filter(m -> m.sentenceIndex() == leadSentence.index()
                && m.date() != null && m.derivation() != null && m.derivation().rule().startsWith("lead."))
                .findFirst().orElse(null);
        if (lead == null) {
            return mentions;
        }
        java.util.Set<Integer> news = new java.util.HashSet<>();
        after.stream().filter(s -> PRESENT_TENSE.matcher(s.text()).find()).forEach(s -> news.add(s.index()));
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            boolean sameNews = m.date() == null && news.contains(m.sentenceIndex())
                    && PRESENT_TENSE.matcher(m.clause()).find();
            out.add(sameNews ? withDate(m, lead.date(), lead.dateText(), Derivation.of("lead.sameNews")) : m);
        }
        return out;
    }

    /**
     * @param recentTo when not null, only a date within {@link #RECENT_DAYS} before this publication date counts
     */
    private static EventMention sameActLater(EventMention lead, List<AnalyzedSentence> following,
                                             List<EventMention> mentions, PartialDate recentTo) {
        for (AnalyzedSentence s : following) {
            for (EventMention later : mentions) {
                if (later.sentenceIndex() == s.index() && later.date() != null && later.type() == lead.type()
                        && later.actors().stream().anyMatch(lead.actors()::contains)
                        && act(later).equals(act(lead)) && (recentTo == null || recent(later.date(), recentTo))
                        && !(lead.amount() != null && later.amount() != null
                        && !MentionCluster.sameAmount(lead.amount(), later.amount()))) {
                    // "구글이 앤트로픽에 10억달러를 추가로 투자한다. … 2023년 10월 20억달러를 투자하기로": another sum is
                    // another act, the earlier one
                    return withDate(lead, later.date(), later.dateText(),
                            Derivation.of("lead.sameActLater", later.dateText()));
                }
            }
        }
        return null;
    }

    /**
     * What a headline says is done, without who does it: "머스크, 오픈AI 소송 취하" → "소송 취하". A lawsuit told
     * after a withdrawal is the background of the withdrawal, not its details.
     */
    private static String act(EventMention m) {
        String last = m.headline().substring(m.headline().lastIndexOf(',') + 1).strip();
        int space = last.lastIndexOf(' ');
        return space < 0 ? last : last.substring(space + 1);
    }

    private static EventMention reportDay(EventMention lead, AnalyzedSentence leadSentence,
                                          List<AnalyzedSentence> following) {
        // the lead sentence, then the next one that gives a date: a gloss or two of the lead ("…라는 취지에서다",
        // "…라는 평가가 나온다") may stand between them
        List<AnalyzedSentence> candidates = new ArrayList<>();
        candidates.add(leadSentence);
        following.stream().filter(s -> !s.dates().isEmpty()).findFirst().ifPresent(candidates::add);
        for (AnalyzedSentence s : candidates) {
            for (DateMention d : s.dates()) {
                if (d.resolved() != null && d.resolved().precision() == Precision.DAY && reported(s.text(), d)) {
                    return withDate(lead, d.resolved(), d.text(),
                            d.derivation().around("lead.reportDay", d.text().strip()));
                }
            }
        }
        return null;
    }

    /** How old the lead's act may be, told far from the lead: a month, the reach of "지난달" in a news report. */
    private static final int RECENT_DAYS = 31;

    private static boolean recent(PartialDate date, PartialDate published) {
        return !date.firstDay().isAfter(published.lastDay())
                && !date.lastDay().isBefore(published.firstDay().minusDays(RECENT_DAYS));
    }

    /** Whether a verb or source of reporting follows the day within its sentence. */
    private static boolean reported(String sentence, DateMention day) {
        return REPORTED.matcher(sentence).region(day.end(), sentence.length()).find();
    }

    private static EventMention withDate(EventMention m, PartialDate date, String dateText, Derivation derivation) {
        return new EventMention(m.sentenceIndex(), m.sentence(), m.clause(), m.type(), m.actors(), date, dateText,
                derivation, m.amount(), m.headline(), m.headlineEn(), m.timing());
    }
}
