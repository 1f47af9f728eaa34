package io.yeonpyo.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.event.ActorRef;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.Events;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanionsTest {

    static EventView with(ActorRef... actors) {
        return new EventView("e", null, io.yeonpyo.extraction.EventType.OTHER, List.of(actors), List.of(), "h", null, null,
                List.of(), List.of(), 1);
    }

    @Test
    void countsSharedEventsMostFirstThenByNameAndLeavesTheActorOut() {
        Companions companions = Companions.of("sam-altman", List.of(
                with(Events.SAM_ALTMAN, Events.OPENAI, Events.MICROSOFT),
                with(Events.SAM_ALTMAN, Events.OPENAI),
                with(Events.SAM_ALTMAN, Events.ELON_MUSK, Events.OPENAI),
                with(Events.OPENAI, Events.SOFTBANK)), 10);   // listed for a company filter, not with Altman: still counted

        assertThat(companions.top()).extracting(c -> c.actor().id() + "=" + c.events())
                .containsExactly("openai=4", "microsoft=1", "softbank=1", "elon-musk=1");
        assertThat(companions.others()).isZero();
    }

    @Test
    void keepsTheTopAndCountsTheRest() {
        Companions companions = Companions.of("sam-altman", List.of(
                with(Events.SAM_ALTMAN, Events.OPENAI, Events.MICROSOFT, Events.ELON_MUSK)), 2);
        assertThat(companions.top()).hasSize(2);
        assertThat(companions.others()).isEqualTo(1);
    }

    @Test
    void anActorNamedTwiceOnOneEventCountsOnce() {
        assertThat(Companions.of("x", List.of(with(Events.OPENAI, Events.OPENAI)), 5).top())
                .singleElement().satisfies(c -> assertThat(c.events()).isEqualTo(1));
    }
}
