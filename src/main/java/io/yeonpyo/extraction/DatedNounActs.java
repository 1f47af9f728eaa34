package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * An act told as a dated relative clause on its own noun: "오픈AI는 [지난 4월 제기한] 맞소송에서 …", "MS는 [2019년
 * 체결한] 계약에 따라 …". The noun names an act (a trigger word), the clause gives its date and its verb, and the
 * sentence's topic is the one who did it, so it is an event of its own even though the sentence goes on to tell
 * something else. Only a relative clause that directly modifies the trigger noun counts, and only with a date.
 */
final class DatedNounActs {

    /** How far the relative clause's verb may end from its date: a few words, as in "지난 4월 법원에 제기한". */
    private static final int REACH = 20;

    private final Lexicon lexicon;
    private final NoriWords nori;

    DatedNounActs(Lexicon lexicon, NoriWords nori) {
        this.lexicon = lexicon;
        this.nori = nori;
    }

    List<EventMention> find(AnalyzedSentence s, List<ArticleAnalyzer.TriggerHit> hits,
                            List<ActorMatcher.Match> matches, List<EventMention> told) {
        String text = s.text();
        List<EventMention> out = new ArrayList<>();
        for (ArticleAnalyzer.TriggerHit h : hits) {
            // the noun itself names the act: not a word that counts only with a verb after it ("인수안 … 거부"), nor
            // one with its verb ("인수 제안을 거부"), nor a shorter word inside a longer one (인수 in 인수안)
            if (!h.trigger().followedBy().isEmpty() || ActDates.verbPhrase(h.trigger())
                    || hits.stream().anyMatch(o -> o != h
                    && o.trigger().followedBy().isEmpty() && !ActDates.verbPhrase(o.trigger())
                    && o.start() <= h.start() && o.end() >= h.end()
                    && o.end() - o.start() > h.end() - h.start())) {
                continue;
            }
            DateMention date = clauseDate(s, h);
            if (date == null || told.stream().anyMatch(m -> m.type() == h.trigger().type()
                    && date.resolved().equals(m.date()))) {
                continue;
            }
            String topic = topicBefore(text, matches, date.start());
            if (topic == null) {
                // "2019년 시작한 MS의 투자는 2023년 1월 100억달러 규모의 추가 투자로 불어났고": whose acts are told
                topic = ownerBefore(text, matches, date.start());
            }
            // "xAI는 [메타가 지난달 제시한] 인수안을 거절했다": a subject of the clause's own did it, to the topic
            String own = ownSubjectBefore(text, matches, date.start());
            if (topic == null && own == null) {
                continue;
            }
            String subject = own == null ? topic : own;
            String object = own != null && topic != null && !own.equals(topic) ? topic : matches.stream()
                    .filter(m -> m.role() == ActorMatcher.Role.ACTOR).map(ActorMatcher.Match::actorId)
                    .filter(id -> !id.equals(subject)).findFirst().orElse(null);
            List<String> actors = object == null ? List.of(subject) : List.of(subject, object);
            Headlines.Built headline = Headlines.ofPair(lexicon, h.trigger().headline(), h.trigger().headlineEn(),
                    subject, object);
            out.add(new EventMention(s.index(), text, text.substring(date.start(), h.end()), h.trigger().type(),
                    actors, date.resolved(), date.text(), date.derivation(), null, headline.headline(),
                    headline.headlineEn()));
        }
        return out;
    }

