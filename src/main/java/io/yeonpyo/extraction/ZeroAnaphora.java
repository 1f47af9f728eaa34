package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Korean zero anaphora: a sentence drops the subject, and often the date, that the sentences before it established.
 * What a sentence hands on to the next one of its paragraph (its date, subject and other parties), and the topic the
 * article carries (the subject of the last sentence that named one).
 */
final class ZeroAnaphora {

    private ZeroAnaphora() {
    }

    /**
     * Korean drops the subject that the previous sentences established ("우선 머스크는 …했죠. 여기에 … 이사직을
     * 사임했습니다."). The topic is the first named subject of the last sentence that had one.
     */
    static String topicOf(String text, List<ActorMatcher.Match> matches, String previous) {
        for (ActorMatcher.Match m : matches) {
            if (m.role() == ActorMatcher.Role.ACTOR
                    && CaseParticles.caseAfter(text, m.end()) == ArticleAnalyzer.Case.SUBJECT) {
                return m.actorId();
            }
        }
        return previous;
    }

    /**
     * What a following sentence of the same paragraph inherits when it drops its subject and its date (Korean zero
     * anaphora): the date governing this sentence, its subject and the other parties it names.
     */
    record Continuation(CarriedDate carried, String subject, List<String> others) {
        static final Continuation NONE = new Continuation(null, null, List.of());

        DateMention date() {
            return carried == null ? null : carried.get();
        }
    }

    /**
     * The date a sentence hands on: its last usable date that does not only date a relative clause ("2014년 MS CEO에
     * 오른 나델라는") nor words someone is reported to have said. Worked out, with Nori, only when a following sentence takes it.
     */
    private static final class CarriedDate {
        private final String text;
        private final List<DateMention> candidates;
        private final NoriWords nori;
        private DateMention date;
        private boolean known;

        CarriedDate(String text, List<DateMention> candidates, NoriWords nori) {
            this.text = text;
            this.candidates = candidates;
            this.nori = nori;
        }

        DateMention get() {
            if (!known) {
                for (int i = candidates.size() - 1; i >= 0 && date == null; i--) {
                    if (!nori.firstVerbIsModifier(text, candidates.get(i).end())
                            && !ActDates.insideSaidWords(text, candidates.get(i))) {
                        date = candidates.get(i);
                    }
                }
                known = true;
            }
            return date;
        }
    }

    /**
     * "2024년 초, MS는 오픈AI에 대한 영향력을 강화하려 했다. 이사회 옵저버를 맡을 임원을 지명하며 …": the second
     * sentence, with no date and no subject of its own, goes on with the first one's. A sentence that names its own
     * subject or has its own date starts afresh.
     */
    static Continuation continuationOf(AnalyzedSentence s, List<ActorMatcher.Match> matches, Continuation before,
                                       NoriWords nori) {
        String text = s.text();
        String subject = null;
        List<String> others = new ArrayList<>();
        boolean pronounSubject = false;
        for (ActorMatcher.Match m : matches) {
            ArticleAnalyzer.Case gc = CaseParticles.caseAfter(text, m.end());
            if (m.role() == ActorMatcher.Role.ACTOR) {
                if (gc == ArticleAnalyzer.Case.SUBJECT && subject == null) {
                    subject = m.actorId();
                } else if (gc != ArticleAnalyzer.Case.POSSESSIVE && gc != ArticleAnalyzer.Case.NONE && !others.contains(m.actorId())) {
                    others.add(m.actorId());
                }
            } else if (gc == ArticleAnalyzer.Case.SUBJECT && m.role() != ActorMatcher.Role.AFFILIATION) {
                pronounSubject = true;
            }
        }
        List<DateMention> usable = s.dates().stream().filter(d -> ActDates.usableDate(text, d)).toList();
        if (s.dates().isEmpty() && subject == null && !pronounSubject) {
            return new Continuation(before.carried(), before.subject(),
                    matches.isEmpty() ? before.others() : List.copyOf(others));
        }
        if (subject != null) {
            others.remove(subject);
        }
        return new Continuation(usable.isEmpty() ? null : new CarriedDate(text, usable, nori), subject,
                List.copyOf(others));
    }
}
