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

    /** How far the relative clause's verb may stand from its date: a few words, as in "지난 4월 법원에 제기한". */
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
            DateMention date = clauseDate(s, h);
            if (date == null || told.stream().anyMatch(m -> m.type() == h.trigger().type()
                    && date.resolved().equals(m.date()))) {
                continue;
            }
            String subject = topicBefore(text, matches, date.start());
            if (subject == null) {
                continue;
            }
            String object = matches.stream().filter(m -> m.role() == ActorMatcher.Role.ACTOR)
                    .map(ActorMatcher.Match::actorId).filter(id -> !id.equals(subject)).findFirst().orElse(null);
            List<String> actors = object == null ? List.of(subject) : List.of(subject, object);
            Headlines.Built headline = Headlines.ofPair(lexicon, h.trigger().headline(), h.trigger().headlineEn(),
                    subject, object);
            out.add(new EventMention(s.index(), text, text.substring(date.start(), h.end()), h.trigger().type(),
                    actors, date.resolved(), date.text(), date.derivation(), null, headline.headline(),
                    headline.headlineEn()));
        }
        return out;
    }

    /** The date of a relative clause that ends right before the trigger noun: "지난 4월 제기한 맞소송". */
    private DateMention clauseDate(AnalyzedSentence s, ArticleAnalyzer.TriggerHit h) {
        String text = s.text();
        int verbEnd = NoriWords.wordEndBefore(text, h.start());
        if (verbEnd == h.start() || !NoriWords.adnominalSyllable(text.charAt(verbEnd - 1))) {
            return null; // no word in adnominal form right before the noun: Nori need not be asked
        }
        for (DateMention d : s.dates()) {
            if (d.resolved() == null || d.end() > h.start() || h.start() - d.end() > REACH
                    || !ActDates.usableDate(text, d)) {
                continue;
            }
            if (nori.firstVerbIsModifier(text, d.end()) && nori.modifierBetween(text, verbEnd - 1, verbEnd)
                    && !nori.modifierBetween(text, d.end(), verbEnd - 1)) {
                return d;
            }
        }
        return null;
    }

    /** The sentence's topic (a name with 은/는) before the date: who the clause's act is told of. */
    private static String topicBefore(String text, List<ActorMatcher.Match> matches, int at) {
        return matches.stream().filter(m -> m.role() == ActorMatcher.Role.ACTOR && m.end() <= at)
                .filter(m -> CaseParticles.isTopic(text, new ArticleAnalyzer.Role(List.of(m.actorId()),
                        CaseParticles.caseAfter(text, m.end()), m.start(), m.end())))
                .map(ActorMatcher.Match::actorId).findFirst().orElse(null);
    }
}
