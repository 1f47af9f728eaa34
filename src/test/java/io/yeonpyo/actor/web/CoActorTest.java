package io.yeonpyo.actor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.event.Events;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoActorTest {

    @Test
    void countsSharedEventsMostFirstWithoutTheActorThemself() {
        List<CoActor> together = CoActor.of("sam-altman",
                List.of(Events.altmanJoinsMicrosoft(), Events.altmanFired(), Events.muskOffer()), 10);

        assertThat(together).extracting(c -> c.actor().id() + "=" + c.events())
                .containsExactly("openai=2", "microsoft=1", "ilya-sutskever=1", "elon-musk=1");
    }

    @Test
    void keepsOnlyTheLimit() {
        assertThat(CoActor.of("microsoft", Events.timeline(), 2)).hasSize(2)
                .first().satisfies(c -> assertThat(c.actor().id()).isEqualTo("openai"));
    }

    @Test
    void noEventsNoCompany() {
        assertThat(CoActor.of("elon-musk", List.of(), 5)).isEmpty();
    }
}
