package io.yeonpyo.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.Actors;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.Events;
import io.yeonpyo.event.EventOutline;
import io.yeonpyo.event.TimelineRebuilt;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Temperatures are read once per rebuild, not once per page: every timeline page shows them all. */
class RelationshipTemperaturesTest {

    private final ActorCatalog actors = mock(ActorCatalog.class);
    private final EventCatalog events = mock(EventCatalog.class);
    private final RelationshipTemperatures temperatures =
            new RelationshipTemperatures(actors, events, TemperatureTest.WEIGHTS);

    @BeforeEach
    void twoRelationships() {
        given(actors.relationships()).willReturn(List.of(Actors.msOpenai(), Actors.muskAltman()));
        given(events.datedOutlines("ms-openai")).willReturn(List.of(
                new EventOutline("invest", PartialDate.ofMonth(2023, 1), EventType.INVESTMENT, "투자")));
        given(events.datedOutlines("musk-altman")).willReturn(List.of(
                new EventOutline("suit", PartialDate.ofDay(2024, 3, 1), EventType.FEUD, "소송")));
    }

    @Test
    void computesEachTemperatureOnceUntilTheContentChanges() {
        List<RelationshipTemperatures.Summary> first = temperatures.all();
        temperatures.all();
        verify(events, times(1)).datedOutlines("ms-openai");
        assertThat(first).extracting(s -> s.relationship().id()).containsExactly("ms-openai", "musk-altman");
        assertThat(first.get(0).temperature().points()).singleElement()
                .satisfies(p -> assertThat(p.score()).isPositive());
        assertThat(first.get(1).temperature().points()).singleElement()
                .satisfies(p -> assertThat(p.score()).isNegative());

        temperatures.contentChanged(new TimelineRebuilt());
        given(events.datedOutlines("ms-openai")).willReturn(List.of());

        assertThat(temperatures.all().get(0).temperature().isEmpty()).isTrue();
        verify(events, times(2)).datedOutlines("ms-openai");
    }

    @Test
    void anyTwoActorsAreScoredOverTheEventsThatNameBoth() {
        given(actors.byId("sam-altman")).willReturn(java.util.Optional.of(Actors.samAltman()));
        given(actors.byId("elon-musk")).willReturn(java.util.Optional.of(Actors.elonMusk()));
        given(events.search(EventFilter.of(Actors.samAltman()), 0, RelationshipTemperatures.MAX_EVENTS))
                .willReturn(Events.page(Events.timeline()));

        RelationshipTemperatures.RelationshipTemperature pair = temperatures.pair("sam-altman", "elon-musk")
                .orElseThrow();
        assertThat(pair.relationship().nameKo()).isEqualTo("샘 알트먼–일론 머스크");
        assertThat(pair.relationship().id()).as("no followed relationship's id").isNull();
        assertThat(pair.events()).extracting(EventView::slug).containsExactly("2025-02-elon-musk-offers-to-buy-openai");
        assertThat(pair.temperature().points()).isNotEmpty();
        assertThat(temperatures.pair("sam-altman", "sam-altman")).isEmpty();
        assertThat(temperatures.pair("sam-altman", "nobody")).isEmpty();
        assertThat(temperatures.followed("sam-altman", "elon-musk"))
                .map(r -> r.id()).contains("musk-altman");
    }

    @Test
    void aBurstOfFirstRequestsComputesThemOnce() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(16);
        try {
            CompletableFuture<?>[] all = IntStream.range(0, 16)
                    .mapToObj(i -> CompletableFuture.runAsync(temperatures::all, readers))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(all).get();
        } finally {
            readers.shutdown();
        }
        verify(events, times(1)).datedOutlines("ms-openai");
        verify(events, times(1)).datedOutlines("musk-altman");
    }
}
