package io.yeonpyo.event.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventPage;
import io.yeonpyo.event.Events;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(EventApiController.class)
class EventApiControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    EventCatalog events;

    @Test
    void answersAPageOfEventsWithTotalPageAndSize() {
        given(events.searchWithSources(any(), anyInt(), anyInt()))
                .willReturn(new EventPage(8, 0, 50, List.of(Events.msInvestment2019(), Events.stargate())));

        assertThat(mvc.get().uri("/api/events")).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"total": 8, "page": 0, "size": 50, "events": [
                          {"slug": "2019-microsoft-invests-in-openai", "date": "2019", "precision": "YEAR",
                           "qualifier": null, "type": "INVESTMENT", "actors": ["microsoft", "openai"],
                           "relationships": ["ms-openai"], "headline": "MS, 오픈AI에 10억 달러 투자",
                           "headlineEn": "Microsoft invests $1 billion in OpenAI",
                           "amount": {"value": 1000000000, "currency": "USD", "usd": 1000000000, "text": "10억달러"},
                           "sources": [
                             {"article": "000_d42f17f56210b79a", "dateText": "2019년", "publishedOn": "2025-04"},
                             {"article": "001_822e4aa99219b25e", "dateText": "2019년", "publishedOn": "2025-07"}],
                           "conflicts": []},
                          {"slug": "2025-01-openai-softbank-stargate", "date": "2025-01", "precision": "MONTH",
                           "qualifier": "LATE"}
                        ]}""");
        verify(events).searchWithSources(EventFilter.NONE, 0, EventsParams.DEFAULT_SIZE);
    }

    @Test
    void writesAbsentValuesAsNullRatherThanLeavingThemOut() {
        given(events.bySlug("openai-microsoft-agi-clause")).willReturn(Optional.of(Events.agiClause()));

        assertThat(mvc.get().uri("/api/events/openai-microsoft-agi-clause")).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("""
                        {"slug": "openai-microsoft-agi-clause", "date": null, "precision": "NONE", "qualifier": null,
                         "timing": "DONE", "type": "CONTRACT", "actors": ["microsoft", "openai"], "relationships": ["ms-openai"],
                         "headline": "AGI 달성 시 MS와의 계약 종료 조항",
                         "headlineEn": "Microsoft–OpenAI contract clause", "amount": null,
                         "sources": [{"article": "000_d42f17f56210b79a",
                                      "sentence": "양사의 파트너십 종료를 결정할 인공일반지능(AGI) 달성 여부로 심각한 이견을 보였다는 점도 새로 확인됐다.",
                                      "dateText": null, "publishedOn": "2025-04"}],
                         "conflicts": []}""");
    }

    @Test
    void writesDayPrecisionAndConflicts() {
        given(events.bySlug("2023-11-17-openai-board-fires-sam-altman")).willReturn(Optional.of(Events.altmanFired()));

        assertThat(mvc.get().uri("/api/events/2023-11-17-openai-board-fires-sam-altman")).bodyJson()
                .isLenientlyEqualTo("""
                        {"date": "2023-11-17", "precision": "DAY", "qualifier": null, "type": "BOARD",
                         "actors": ["openai", "sam-altman", "ilya-sutskever"],
                         "sources": [{"dateText": "금요일", "publishedOn": "2023-11-22"}],
                         "conflicts": [{"kind": "DATE", "moreReadings": 0, "readings": [
                           {"date": "2023-11-16", "amount": null, "quote": "16일", "outlets": ["AI타임스"], "moreSources": 0},
                           {"date": "2023-11-17", "amount": null, "quote": "금요일", "outlets": ["브런치"],
                            "moreSources": 2}]}]}""");
    }

    @Test
    void passesFiltersPageAndSizeToTheCatalog() {
        given(events.searchWithSources(any(), anyInt(), anyInt())).willReturn(new EventPage(0, 2, 1000, List.of()));

        assertThat(mvc.get().uri("/api/events").param("company", "microsoft").param("person", "satya-nadella")
                .param("type", "FEUD").param("relationship", "ms-openai").param("from", "2023-11")
                .param("to", "2025").param("q", "소송").param("page", "2").param("size", "1000")).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"total\":0,\"page\":2,\"size\":1000,\"events\":[]}");
        verify(events).searchWithSources(new EventFilter("microsoft", "satya-nadella", EventType.FEUD, "ms-openai",
                PartialDate.ofMonth(2023, 11), PartialDate.ofYear(2025), "소송"), 2, 1000);
    }

    @Test
    void anEventTypeInLowerCaseIsTheSameType() {
        given(events.searchWithSources(any(), anyInt(), anyInt())).willReturn(new EventPage(0, 0, 20, List.of()));

        assertThat(mvc.get().uri("/api/events").param("type", "investment")).hasStatusOk();
        verify(events).searchWithSources(new EventFilter(null, null, EventType.INVESTMENT, null, null, null, null),
                0, EventsParams.DEFAULT_SIZE);
    }

    @ParameterizedTest
    @CsvSource({"size, 0", "size, 1001", "size, ten", "page, -1", "type, LAWSUIT", "type, lawsuit", "from, 2025-13",
            "to, 2024-02-30"})
    void badParametersAreA400JsonError(String param, String value) {
        assertThat(mvc.get().uri("/api/events").param(param, value)).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_JSON).bodyJson()
                .isLenientlyEqualTo("{\"status\":400,\"error\":\"Bad Request\"}")
                .extractingPath("$.message").asString().contains(param + "='" + value + "'");
        verify(events, never()).searchWithSources(any(), anyInt(), anyInt());
    }

    @Test
    void unknownSlugIsA404JsonError() {
        assertThat(mvc.get().uri("/api/events/no-such-event")).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_JSON).bodyJson()
                .isStrictlyEqualTo("""
                        {"status": 404, "error": "Not Found",
                         "message": "'no-such-event'에 해당하는 사건이 없습니다. 링크가 바뀌었거나 잘못 입력되었을 수 있습니다."}""");
    }

    @Test
    void unknownApiPathIsA404JsonErrorToo() {
        assertThat(mvc.get().uri("/api/nothing-here")).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_JSON).bodyJson()
                .isLenientlyEqualTo("{\"status\":404,\"error\":\"Not Found\"}");
    }
}
