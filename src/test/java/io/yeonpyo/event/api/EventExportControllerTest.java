package io.yeonpyo.event.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.Actors;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventPage;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.Events;
import io.yeonpyo.event.SourceView;
import io.yeonpyo.extraction.Amount;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(EventExportController.class)
class EventExportControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    EventCatalog events;

    @MockitoBean
    ActorCatalog actors;

    @BeforeEach
    void relationships() {
        given(actors.relationship("ms-openai")).willReturn(Optional.of(Actors.msOpenai()));
        given(actors.relationship("musk-altman")).willReturn(Optional.of(Actors.muskAltman()));
    }

    /** Everything a hostile or careless article could put in a headline, a sentence or an outlet. */
    static EventView hostile() {
        return new EventView("2025-03-hostile", PartialDate.ofMonth(2025, 3), EventType.FEUD, List.of(Events.OPENAI),
                List.of("musk-altman"), "=HYPERLINK(\"http://x\") <b>\"소송\"</b> & 'AI', 1\n2", null,
                new Amount(new BigDecimal("-5"), null, "USD", new BigDecimal("1E+9"), "-5달러"),
                List.of(new SourceView("009_x", "제목", "<i>뉴스</i>", 0, "머스크는 \"</script>\"를 썼다 & 끝.",
                        null, null, null, null)),
                List.of(), 1);
    }

    @Test
    void timelineJsHoldsOnlyTheKnownPartsOfEachDateAndLeavesUndatedEventsOut() {
        given(events.searchWithSources(any(), anyInt(), anyInt())).willReturn(Events.page(List.of(Events.msInvestment2019(),
                Events.altmanFired(), Events.suleymanHired(), Events.stargate(), Events.agiClause())));

        assertThat(mvc.get().uri("/api/timelinejs.json")).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON)
                .bodyJson().isStrictlyEqualTo("""
                        {"title": {"text": {"headline": "출처와 날짜를 밝힌 사건 연표",
                                            "text": "날짜가 있는 사건 4건. 기사에 시점이 나오지 않은 사건 1건은 타임라인에 놓을 자리가 없어 뺐습니다."}},
                         "events": [
                          {"start_date": {"year": 2019},
                           "text": {"headline": "MS, 오픈AI에 10억 달러 투자",
                                    "text": "<p>2018년 한 행사에서 우연한 만남으로 시작한 이들의 관계는 2019년 일론 머스크 CEO가 오픈AI를 떠나고 MS가 오픈AI에 10억달러를 투자하며 본격화됐다. <cite>AI타임스</cite></p><p>2019년 MS가 10억 달러(약 1조3800억 원)를 투자하며 시작된 6년간의 돈독한 협력이 전환점을 맞았습니다. <cite>바이라인네트워크</cite></p>"},
                           "group": "MS–오픈AI", "unique_id": "2019-microsoft-invests-in-openai"},
                          {"start_date": {"year": 2023, "month": 11, "day": 17},
                           "text": {"headline": "오픈AI 이사회, 샘 알트먼 CEO 해임",
                                    "text": "<p>금요일 잘리고 월요일부터 출근하니 알트먼은 주말에 결정을 내린 듯합니다. <cite>브런치</cite></p>"},
                           "group": "MS–오픈AI", "unique_id": "2023-11-17-openai-board-fires-sam-altman"},
                          {"start_date": {"year": 2024, "display_date": "2024년 초"},
                           "text": {"headline": "MS, 무스타파 술레이만 영입",
                                    "text": "<p>MS는 지난해 초 구글 딥마인드 창립자인 무스타파 술레이만을 영입했다. <cite>AI타임스</cite></p>"},
                           "group": "MS–오픈AI", "unique_id": "2024-microsoft-hires-mustafa-suleyman"},
                          {"start_date": {"year": 2025, "month": 1, "display_date": "2025년 1월 말"},
                           "text": {"headline": "오픈AI, 소프트뱅크와 스타게이트 프로젝트 발표",
                                    "text": "<p>오픈AI는 1월 말 소프트뱅크 등과 손잡고 5000억 달러 규모의 스타게이트 프로젝트를 발표했습니다. <cite>MS-오픈AI 위태로운 동맹?</cite></p>"},
                           "group": "MS–오픈AI", "unique_id": "2025-01-openai-softbank-stargate"}
                         ]}""");
    }

    @Test
    void timelineJsTitleAndQualifiersFollowTheLanguage() {
        given(events.searchWithSources(any(), anyInt(), anyInt()))
                .willReturn(Events.page(List.of(Events.suleymanHired(), Events.agiClause())));

        assertThat(mvc.get().uri("/api/timelinejs.json").param("lang", "en")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        {"title": {"text": {"text": "Dated events: 1. Left out because their articles give no time: 1."}},
                         "events": [{"start_date": {"year": 2024, "display_date": "early 2024"}}]}""");
    }

    @Test
    void timelineJsInEnglishHasEnglishHeadlinesAndGroupsNamedInEnglish() {
        given(events.searchWithSources(any(), anyInt(), anyInt()))
                .willReturn(Events.page(List.of(Events.msInvestment2019(), Events.muskOffer())));

        assertThat(mvc.get().uri("/api/timelinejs.json").param("lang", "en")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        {"events": [
                          {"text": {"headline": "Microsoft invests $1 billion in OpenAI"}, "group": "Microsoft–OpenAI"},
                          {"text": {"headline": "Elon Musk offers to buy OpenAI"}, "group": "Musk–Altman"}]}""");
    }

    @Test
    void csvInEnglishHasEnglishHeadlines() {
        given(events.searchWithSources(any(), anyInt(), anyInt()))
                .willReturn(Events.page(List.of(Events.msInvestment2019())));

        assertThat(mvc.get().uri("/api/events.csv").param("lang", "en")).hasStatusOk().bodyText()
                .contains(",ms-openai,Microsoft invests $1 billion in OpenAI,10억달러,")
                .doesNotContain("MS, 오픈AI에 10억 달러 투자");
    }

    @Test
    void timelineJsEscapesHtmlFromTheArticles() {
        given(events.searchWithSources(any(), anyInt(), anyInt())).willReturn(Events.page(List.of(hostile())));

        assertThat(mvc.get().uri("/api/timelinejs.json")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        {"events": [{"text": {
                          "headline": "=HYPERLINK(&quot;http://x&quot;) &lt;b&gt;&quot;소송&quot;&lt;/b&gt; &amp; &#39;AI&#39;, 1\\n2",
                          "text": "<p>머스크는 &quot;&lt;/script&gt;&quot;를 썼다 &amp; 끝. <cite>&lt;i&gt;뉴스&lt;/i&gt;</cite></p>"}}]}""");
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndOneQuotedRowPerEvent() {
        given(events.searchWithSources(any(), anyInt(), anyInt()))
                .willReturn(Events.page(List.of(Events.msInvestment2019(), Events.stargate(), Events.agiClause())));

        var result = mvc.get().uri("/api/events.csv");
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8")
                .body().startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(result).bodyText().isEqualTo("\uFEFF"
                + "slug,date,precision,qualifier,type,actors,relationships,headline,amount_text,amount_usd,article_count,url\r\n"
                + "2019-microsoft-invests-in-openai,2019,YEAR,,INVESTMENT,microsoft;openai,ms-openai,"
                + "\"MS, 오픈AI에 10억 달러 투자\",10억달러,1000000000,2,http://localhost/events/2019-microsoft-invests-in-openai\r\n"
                + "2025-01-openai-softbank-stargate,2025-01,MONTH,LATE,PARTNERSHIP,openai;softbank,ms-openai,"
                + "\"오픈AI, 소프트뱅크와 스타게이트 프로젝트 발표\",5000억 달러,500000000000,1,"
                + "http://localhost/events/2025-01-openai-softbank-stargate\r\n"
                + "openai-microsoft-agi-clause,,NONE,,CONTRACT,microsoft;openai,ms-openai,AGI 달성 시 MS와의 계약 종료 조항,,,1,"
                + "http://localhost/events/openai-microsoft-agi-clause\r\n");
    }

    @Test
    void csvDefusesFormulasBeforeQuoting() {
        given(events.searchWithSources(any(), anyInt(), anyInt())).willReturn(Events.page(List.of(hostile())));

        assertThat(mvc.get().uri("/api/events.csv")).hasStatusOk().bodyText().endsWith("\r\n"
                + "2025-03-hostile,2025-03,MONTH,,FEUD,openai,musk-altman,"
                + "\"'=HYPERLINK(\"\"http://x\"\") <b>\"\"소송\"\"</b> & 'AI', 1\n2\",'-5달러,1000000000,1,"
                + "http://localhost/events/2025-03-hostile\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void everyFormulaLeadIsDefused(String headline) {
        EventView event = Events.agiClause();
        given(events.searchWithSources(any(), anyInt(), anyInt())).willReturn(Events.page(List.of(new EventView(event.slug(),
                null, event.type(), List.of(), List.of(), headline, null, null, List.of(), List.of(), 1))));

        String expected = headline.startsWith("\r") ? "\"'" + headline + "\"" : "'" + headline;
        assertThat(mvc.get().uri("/api/events.csv")).bodyText().contains(",NONE,,CONTRACT,,," + expected + ",,,1,");
    }

    @Test
    void exportsPassTheFiltersAndFetchEveryPage() {
        EventFilter filter = new EventFilter("microsoft", null, EventType.FEUD, null, PartialDate.ofYear(2023), null, "소송");
        given(events.searchWithSources(filter, 0, EventExportController.BATCH))
                .willReturn(new EventPage(3, 0, 2, List.of(Events.msInvestment2019(), Events.stargate())));
        given(events.searchWithSources(filter, 1, EventExportController.BATCH))
                .willReturn(new EventPage(3, 1, 2, List.of(Events.muskOffer())));

        assertThat(mvc.get().uri("/api/timelinejs.json").param("company", "microsoft").param("type", "FEUD")
                .param("from", "2023").param("q", "소송")).hasStatusOk().bodyJson()
                .extractingPath("$.events[*].unique_id").asArray().containsExactly(
                        "2019-microsoft-invests-in-openai", "2025-01-openai-softbank-stargate",
                        "2025-02-elon-musk-offers-to-buy-openai");
        verify(events, never()).searchWithSources(eq(filter), eq(2), anyInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/timelinejs.json", "/api/events.csv"})
    void badFiltersAreA400JsonErrorLikeTheEventsApi(String uri) {
        assertThat(mvc.get().uri(uri).param("type", "LAWSUIT")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_JSON).bodyJson()
                .isLenientlyEqualTo("{\"status\":400,\"error\":\"Bad Request\"}");
        verify(events, never()).searchWithSources(any(), anyInt(), anyInt());
    }
}
