package io.yeonpyo.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    @Test
    void writesEveryRestrictionInFormOrderEncodedForAUrl() {
        EventFilter filter = new EventFilter("microsoft", "sam-altman", EventType.BOARD, "ms-openai",
                PartialDate.ofYear(2023), PartialDate.ofMonth(2024, 6), "투자 소송");
        assertThat(filter.toQuery()).isEqualTo("company=microsoft&person=sam-altman&type=BOARD"
                + "&relationship=ms-openai&from=2023&to=2024-06&q=%ED%88%AC%EC%9E%90%20%EC%86%8C%EC%86%A1");
        assertThat(EventFilter.NONE.toQuery()).isEmpty();
    }

    @Test
    void onlyDisputedIsWrittenAndKeptThroughNarrowing() {
        EventFilter disputed = new EventFilter("openai", null, null, null, null, null, null, true);
        assertThat(disputed.toQuery()).isEqualTo("company=openai&disputed=true");
        assertThat(disputed.narrowedTo("ms-openai", null, null).disputed()).isTrue();
        // an unticked box restricts nothing, like an absent one
        assertThat(new EventFilter(null, null, null, null, null, null, null, false)).isEqualTo(EventFilter.NONE);
    }

    @Test
    void blankFormFieldsRestrictNothing() {
        assertThat(new EventFilter(" ", "", null, "\t", null, null, "  ")).isEqualTo(EventFilter.NONE);
        assertThat(new EventFilter(" microsoft ", null, null, null, null, null, null).company()).isEqualTo("microsoft");
    }

    @Test
    void narrowingKeepsTheRestAndTheRelationshipUnlessGivenOne() {
        EventFilter filter = new EventFilter("microsoft", null, null, "ms-openai", null, null, "투자");
        PartialDate day = PartialDate.ofDay(2023, 11, 17);
        assertThat(filter.narrowedTo(null, day, day))
                .isEqualTo(new EventFilter("microsoft", null, null, "ms-openai", day, day, "투자"));
        assertThat(filter.narrowedTo("musk-altman", day, day).relationship()).isEqualTo("musk-altman");
    }
}
