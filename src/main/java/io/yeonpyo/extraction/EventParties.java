package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;

/**
 * Who an event names as its parties, once its clause's roles and headline are read: the doer and those acted on,
 * a name with 의 only when the headline needs it, names coordinated with a party, and the company a person acts for
 * when the clause names none.
 */
final class EventParties {

    /** Types whose acts a person does on behalf of a company: hiring, firing, a board's decision. */
    private static final Set<EventType> ACTS_FOR_A_COMPANY = Set.of(EventType.PERSONNEL, EventType.BOARD);
    /** Deals people make for the company they lead, not for themselves. */
    private static final Set<EventType> DEALT_FOR_A_COMPANY = Set.of(EventType.PARTNERSHIP);

    private final Lexicon lexicon;

    EventParties(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean isPerson(String actorId) {
        return lexicon.actor(actorId).map(a -> a.kind() == ActorKind.PERSON).orElse(false);
    }

    private boolean isCompany(String actorId) {
        return lexicon.actor(actorId).map(a -> a.kind() == ActorKind.COMPANY).orElse(false);
    }

    /**
     * @param unknownActs  whether someone no list names does the act (then those named with 의 are whom it concerns)
     * @param unlistedDoer whether that someone is named by a common noun the data gives (법원, 판사)
     * @param affiliations person id → the company the article introduced them with
     */
    List<String> of(String text, Clauses.Clause c, List<Role> roles, Headlines.Built built,
                    List<ActorMatcher.Match> matches, Map<String, String> affiliations, EventType type,
                    boolean unknownActs, boolean unlistedDoer) {
        // a name with 의 ("오픈AI의 기술 의존") qualifies a noun; it is an actor only when the headline needs it
        List<String> actorIds = new ArrayList<>(new LinkedHashSet<>(roles.stream()
                // with an unlisted doer, or for a step taken on another's act (an approval, an inquiry: "FTC가
                // 엔비디아의 인텔 지분 투자를 승인했다"), whose act it is about is the party named
                .filter(r -> (r.grammaticalCase() != Case.POSSESSIVE && r.grammaticalCase() != Case.MODIFIER)
                        || (unknownActs && (r.grammaticalCase() == Case.POSSESSIVE || unlistedDoer))
                        || type == EventType.OTHER && r.grammaticalCase() == Case.POSSESSIVE
                        || r.actorIds().stream().anyMatch(id -> built.subjects().contains(id)
                        || built.objects().contains(id)))
                .flatMap(r -> r.actorIds().stream()).toList()));
        Coordination.addCoordinated(text, roles, actorIds);
        // "미라 무라티 오픈AI CTO는 회사를 떠났다": the employer counts when no other company is named
        boolean companyNamed = actorIds.stream().anyMatch(this::isCompany);
        if (!companyNamed) {
            matches.stream().filter(m -> m.role() == ActorMatcher.Role.AFFILIATION
                            && m.start() >= c.start() && m.end() <= c.end() && isCompany(m.actorId()))
                    .map(ActorMatcher.Match::actorId).filter(id -> !actorIds.contains(id)).findFirst()
                    .ifPresent(actorIds::add);
        }
        // "나델라, 알트먼 영입": who hires or fires someone acts for the company the article introduced them with
        if (!companyNamed && ACTS_FOR_A_COMPANY.contains(type) && built.objects().stream().anyMatch(this::isPerson)
                && actorIds.stream().noneMatch(this::isCompany)) {
            built.subjects().stream().map(affiliations::get).filter(Objects::nonNull).findFirst()
                    .filter(id -> !actorIds.contains(id)).ifPresent(actorIds::add);
        }
        if (DEALT_FOR_A_COMPANY.contains(type) && actorIds.stream().anyMatch(id -> !isPerson(id))) {
            // "트럼프는 손정의 소프트뱅크 회장, 올트먼 오픈AI CEO, 엘리슨 오라클 회장과 함께 … 발표했다": in a deal
            // between companies, people act for the companies the article introduced them with
            List.copyOf(actorIds).stream().filter(this::isPerson).map(affiliations::get)
                    .filter(id -> id != null && !actorIds.contains(id)).forEach(actorIds::add);
        }
        return actorIds;
    }
}
