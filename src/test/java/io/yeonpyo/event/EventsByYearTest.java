package io.yeonpyo.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventsByYearTest {

    @Test
    void groupsDatedEventsByYearInTheGivenOrderAndKeepsUndatedApart() {
        EventsByYear timeline = EventsByYear.of(Events.timeline());

        assertThat(timeline.years()).extracting(EventsByYear.Year::year).containsExactly(2019, 2023, 2024, 2025);
        assertThat(timeline.years().get(1).events()).extracting(EventView::slug)
                .containsExactly("2023-11-sam-altman-joins-microsoft", "2023-11-17-openai-board-fires-sam-altman");
        assertThat(timeline.undated()).extracting(EventView::slug).containsExactly("openai-microsoft-agi-clause");
        assertThat(timeline.count()).isEqualTo(Events.timeline().size());
    }

    @Test
    void nothingToShow() {
        EventsByYear timeline = EventsByYear.of(List.of());
        assertThat(timeline.isEmpty()).isTrue();
        assertThat(timeline.count()).isZero();
    }

    @Test
    void onlyUndatedEvents() {
        EventsByYear timeline = EventsByYear.of(List.of(Events.agiClause()));
        assertThat(timeline.years()).isEmpty();
        assertThat(timeline.isEmpty()).isFalse();
    }
}
