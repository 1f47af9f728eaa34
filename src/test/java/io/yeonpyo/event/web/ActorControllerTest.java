package io.yeonpyo.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.Actors;
import io.yeonpyo.actor.Introduction;
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
                .contains("<li lang=\"ko\">올트먼</li>")
                .contains(">인물</p>")
                .contains("관련 사건 3건")
                .contains("id=\"year-2023\"").contains("id=\"year-2025\"")
                .contains("href=\"/events/2025-02-elon-musk-offers-to-buy-openai\"")
                .contains("href=\"/?person=sam-altman\"")
                .contains("href=\"/relationships/pair?a=sam-altman&amp;b=elon-musk\"");
        verify(events).search(new EventFilter(null, "sam-altman", null, null, null, null, null), 0,
                ActorController.MAX_EVENTS);
    }

    @Test
    void anEnglishPageNamesAndDescribesThePersonInEnglish() {
        given(actors.byId("sam-altman")).willReturn(Optional.of(Actors.samAltman()));
        given(events.search(any(), anyInt(), anyInt())).willReturn(Events.page(List.of(Events.altmanFired())));

        assertThat(mvc.get().uri("/actors/sam-altman?lang=en")).hasStatusOk().bodyText()
                .contains("<title>Sam Altman · Yeonpyo</title>")
                .contains("<p class=\"role\">CEO of OpenAI</p>")
                .contains("<span lang=\"ko\">샘 알트먼</span>")
                .doesNotContain("오픈AI CEO");
    }

    @Test
    void aDiscoveredActorIsMarkedWithItsIntroducingSentencesAndAnEntryToPaste() {
        given(actors.byId("beuret-teilleo")).willReturn(Optional.of(Actors.bretTaylor()));
        given(actors.introductions("beuret-teilleo", ActorController.MAX_INTRODUCTIONS)).willReturn(List.of(
                new Introduction("mb19", 8, "브렛 테일러 오픈AI 이사회 의장은 이날 성명에서 제안을 거부했다.", true)));
        given(events.search(any(), anyInt(), anyInt())).willReturn(Events.page(List.of(Events.muskOffer())));

        assertThat(mvc.get().uri("/actors/beuret-teilleo")).hasStatusOk().bodyText()
                .contains("기사에서 발견")
                .contains("기사 3건에 나오고, 사건의 당사자로 2번 나옵니다.")
                .contains("<q>브렛 테일러 오픈AI 이사회 의장은 이날 성명에서 제안을 거부했다.</q>")
                .contains("href=\"/articles/mb19\"")
                .contains("  - id: beuret-teilleo\n    kind: PERSON\n    name_ko: 브렛 테일러\n")
                .contains("    aliases: [브렛 테일러, 테일러]\n")
                .contains("href=\"/?person=beuret-teilleo\"");
        assertThat(mvc.get().uri("/actors/beuret-teilleo").param("lang", "en")).hasStatusOk().bodyText()
                .contains("Discovered in articles").contains("Named in 3 articles, a party to an event 2 times.");
    }

    @Test
    void aListedActorHasNoDiscoveryNotes() {
        given(actors.byId("microsoft")).willReturn(Optional.of(Actors.microsoft()));
        given(events.search(any(), anyInt(), anyInt())).willReturn(Events.page(List.of()));

        assertThat(mvc.get().uri("/actors/microsoft")).hasStatusOk().bodyText()
                .doesNotContain("기사에서 발견").doesNotContain("yaml-entry");
    }

    @Test
    void anOldDiscoveredIdRedirectsToWhoHoldsItsNameNow() {
        given(actors.byId("beuret-teilleo")).willReturn(Optional.empty());
        given(actors.successor("beuret-teilleo")).willReturn(Optional.of("bret-taylor"));

        assertThat(mvc.get().uri("/actors/beuret-teilleo")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/actors/bret-taylor");
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
    void drawsTheirDatedEventsOnAMiniTimelineWithTheChartContract() {
        given(actors.byId("sam-altman")).willReturn(Optional.of(Actors.samAltman()));
        given(actors.relationships()).willReturn(Actors.relationships());
        given(events.search(any(), anyInt(), anyInt())).willReturn(Events.page(List.of(Events.altmanJoinsMicrosoft(),
                Events.altmanFired(), Events.muskOffer(), Events.agiClause())));

        assertThat(mvc.get().uri("/actors/sam-altman")).hasStatusOk().bodyText()
                .contains("<svg class=\"timeline-chart chart-mini\"")
                .contains("<svg class=\"timeline-chart-vertical chart-mini\"")
                .contains("class=\"chart-mark type-board\" data-slug=\"2023-11-17-openai-board-fires-sam-altman\" data-type=\"BOARD\"")
                .contains("class=\"chart-mark type-acquisition\" data-slug=\"2025-02-elon-musk-offers-to-buy-openai\"")
                .contains("날짜가 있는 사건 3건을 관계별 줄에 그렸습니다")
                .doesNotContain("data-slug=\"openai-microsoft-agi-clause\" data-type"); // undated: only in the list
    }

    @Test
    void listsWhoTheyAppearWithMostCountedAndLinked() throws Exception {
        given(actors.byId("sam-altman")).willReturn(Optional.of(Actors.samAltman()));
        given(events.search(any(), anyInt(), anyInt())).willReturn(Events.page(List.of(Events.altmanJoinsMicrosoft(),
                Events.altmanFired(), Events.muskOffer())));

        String body = mvc.get().uri("/actors/sam-altman").exchange().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(body).contains("함께 자주 나오는 인물·기업")
                .contains("<a href=\"/actors/openai\" class=\"kind-company\">오픈AI</a> <span class=\"companion-count\">사건 2건</span>")
                .contains("<a href=\"/actors/microsoft\" class=\"kind-company\">마이크로소프트</a> <span class=\"companion-count\">사건 1건</span>")
                .doesNotContain("<a href=\"/actors/sam-altman\" class=\"kind-person\">샘 알트먼</a> <span class=\"companion-count\">");
        assertThat(body.indexOf("/actors/openai\" class=\"kind-company\">"))
                .isLessThan(body.indexOf("/actors/microsoft\" class=\"kind-company\">"));
    }

    @Test
    void unknownIdIsA404Page() {
        assertThat(mvc.get().uri("/actors/nobody")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error")
                .bodyText().contains("&#39;nobody&#39;에 해당하는 인물이나 기업이 없습니다.");
    }
}
