package io.yeonpyo.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.Actors;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.SourceView;
import io.yeonpyo.event.Events;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonContent;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(EventController.class)
class EventControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    EventCatalog events;

    @MockitoBean
    ActorCatalog actors;

    @Test
    void showsTheDateAndHowEachSourceDerivedIt() {
        given(events.bySlug("2023-11-17-openai-board-fires-sam-altman")).willReturn(Optional.of(Events.altmanFired()));
        given(events.neighbours("2023-11-17-openai-board-fires-sam-altman", EventController.NEIGHBOURS))
                .willReturn(List.of(Events.altmanJoinsMicrosoft(), Events.suleymanHired()));

        assertThat(mvc.get().uri("/events/2023-11-17-openai-board-fires-sam-altman")).hasStatusOk()
                .hasViewName(EventController.VIEW).bodyText()
                .contains("<title>오픈AI 이사회, 샘 알트먼 CEO 해임 · 연표</title>")
                .contains(">2023년 11월 17일</time>")
                .contains("<q lang=\"ko\">금요일</q>")
                .contains("&#39;금요일&#39; (발행 2023-11-22 기준) → 2023-11-17")
                .contains(">이사회</span>");
    }

    @Test
    void saysHowEachSourceDerivedItsDateInEnglishOnEnglishPages() {
        given(events.bySlug("2023-11-17-openai-board-fires-sam-altman")).willReturn(Optional.of(Events.altmanFired()));

        assertThat(mvc.get().uri("/events/2023-11-17-openai-board-fires-sam-altman").param("lang", "en")).hasStatusOk()
                .bodyText()
                .contains("<q lang=\"ko\">금요일</q>")
                .contains("<span class=\"derivation\">counted from the publication date 2023-11-22 → 2023-11-17</span>")
                .doesNotContain("발행 2023-11-22 기준");
    }

    @Test
    void showsEverySourceSentenceLinkedToItsPlaceInTheArticle() {
        given(events.bySlug("2019-microsoft-invests-in-openai")).willReturn(Optional.of(Events.msInvestment2019()));

        assertThat(mvc.get().uri("/events/2019-microsoft-invests-in-openai")).hasStatusOk().bodyText()
                .contains("출처 문장 2건")
                .contains("MS가 오픈AI에 10억달러를 투자하며 본격화됐다.")
                .contains("href=\"/articles/000_d42f17f56210b79a#s2\"")
                .contains("href=\"/articles/001_822e4aa99219b25e#s5\"")
                .contains("AI타임스").contains("바이라인네트워크")
                .contains(">2025년 4월</time>").contains(">2025년 7월</time>");
    }

    @Test
    void showsTheAmountAsWrittenAndInDollars() {
        given(events.bySlug("2025-02-elon-musk-offers-to-buy-openai")).willReturn(Optional.of(Events.muskOffer()));

        assertThat(mvc.get().uri("/events/2025-02-elon-musk-offers-to-buy-openai")).bodyText()
                .contains("<dd lang=\"ko\">974억 달러</dd>")
                .contains("<dd>약 974억 달러</dd>");
        assertThat(mvc.get().uri("/events/2025-02-elon-musk-offers-to-buy-openai").param("lang", "en")).bodyText()
                .contains("<dd>about US$97.4B</dd>");
    }

    @Test
    void linksActorsAndRelationshipsByName() {
        given(events.bySlug("2023-11-17-openai-board-fires-sam-altman")).willReturn(Optional.of(Events.altmanFired()));
        given(actors.relationship("ms-openai")).willReturn(Optional.of(Actors.msOpenai()));

        assertThat(mvc.get().uri("/events/2023-11-17-openai-board-fires-sam-altman")).bodyText()
                .contains("href=\"/actors/ilya-sutskever\"")
                .contains("href=\"/actors/openai\"")
                .contains("href=\"/?relationship=ms-openai\">MS–오픈AI</a>");
    }

    @Test
    void listsConflictsOnlyWhenThereAreAny() {
        given(events.bySlug("2023-11-17-openai-board-fires-sam-altman")).willReturn(Optional.of(Events.altmanFired()));
        given(events.bySlug("2019-microsoft-invests-in-openai")).willReturn(Optional.of(Events.msInvestment2019()));

        assertThat(mvc.get().uri("/events/2023-11-17-openai-board-fires-sam-altman")).bodyText()
                .contains("출처 간 엇갈리는 내용")
                .contains("날짜가 출처마다 다릅니다.")
                .contains("<q lang=\"ko\">16일</q>").contains("AI타임스")
                .contains("<q lang=\"ko\">금요일</q>").contains("브런치").contains("외 2건");
        assertThat(mvc.get().uri("/events/2019-microsoft-invests-in-openai")).bodyText()
                .doesNotContain("출처 간 엇갈리는 내용");
    }

    @Test
    void saysAConflictAndTheHeadlineInEnglishOnEnglishPages() {
        given(events.bySlug("2023-11-17-openai-board-fires-sam-altman")).willReturn(Optional.of(Events.altmanFired()));

        assertThat(mvc.get().uri("/events/2023-11-17-openai-board-fires-sam-altman?lang=en")).bodyText()
                .contains("<h1 lang=\"en\">OpenAI&#39;s board fires CEO Sam Altman</h1>")
                .contains("The sources give different dates.")
                .contains("16 Nov 2023").contains("<q lang=\"ko\">16일</q>").contains("reported by")
                .contains("and 2 more")
                .containsPattern("href=\"/actors/sam-altman\"[^>]*>Sam Altman</a>")
                .doesNotContain("날짜가 출처마다 다릅니다.");
    }

    @Test
    void showsNeighboursInTheSameRelationship() {
        given(events.bySlug("2023-11-17-openai-board-fires-sam-altman")).willReturn(Optional.of(Events.altmanFired()));
        given(events.neighbours("2023-11-17-openai-board-fires-sam-altman", EventController.NEIGHBOURS))
                .willReturn(List.of(Events.altmanJoinsMicrosoft(), Events.suleymanHired()));

        assertThat(mvc.get().uri("/events/2023-11-17-openai-board-fires-sam-altman")).bodyText()
                .contains("같은 관계의 앞뒤 사건")
                .contains("href=\"/events/2023-11-sam-altman-joins-microsoft\"")
                .contains(">2024년 초</time>");
    }

    @Test
    void anUndatedEventSaysSoAndInventsNoDate() {
        given(events.bySlug("openai-microsoft-agi-clause")).willReturn(Optional.of(Events.agiClause()));

        assertThat(mvc.get().uri("/events/openai-microsoft-agi-clause")).hasStatusOk().bodyText()
                .contains("날짜 미상")
                .contains("출처 문장에 날짜 표현이 없습니다.")
                .doesNotContain("<time class=\"date-badge\" datetime=\"\"");
    }

    @Test
    void aDateExpressionThatCouldNotBeResolvedIsShownAsSuch() {
        EventView fired = Events.altmanFired();
        SourceView source = fired.sources().get(0);
        SourceView unresolved = new SourceView(source.articleId(), source.articleTitle(), source.outlet(),
                source.sentenceIndex(), source.sentence(), "금요일", null, null, null);
        given(events.bySlug(fired.slug())).willReturn(Optional.of(new EventView(fired.slug(), null, fired.type(),
                fired.actors(), fired.relationships(), fired.headline(), null, null, List.of(unresolved), List.of(), 1)));

        assertThat(mvc.get().uri("/events/" + fired.slug())).hasStatusOk().bodyText()
                .contains("<q lang=\"ko\">금요일</q>")
                .contains("날짜로 확정하지 못함")
                .contains("발행일 미상");
    }

    @Test
    void unknownSlugIsA404PageNotA500() {
        assertThat(mvc.get().uri("/events/no-such-event")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error")
                .bodyText().contains("찾을 수 없습니다").contains("&#39;no-such-event&#39;에 해당하는 사건이 없습니다.");
    }

    @Test
    void unknownSlugIsExplainedInEnglishToo() {
        assertThat(mvc.get().uri("/events/no-such-event").param("lang", "en")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyText().contains("Not found").contains("No event is called &#39;no-such-event&#39;.")
                .contains("href=\"/events/no-such-event?lang=ko\"");
    }

    @Test
    void describesTheEventAsSchemaOrgJsonLd() throws Exception {
        given(events.bySlug("2019-microsoft-invests-in-openai")).willReturn(Optional.of(Events.msInvestment2019()));

        String json = jsonLd("/events/2019-microsoft-invests-in-openai");
        assertThat(new JsonContent(json)).isStrictlyEqualTo("""
                {"@context": "https://schema.org", "@type": "Event", "name": "MS, 오픈AI에 10억 달러 투자",
                 "startDate": "2019",
                 "description": "2018년 한 행사에서 우연한 만남으로 시작한 이들의 관계는 2019년 일론 머스크 CEO가 오픈AI를 떠나고 MS가 오픈AI에 10억달러를 투자하며 본격화됐다.",
                 "url": "http://localhost/events/2019-microsoft-invests-in-openai",
                 "attendee": [{"@type": "Organization", "name": "마이크로소프트"},
                              {"@type": "Organization", "name": "오픈AI"}],
                 "subjectOf": [
                   {"@type": "NewsArticle", "headline": "나델라와 알트먼, 멀어지는 브로맨스",
                    "url": "http://localhost/articles/000_d42f17f56210b79a",
                    "publisher": {"@type": "Organization", "name": "AI타임스"}},
                   {"@type": "NewsArticle", "headline": "오픈AI는 왜 구글과 손잡았나",
                    "url": "http://localhost/articles/001_822e4aa99219b25e",
                    "publisher": {"@type": "Organization", "name": "바이라인네트워크"}}]}""");
    }

    @Test
    void anEnglishPagesJsonLdNamesTheEventAndItsPartiesInEnglish() throws Exception {
        given(events.bySlug("2019-microsoft-invests-in-openai")).willReturn(Optional.of(Events.msInvestment2019()));

        JsonContent json = new JsonContent(jsonLd("/events/2019-microsoft-invests-in-openai?lang=en"));
        assertThat(json).hasPathSatisfying("$.name",
                name -> assertThat(name).isEqualTo("Microsoft invests $1 billion in OpenAI"));
        assertThat(json).hasPathSatisfying("$.attendee[*].name",
                names -> assertThat(names).asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactly("Microsoft", "OpenAI"));
    }

    @Test
    void jsonLdOfAnUndatedEventHasNoStartDate() throws Exception {
        given(events.bySlug("openai-microsoft-agi-clause")).willReturn(Optional.of(Events.agiClause()));

        String json = jsonLd("/events/openai-microsoft-agi-clause");
        assertThat(new JsonContent(json)).doesNotHavePath("$.startDate").hasPathSatisfying("$.name",
                name -> assertThat(name).asString().isEqualTo("AGI 달성 시 MS와의 계약 종료 조항"));
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() throws Exception {
        EventView fired = Events.altmanFired();
        String headline = "</script><script>alert(1)</script><!-- 해임";
        given(events.bySlug(fired.slug())).willReturn(Optional.of(new EventView(fired.slug(), fired.date(),
                fired.type(), fired.actors(), fired.relationships(), headline, null, null, fired.sources(),
                List.of(), 1)));

        String json = jsonLd("/events/" + fired.slug());
        assertThat(json).doesNotContain("<").contains("\\u003c/script>\\u003cscript>alert(1)");
        assertThat(new JsonContent(json)).hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo(headline));
    }

    /** The body of the page's only JSON-LD block. */
    private String jsonLd(String uri) throws UnsupportedEncodingException {
        String page = mvc.get().uri(uri).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String open = "<script type=\"application/ld+json\">";
        assertThat(page).containsOnlyOnce(open);
        int start = page.indexOf(open) + open.length();
        return page.substring(start, page.indexOf("</script>", start));
    }
}