    /**
     * The date of a relative clause that ends right before the trigger noun: "지난 4월 제기한 맞소송", also past the
     * sum the noun is sized by ("지난 2월 주도한 974억달러 규모의 인수 제안").
     */
    private DateMention clauseDate(AnalyzedSentence s, ArticleAnalyzer.TriggerHit h) {
        String text = s.text();
        int verbEnd = NoriWords.wordEndBefore(text, h.start());
        boolean sized = false;
        for (int k = 0; k < 4 && verbEnd > 0; k++) {
            if (text.charAt(verbEnd - 1) == ')' && text.lastIndexOf('(', verbEnd) > 0) {
                verbEnd = text.lastIndexOf('(', verbEnd); // "974억달러(약 141조원) 규모의": the conversion glosses the sum
            }
            int wordStart = NoriWords.wordStart(text, verbEnd);
            boolean size = SIZE_WORD.matcher(text).region(wordStart, verbEnd).matches();
            if (!size && !KIND_WORD.matcher(text).region(wordStart, verbEnd).matches()) {
                break;
            }
            sized |= size;
            verbEnd = NoriWords.wordEndBefore(text, wordStart);
        }
        if (sized) {
            // "2023년 1월 100억달러 규모의 추가 투자": a sized act dated right before its sum is an act of that date
            int sumStart = verbEnd;
            DateMention direct = s.dates().stream().filter(d -> d.resolved() != null && d.end() == sumStart
                    && ActDates.usableDate(text, d)).findFirst().orElse(null);
            if (direct != null) {
                return direct;
            }
        }
        if (verbEnd == h.start() || !NoriWords.adnominalSyllable(text.charAt(verbEnd - 1))) {
            return null; // no word in adnominal form right before the noun: Nori need not be asked
        }
        DateMention nearest = null; // "3일 오픈AI가 지난해 12월 제기한 소송": the date nearest the verb is the clause's
        for (DateMention d : s.dates()) {
            if (d.resolved() == null || d.end() > h.start() || verbEnd - d.end() > REACH
                    || !ActDates.usableDate(text, d)) {
                continue;
            }
            if (nori.firstVerbIsModifier(text, d.end()) && nori.modifierBetween(text, verbEnd - 1, verbEnd)
                    && !nori.modifierBetween(text, d.end(), verbEnd - 1)) {
                nearest = d;
            }
        }
        return nearest;
    }

    /** What kind of act of its type the noun is: "추가 투자", "신규 계약". */
    private static final java.util.regex.Pattern KIND_WORD = java.util.regex.Pattern.compile("추가|신규|후속|첫|대규모");

    /** A sum and what sizes the noun by it: "974억달러", "규모의", "100억 달러 규모". */
    private static final java.util.regex.Pattern SIZE_WORD = java.util.regex.Pattern.compile(
            AmountParser.WRITTEN_SUM + AmountParser.WRITTEN_CURRENCY + "?(의|어치의)?|달러|원|규모|규모의|상당의");

    /**
     * The name with its own subject particle (이/가, after its title if it has one: "머스크 CEO가") that comes last
     * before the date, within a title's reach: the relative clause's own doer.
     */
    private static String ownSubjectBefore(String text, List<ActorMatcher.Match> matches, int at) {
        ActorMatcher.Match last = matches.stream().filter(m -> m.role() == ActorMatcher.Role.ACTOR && m.end() <= at)
                .reduce((a, b) -> b).orElse(null);
        if (last == null || at - last.end() > OWN_SUBJECT_REACH) {
            return null;
        }
        ArticleAnalyzer.Role role = new ArticleAnalyzer.Role(List.of(last.actorId()),
                CaseParticles.caseAfter(text, last.end()), last.start(), last.end());
        return role.grammaticalCase() == ArticleAnalyzer.Case.SUBJECT && !CaseParticles.isTopic(text, role)
                ? last.actorId() : null;
    }

    /** How far the doer's name may stand from the date: its particle, or a title with it ("테슬라 CEO가 "). */
    private static final int OWN_SUBJECT_REACH = 16;

    /** The last name with 의 before the date: the owner of the acts a noun phrase tells ("MS의 투자는"). */
    private static String ownerBefore(String text, List<ActorMatcher.Match> matches, int at) {
        return matches.stream().filter(m -> m.role() == ActorMatcher.Role.ACTOR && m.end() <= at)
                .filter(m -> CaseParticles.caseAfter(text, m.end()) == ArticleAnalyzer.Case.POSSESSIVE)
                .map(ActorMatcher.Match::actorId).reduce((a, b) -> b).orElse(null);
    }

    /** The sentence's topic (a name with 은/는) before the date: who the clause's act is told of. */
    private static String topicBefore(String text, List<ActorMatcher.Match> matches, int at) {
        return matches.stream().filter(m -> m.role() == ActorMatcher.Role.ACTOR && m.end() <= at)
                .filter(m -> CaseParticles.isTopic(text, new ArticleAnalyzer.Role(List.of(m.actorId()),
                        CaseParticles.caseAfter(text, m.end()), m.start(), m.end())))
                .map(ActorMatcher.Match::actorId).findFirst().orElse(null);
    }
}
