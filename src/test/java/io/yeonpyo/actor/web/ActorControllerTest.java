package io.yeonpyo.actor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.Actors;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.Events;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ActorController.class)
class ActorControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ActorCatalog actors;

    @MockitoBean
    EventCatalog events;

    @Test
    void aPersonShowsNamesSpellingsRoleAndTheirEventsByYear() {
        given(actors.byId("sam-altman")).willReturn(Optional.of(Actors.samAltman()));
        given(events.search(any(), anyInt(), anyInt()))
                .willReturn(Events.page(List.of(Events.altmanJoinsMicrosoft(), Events.altmanFired(), Events.muskOffer())));

        assertThat(mvc.get().uri("/actors/sam-altman")).hasStatusOk().hasViewName(ActorController.VIEW).bodyText()
                .contains("<title>샘 알트먼 · 연표</title>")
                .contains("Sam Altman")
                .contains("오픈AI CEO")
                .contains("<li>올트먼</li>")
                .contains(">인물</p>")
                .contains("관련 사건 3건")
                .contains("id=\"year-2023\"").contains("id=\"year-2025\"")
                .contains("href=\"/events/2025-02-elon-musk-offers-to-buy-openai\"")
                .contains("href=\"/?person=sam-altman\"")
                .contains("자주 함께 나오는 인물·기업")
                .containsPattern("href=\"/actors/openai\"[^>]*>오픈AI</a>\\s*<span class=\"count\">사건 2건</span>");
        verify(events).search(new EventFilter(null, "sam-altman", null, null, null, null, null), 0,
                ActorController.MAX_EVENTS);
    }

    @Test
    void aCompanyIsSearchedAsACompany() {
        given(actors.byId("microsoft")).willReturn(Optional.of(Actors.microsoft()));
        given(events.search(any(), anyInt(), anyInt())).willReturn(Events.page(List.of(Events.msInvestment2019())));

        assertThat(mvc.get().uri("/actors/microsoft")).hasStatusOk().bodyText()
                .contains(">기업</p>").contains("href=\"/?company=microsoft\"");
        verify(events).search(new EventFilter("microsoft", null, null, null, null, null, null), 0,
                ActorController.MAX_EVENTS);
    }

    @Test
    void anActorWithoutEventsSaysSo() {
        given(actors.byId("elon-musk")).willReturn(Optional.of(Actors.elonMusk()));
        given(events.search(any(), anyInt(), anyInt())).willReturn(Events.page(List.of()));

        assertThat(mvc.get().uri("/actors/elon-musk").param("lang", "en")).hasStatusOk().bodyText()
                .contains(">Person</p>").contains("No events involve this person or company.");
    }

    @Test
    void unknownIdIsA404Page() {
        assertThat(mvc.get().uri("/actors/nobody")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error")
                .bodyText().contains("&#39;nobody&#39;에 해당하는 인물이나 기업이 없습니다.");
    }
}
