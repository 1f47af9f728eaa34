package io.yeonpyo.timeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.Actors;
import io.yeonpyo.article.ArticleCatalog;
import io.yeonpyo.article.LoadNote;
import io.yeonpyo.article.LoadOutcome;
import io.yeonpyo.article.LoadReport;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventPage;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.Events;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.relationship.RelationshipTemperatures;
import io.yeonpyo.relationship.RelationshipTemperatures.Summary;
import io.yeonpyo.relationship.RelationshipWeights;
import io.yeonpyo.relationship.Temperature;
import jakarta.servlet.http.Cookie;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(TimelineController.class)
class TimelineControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    EventCatalog events;

    @MockitoBean
    ActorCatalog actors;

    @MockitoBean
    ArticleCatalog articles;

    @MockitoBean
    RelationshipTemperatures temperatures;

    @BeforeEach
    void catalogs() {
        given(events.search(any(), anyInt(), anyInt())).willReturn(Events.page(Events.timeline()));
        given(actors.all()).willReturn(Actors.all());
        given(actors.relationships()).willReturn(Actors.relationships());
        RelationshipWeights weights = RelationshipWeights.load(Path.of("data", RelationshipWeights.FILE));
        given(temperatures.all()).willReturn(List.of(
                new Summary(Actors.msOpenai(), Temperature.of(Events.outlines(Events.timeline()), weights)),
                new Summary(Actors.muskAltman(), Temperature.of(List.of(), weights))));
        given(articles.lastReport()).willReturn(Optional.of(new LoadReport(Instant.parse("2026-11-22T08:00:00Z"),
                Instant.parse("2026-11-22T08:00:03Z"),
                List.of(new LoadOutcome("000_d42f17f56210b79a.txt", LoadOutcome.Status.LOADED, 9, List.of()),
                        new LoadOutcome("001_822e4aa99219b25e.txt", LoadOutcome.Status.UNCHANGED, 7, List.of()),
                        new LoadOutcome("broken.txt", LoadOutcome.Status.FAILED, 0,
                                List.of(new LoadNote("load.note.undetected", List.of())))),
                16, null)));
    }

    @Test
    void showsEveryDateAtItsTruePrecisionInKorean() {
        assertThat(mvc.get().uri("/")).hasStatusOk().hasViewName(TimelineController.VIEW).bodyText()
                .contains(">2019년</time>")
                .contains(">2023년 11월</time>")
                .contains(">2023년 11월 17일</time>")
                .contains(">2024년 초</time>")
                .contains(">2025년 1월 말</time>")
                .contains(">2025년 6월 중순</time>")
                .contains("datetime=\"2023-11-17\"")
                .doesNotContain("2019-01-01");
    }

    @Test
    void aPeriodFilterSaysHowManyUndatedEventsItLeavesOutAndLinksToThem() {
        given(events.countUndated(any())).willReturn(3L);

        assertThat(mvc.get().uri("/?company=microsoft&from=2024")).hasStatusOk().bodyText()
                .contains("기간 조건 때문에 날짜 미상 사건 3건이 빠졌습니다.")
                .contains("href=\"/?company=microsoft#year-undated\"");
        assertThat(mvc.get().uri("/?company=microsoft&from=2024&lang=en")).hasStatusOk().bodyText()
                .contains("The period filter leaves out 3 events without a date.");
        assertThat(mvc.get().uri("/?company=microsoft")).hasStatusOk().bodyText()
                .doesNotContain("undated-left-out");
        org.mockito.Mockito.verify(events, org.mockito.Mockito.atLeastOnce()).countUndated(
                org.mockito.ArgumentMatchers.argThat(f -> "microsoft".equals(f.company()) && f.from() != null));
    }

    @Test
    void groupsByYearInDateOrderAndKeepsUndatedEventsApart() throws Exception {
        String body = mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int y2019 = body.indexOf("id=\"year-2019\"");
        int y2023 = body.indexOf("id=\"year-2023\"");
        int y2025 = body.indexOf("id=\"year-2025\"");
        int undated = body.indexOf("id=\"year-undated\"");
        assertThat(y2019).isPositive().isLessThan(y2023);
        assertThat(y2023).isLessThan(y2025);
        assertThat(y2025).isLessThan(undated);
        assertThat(body.indexOf("AGI 달성 시 MS와의 계약 종료 조항")).isGreaterThan(undated);
        assertThat(body.substring(undated)).contains("날짜 미상").doesNotContain("<time");
    }

    @Test
    void eachEventLinksItsPageAndActorsWithTypeCountAndAmount() {
        assertThat(mvc.get().uri("/")).bodyText()
                .contains("href=\"/events/2019-microsoft-invests-in-openai\">MS, 오픈AI에 10억 달러 투자</a>")
                .contains("href=\"/actors/microsoft\"")
                .contains("href=\"/actors/sam-altman\"")
                .contains(">투자</span>")
                .contains(">기사 2건</span>")
                .contains("10억달러")
                .contains("약 10억 달러");
    }

    @Test
    void withoutParametersAsksForEverythingFromTheFirstPage() {
        assertThat(mvc.get().uri("/")).hasStatusOk();
        verify(events).search(EventFilter.NONE, 0, TimelineController.PAGE_SIZE);
    }

    @Test
    void passesEveryFilterToTheCatalog() {
        assertThat(mvc.get().uri("/").param("company", "microsoft").param("person", "sam-altman")
                .param("type", "INVESTMENT").param("relationship", "ms-openai").param("from", "2019")
                .param("to", "2023-11").param("q", "투자").param("page", "1")).hasStatusOk();
        verify(events).search(new EventFilter("microsoft", "sam-altman", EventType.INVESTMENT, "ms-openai",
                PartialDate.ofYear(2019), PartialDate.ofMonth(2023, 11), "투자"), 1, TimelineController.PAGE_SIZE);
    }

    @Test
    void emptyFormFieldsMeanNoRestriction() {
        assertThat(mvc.get().uri("/").param("company", "").param("person", "").param("type", "")
                .param("relationship", "").param("from", "").param("to", "").param("q", "  ")).hasStatusOk();
        verify(events).search(EventFilter.NONE, 0, TimelineController.PAGE_SIZE);
    }

    @Test
    void unknownActorIdsAreAnEmptyResultNotAnError() {
        given(events.search(any(), anyInt(), anyInt())).willReturn(Events.page(List.of()));
        assertThat(mvc.get().uri("/").param("company", "no-such-company")).hasStatusOk().bodyText()
                .contains("조건에 맞는 사건이 없습니다.");
    }

    @ParameterizedTest
    @CsvSource({
            "type, UNKNOWN, INVESTMENT",
            "from, 2025-13, YYYY-MM",
            "to, 2023-02-30, YYYY-MM-DD",
            "page, -1, 0 이상",
            "page, two, 0 이상"})
    void badParametersGiveA400PageThatSaysWhatIsWrong(String param, String value, String hint) {
        assertThat(mvc.get().uri("/").param(param, value)).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("error")
                .bodyText().contains("요청을 이해하지 못했습니다").contains(param + "=&#39;" + value + "&#39;")
                .contains(hint);
        verify(events, never()).search(any(), anyInt(), anyInt());
    }

    @Test
    void badParametersAreExplainedInEnglishToo() {
        assertThat(mvc.get().uri("/").param("from", "2025-13").param("lang", "en"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("The request could not be understood").contains("Dates are written YYYY");
    }

    @Test
    void englishSwitchesLabelsAndDateFormats() {
        MvcTestResult result = mvc.get().uri("/").param("lang", "en").exchange();
        assertThat(result).hasStatusOk().bodyText()
                .contains("<html lang=\"en\"")
                .contains(">2019</time>")
                .contains(">Nov 2023</time>")
                .contains(">17 Nov 2023</time>")
                .contains(">early 2024</time>")
                .contains(">late Jan 2025</time>")
                .contains(">mid-Jun 2025</time>")
                .contains(">Investment</span>")
                .contains(">2 articles</span>")
                .contains("Date unknown");
        assertThat(result).cookies().containsCookie("yeonpyo-lang");
    }

    @Test
    void koreanIsTheDefaultWhateverTheBrowserAsks() {
        assertThat(mvc.get().uri("/").header("Accept-Language", "en-US")).bodyText()
                .contains("<html lang=\"ko\"").contains(">2023년 11월 17일</time>");
    }

    @Test
    void theChosenLanguageIsRememberedInACookie() {
        assertThat(mvc.get().uri("/").cookie(new Cookie("yeonpyo-lang", "en"))).bodyText()
                .contains("<html lang=\"en\"").contains(">17 Nov 2023</time>");
    }

    @Test
    void aLanguageWithoutBundleFallsBackToKorean() {
        assertThat(mvc.get().uri("/").param("lang", "fr")).hasStatusOk().bodyText()
                .contains("<html lang=\"ko\"").contains(">2023년 11월 17일</time>");
    }

    @Test
    void showsActiveFiltersWithRemoveAndClearLinks() {
        assertThat(mvc.get().uri("/").param("company", "microsoft").param("from", "2023")).bodyText()
                .contains("기업: 마이크로소프트 ×")
                .contains("href=\"/?from=2023\"")
                .contains("시작: 2023년 ×")
                .contains("href=\"/?company=microsoft\"")
                .contains("모든 조건 지우기");
    }

    @Test
    void fillsTheFilterSelectsFromTheActorCatalog() {
        assertThat(mvc.get().uri("/").param("person", "sam-altman")).bodyText()
                .contains("<option value=\"microsoft\">마이크로소프트</option>")
                .containsPattern("<option value=\"sam-altman\"\\s+selected=\"selected\">샘 알트먼</option>")
                .contains("<option value=\"ms-openai\">MS–오픈AI</option>")
                .contains("<option value=\"FEUD\">갈등</option>");
    }

    @Test
    void englishPagesOfferTheEnglishNames() {
        assertThat(mvc.get().uri("/").param("lang", "en").param("person", "sam-altman")).bodyText()
                .contains("<option value=\"microsoft\">Microsoft</option>")
                .containsPattern("<option value=\"sam-altman\"\\s+selected=\"selected\">Sam Altman</option>")
                .contains("<option value=\"ms-openai\">Microsoft–OpenAI</option>")
                .contains("<option value=\"FEUD\">Feud</option>")
                .contains("Person: Sam Altman ×");
    }

    @Test
    void linksEachFollowedRelationshipAndMarksTheActiveOne() {
        assertThat(mvc.get().uri("/").param("relationship", "musk-altman")).bodyText()
                .containsPattern("href=\"/\\?relationship=ms-openai\"\\s*>MS–오픈AI</a>")
                .containsPattern("href=\"/\\?relationship=musk-altman\"\\s+aria-current=\"page\">머스크–알트먼</a>");
        assertThat(mvc.get().uri("/").param("lang", "en").param("relationship", "musk-altman")).bodyText()
                .containsPattern("href=\"/\\?relationship=musk-altman\"\\s+aria-current=\"page\">Musk–Altman</a>");
    }

    @Test
    void theDisputedFilterIsBoundAndShownAsAnActiveFilter() {
        assertThat(mvc.get().uri("/").param("disputed", "true")).bodyText()
                .containsPattern("name=\"disputed\" value=\"true\"\\s+checked=\"checked\"")
                .contains("출처가 엇갈리는 사건만 ×");
        verify(events).search(new EventFilter(null, null, null, null, null, null, null, true), 0,
                TimelineController.PAGE_SIZE);
    }

    @Test
    void pagesKeepTheFilter() {
        given(events.search(any(), anyInt(), anyInt()))
                .willReturn(new EventPage(450, 1, TimelineController.PAGE_SIZE, Events.timeline()));
        assertThat(mvc.get().uri("/").param("company", "microsoft").param("q", "투자").param("page", "1")).bodyText()
                .contains("href=\"/?company=microsoft&amp;q=%ED%88%AC%EC%9E%90&amp;page=0\"")
                .contains("href=\"/?company=microsoft&amp;q=%ED%88%AC%EC%9E%90&amp;page=2\"")
                .contains("2 / 3 페이지");
    }

    @Test
    void showsTheLoadStatusLine() {
        assertThat(mvc.get().uri("/")).bodyText()
                .contains("기사 2건을 불러왔고 1건은 실패했습니다.")
                .contains("href=\"/articles#load-report\"");
    }

    @Test
    void sendsSecurityHeadersWithoutAnyInlineScriptOrStyle() {
        MvcTestResult result = mvc.get().uri("/").exchange();
        assertThat(result).hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(result).bodyText().doesNotContain("style=").doesNotContain("<style").doesNotContain("hx-on")
                .doesNotContainPattern("\\son[a-z]+=");
        // The one script is htmx, from the WebJar on this origin; nothing inline.
        assertThat(result).bodyText().containsOnlyOnce("<script")
                .contains("<script src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\" defer></script>")
                .contains("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false,\"allowEval\":false,");
    }

    @Test
    void theFilterFormIsAPlainGetFormThatHtmxUpgrades() {
        assertThat(mvc.get().uri("/")).hasStatusOk().hasHeader("Vary", "HX-Request").bodyText()
                .contains("<form class=\"filters\" method=\"get\" action=\"/\" hx-target=\"#results\" "
                        + "hx-swap=\"outerHTML\" hx-push-url=\"true\" hx-get=\"/\">")
                .contains("<section class=\"results\" id=\"results\"");
    }

    @Test
    void anHtmxRequestGetsOnlyTheResultsFragmentWithChartAndList() {
        MvcTestResult result = mvc.get().uri("/").param("company", "microsoft").header("HX-Request", "true").exchange();
        assertThat(result).hasStatusOk().hasViewName(TimelineController.RESULTS).bodyText()
                .startsWith("<section class=\"results\" id=\"results\"")
                .contains("<svg class=\"timeline-chart\"")
                .contains("data-slug=\"2019-microsoft-invests-in-openai\"")
                .contains("<article class=\"event-card type-investment\" data-slug=\"2019-microsoft-invests-in-openai\"")
                .contains("기업: 마이크로소프트 ×")
                .doesNotContain("<html").doesNotContain("<form").doesNotContain("관계 온도");
        verify(temperatures, never()).all();
        verify(articles, never()).lastReport();
    }

    @Test
    void anHtmxHistoryRestoreGetsTheWholePage() {
        assertThat(mvc.get().uri("/").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
                .hasStatusOk().hasViewName(TimelineController.VIEW).bodyText().contains("<html").contains("<form");
    }

    @Test
    void theChartDrawsEachDatedEventOnceWithTheMarkupContract() throws Exception {
        String body = mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String chart = body.substring(body.indexOf("<svg class=\"timeline-chart\""),
                body.indexOf("</svg>", body.indexOf("<svg class=\"timeline-chart\"")));
        assertThat(chart)
                .contains("<a href=\"/events/2023-11-17-openai-board-fires-sam-altman\" class=\"chart-mark type-board\" "
                        + "data-slug=\"2023-11-17-openai-board-fires-sam-altman\" data-type=\"BOARD\"")
                .contains("aria-label=\"2023년 11월 17일 · 이사회 · 오픈AI 이사회, 샘 알트먼 CEO 해임\"")
                .contains("<title>2019년 · 투자 · MS, 오픈AI에 10억 달러 투자</title>")
                .doesNotContain("openai-microsoft-agi-clause"); // undated: listed apart, not drawn
        List<String> dated = Events.timeline().stream().filter(e -> e.date() != null).map(e -> e.slug()).toList();
        for (String slug : dated) {
            assertThat(chart.split("data-slug=\"" + slug + "\"", -1)).as(slug).hasSize(2);
        }
        assertThat(chart.split("class=\"chart-mark ", -1)).hasSize(dated.size() + 1);
        assertThat(body).contains("<article class=\"event-card type-investment\" data-slug=\"2019-microsoft-invests-in-openai\"");
    }

    @Test
    void bandWidthsFollowThePrecisionAndADayIsAPoint() throws Exception {
        String body = mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        double year = width(body, "2019-microsoft-invests-in-openai");
        double month = width(body, "2023-11-sam-altman-joins-microsoft");
        double lateJanuary = width(body, "2025-01-openai-softbank-stargate");
        assertThat(year).isGreaterThan(month);
        assertThat(month).isGreaterThan(lateJanuary);
        int fired = body.indexOf("data-slug=\"2023-11-17-openai-board-fires-sam-altman\"");
        assertThat(body.substring(fired, body.indexOf("</a>", fired))).contains("<circle").doesNotContain("<rect");
    }

    @Test
    void theChartFollowsTheFilterAndSaysWhenOnlyThePageIsDrawn() {
        given(events.search(any(), anyInt(), anyInt()))
                .willReturn(new EventPage(50_000, 0, TimelineController.PAGE_SIZE, Events.timeline()));
        assertThat(mvc.get().uri("/").param("company", "openai")).bodyText()
                .contains("차트에는 이 페이지의 8건만 그렸습니다 (전체 50,000건)");
        verify(events).search(new EventFilter("openai", null, null, null, null, null, null), 0,
                TimelineController.PAGE_SIZE); // never a 50,000-event query for the chart
        verify(events, never()).search(any(), anyInt(), org.mockito.ArgumentMatchers.eq(TimelineController.CHART_CAP));
    }

    @Test
    void aFilteredSetSpanningSeveralPagesIsDrawnWholeFromOneCappedQuery() {
        given(events.search(any(), anyInt(), org.mockito.ArgumentMatchers.eq(TimelineController.PAGE_SIZE)))
                .willReturn(new EventPage(450, 1, TimelineController.PAGE_SIZE, List.of(Events.msInvestment2019())));
        given(events.search(any(), anyInt(), org.mockito.ArgumentMatchers.eq(TimelineController.CHART_CAP)))
                .willReturn(new EventPage(450, 0, TimelineController.CHART_CAP, Events.timeline()));
        assertThat(mvc.get().uri("/").param("page", "1")).bodyText()
                .contains("data-slug=\"2025-02-elon-musk-offers-to-buy-openai\"")
                .doesNotContain("차트에는 이 페이지의");
        verify(events).search(EventFilter.NONE, 0, TimelineController.CHART_CAP);
    }

    @Test
    void showsEachRelationshipsTemperatureLinkingEachHalfYearToItsEvents() {
        assertThat(mvc.get().uri("/")).bodyText()
                .contains("href=\"/relationships/ms-openai\">MS–오픈AI</a>")
                .contains("href=\"/?relationship=ms-openai&amp;from=2019-01&amp;to=2019-06\"")
                .contains("aria-label=\"2019년 상반기: 온도 1.5, 사건 1건\"")
                .contains("aria-label=\"2025년 상반기: 온도 -3, 사건 3건\"") // Stargate +2, takeover offer −2, complaint −3
                .contains("날짜가 있는 사건이 없어 온도를 그릴 수 없습니다.");      // musk-altman has none here
    }

    @Test
    void eventsSharingADateAreOneClusterWithAVisibleCountAndTheirSlugs() throws Exception {
        EventView fired = Events.altmanFired();
        List<EventView> sameDay = List.of(fired, copy(fired, "second-on-nov-17"), copy(fired, "third-on-nov-17"),
                Events.msInvestment2019());
        given(events.search(any(), anyInt(), anyInt())).willReturn(Events.page(sameDay));
        String body = mvc.get().uri("/").param("type", "BOARD").exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(body)
                .contains("<a href=\"/?type=BOARD&amp;relationship=ms-openai&amp;from=2023-11-17&amp;to=2023-11-17\" "
                        + "class=\"chart-cluster\" data-slugs=\"2023-11-17-openai-board-fires-sam-altman second-on-nov-17 "
                        + "third-on-nov-17\" aria-label=\"2023년 11월 17일: 사건 3건\">")
                .containsPattern("<text class=\"cluster-count\" x=\"[0-9.]+\" y=\"[0-9.]+\">3</text>")
                .doesNotContain("data-slug=\"second-on-nov-17\" data-type");
    }

    private static EventView copy(EventView e, String slug) {
        return new EventView(slug, e.date(), e.type(), e.actors(), e.relationships(), e.headline(), e.headlineEn(), e.amount(),
                e.sources(), e.conflicts(), e.articleCount());
    }

    private static double width(String body, String slug) {
        int at = body.indexOf("data-slug=\"" + slug + "\"");
        String mark = body.substring(at, body.indexOf("</a>", at));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("width=\"([0-9.]+)\"").matcher(mark);
        assertThat(m.find()).as(slug + " is a band").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void unknownPathsGetTheCustom404Page() {
        assertThat(mvc.get().uri("/no/such/page")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error")
                .bodyText().contains("찾을 수 없습니다");
    }
}
