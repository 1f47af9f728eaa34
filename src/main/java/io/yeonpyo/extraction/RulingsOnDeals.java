package io.yeonpyo.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;
import io.yeonpyo.extraction.ArticleAnalyzer.TriggerHit;

/**
 * A regulator's or a court's step (an approval, an inquiry: type OTHER) is about a deal, whose parties are every listed
 * company the clause names ("CMA가 MS가 인플렉션의 인력을 영입한 거래를 승인했다"). And a regulator or a court does not
 * invest, partner, contract or buy: when one is the subject of a clause whose act word is a deal ("CMA는
 * 아마존-앤스로픽 거래가 심사 대상에 해당하지 않는다고 결론 내렸다", "CMA, MS-미스트랄 제휴는 합병이 아니라고
 * 결론"), the deal is what it rules on, and the event is its step.
 */
final class RulingsOnDeals {

    private static final Set<EventType> DEALS = EnumSet.of(EventType.INVESTMENT, EventType.PARTNERSHIP,
            EventType.ACQUISITION, EventType.CONTRACT);

    private RulingsOnDeals() {
    }

    /** The act of the clause: the ruling on the deal when a venue is its subject, else the deal itself. */
    static TriggerHit act(TriggerHit deal, List<Role> roles, Clauses.Clause clause, List<ActorMatcher.Match> matches,
                          Lexicon lexicon) {
        if (DEALS.contains(deal.trigger().type())) {
            // a regulator carried over from another sentence as the doer of a deal ("CMA도 …라고 결론 냈다. A. 2025년
            // 3월 35억 달러 투자를 유치하며"): the deal's doer is someone the text leaves unsaid, not the regulator
            roles.removeIf(r -> r.grammaticalCase() == Case.SUBJECT && r.end() == r.start() && !r.actorIds().isEmpty()
                    && r.actorIds().stream().allMatch(lexicon::isVenue));
        }
        // only a subject the clause writes out: one carried over from another sentence may be some other party's
        List<Role> subjects = roles.stream().filter(r -> r.grammaticalCase() == Case.SUBJECT && r.end() > r.start())
                .toList();
        EventType type = deal.trigger().type();
        if (!DEALS.contains(type) && type != EventType.OTHER || subjects.isEmpty() || subjects.stream()
                .anyMatch(r -> r.actorIds().isEmpty() || !r.actorIds().stream().allMatch(lexicon::isVenue))) {
            return deal;
        }
        for (ActorMatcher.Match m : matches) {
            boolean party = m.role() == ActorMatcher.Role.ACTOR && m.start() >= clause.start()
                    && m.end() <= clause.end() && !lexicon.isVenue(m.actorId());
            if (party && roles.stream().noneMatch(r -> r.actorIds().contains(m.actorId()))) {
                roles.add(new Role(List.of(m.actorId()), Case.OBJECT, m.start(), m.end()));
            }
        }
        return type == EventType.OTHER ? deal
                : new TriggerHit(lexicon.rulingOn(deal.trigger()), deal.start(), deal.end());
    }
}
