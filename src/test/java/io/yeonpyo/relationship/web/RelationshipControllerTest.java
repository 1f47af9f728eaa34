package io.yeonpyo.relationship.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.Actors;
import io.yeonpyo.actor.RelationshipView;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.Events;
import io.yeonpyo.relationship.RelationshipTemperatures;
import io.yeonpyo.relationship.RelationshipTemperatures.RelationshipTemperature;
import io.yeonpyo.relationship.RelationshipWeights;
import io.yeonpyo.relationship.Temperature;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(RelationshipController.class)
class RelationshipControllerTest {

    static final RelationshipWeights WEIGHTS = RelationshipWeights.load(Path.of("data", RelationshipWeights.FILE));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RelationshipTemperatures temperatures;

    @MockitoBean
    ActorCatalog actors;

    @BeforeEach
    void catalogs() {
        given(temperatures.byId("ms-openai")).willReturn(Optional.of(new RelationshipTemperature(Actors.msOpenai(),
                Events.timeline(), Temperature.of(Events.outlines(Events.timeline()), WEIGHTS))));
        given(temperatures.weights()).willReturn(WEIGHTS);
        given(actors.byId("microsoft")).willReturn(Optional.of(Actors.microsoft()));
        given(actors.byId("openai")).willReturn(Optional.of(Actors.openai()));
        given(actors.byId("sam-altman")).willReturn(Optional.of(Actors.samAltman()));
    }

    @Test
    void anyTwoActorsAreARelationshipWithTheirSharedEvents() {
        RelationshipView pair = new RelationshipView(null, "일론 머스크–브렛 테일러", "Elon Musk–Beuret Teilleo",
                List.of("elon-musk"), List.of("beuret-teilleo"));
        List<EventView> shared = List.of(Events.muskOffer());
        given(temperatures.pair("elon-musk", "beuret-teilleo")).willReturn(Optional.of(new RelationshipTemperature(
                pair, shared, Temperature.of(Events.outlines(shared), WEIGHTS))));
        given(actors.byId("elon-musk")).willReturn(Optional.of(Actors.elonMusk()));
        given(actors.byId("beuret-teilleo")).willReturn(Optional.of(Actors.bretTaylor()));

        assertThat(mvc.get().uri("/relationships/pair").param("a", "elon-musk").param("b", "beuret-teilleo"))
                .hasStatusOk().hasViewName(RelationshipController.VIEW).bodyText()
                .contains("일론 머스크–브렛 테일러")
                .contains("href=\"/actors/beuret-teilleo\">브렛 테일러</a>")
                .contains("이 관계의 사건 1건")
                .contains("href=\"/events/2025-02-elon-musk-offers-to-buy-openai\"")
                .doesNotContain("타임라인에서 이 관계만 보기");
    }

    @Test
    void aFollowedPairKeepsItsOwnPage() {
        given(temperatures.followed("openai", "microsoft")).willReturn(Optional.of(Actors.msOpenai()));

        assertThat(mvc.get().uri("/relationships/pair").param("a", "openai").param("b", "microsoft"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/relationships/ms-openai");
    }

    @Test
    void aPairWithAnUnknownActorIsNotFound() {
        assertThat(mvc.get().uri("/relationships/pair").param("a", "elon-musk").param("b", "nobody"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void showsTheNameBothSidesLinkedAndTheRelationshipsEvents() {
        assertThat(mvc.get().uri("/relationships/ms-openai")).hasStatusOk().hasViewName(RelationshipController.VIEW)
                .bodyText()
                .contains("<title>MS–오픈AI · 연표</title>")
                .contains("Microsoft–OpenAI")
                .contains("href=\"/actors/microsoft\">마이크로소프트</a>")
                .contains("href=\"/actors/openai\">오픈AI</a>")
                .contains("href=\"/actors/sam-altman\">샘 알트먼</a>")
                .doesNotContain("satya-nadella")                       // not in this catalog: skipped, not a dead link
                .contains("href=\"/?relationship=ms-openai\"")
                .contains("이 관계의 사건 8건")
                .contains("href=\"/events/2019-microsoft-invests-in-openai\"")
                .contains("id=\"year-undated\"");
    }

    @Test
    void drawsTheLargeTemperatureWithEachHalfYearLinkedToItsEvents() {
        assertThat(mvc.get().uri("/relationships/ms-openai")).bodyText()
                .contains("class=\"temperature-chart temperature-large\"")
                .containsOnlyOnce("<svg class=\"temperature-chart\"")             // the compact one for phones
                .contains("href=\"/?relationship=ms-openai&amp;from=2023-07&amp;to=2023-12\"")
                .contains("aria-label=\"2023년 하반기: 온도 -1, 사건 2건\"")   // fired −2 (rule 해임), joins +1 (rule 합류)
                .contains(">2023년 하반기</a>");                              // and in the table
    }

    @Test
    void explainsTheWeightsInWordsFromTheDataFile() {
        assertThat(mvc.get().uri("/relationships/ms-openai")).bodyText()
                .contains("<li>투자: +3</li>")
                .contains("<li>갈등: -3</li>")
                .containsPattern("<span>계약 가운데 제목에</span>\\s*<q lang=\"ko\">종료, 해지, 파기, 중단, 끝</q>"
                        + "\\s*<span>중 하나가 있으면: -2</span>")
                .contains("data/relationship-weights.yml");
        assertThat(mvc.get().uri("/relationships/ms-openai?lang=en")).bodyText()
                .containsPattern("<span>Contract whose Korean headline holds one of</span>\\s*"
                        + "<q lang=\"ko\">종료, 해지, 파기, 중단, 끝</q>\\s*<span>: -2</span>");
    }

    @Test
    void speaksEnglishToo() {
        assertThat(mvc.get().uri("/relationships/ms-openai").param("lang", "en")).bodyText()
                .contains("<title>Microsoft–OpenAI · ")
                .contains("How the temperature is scored")
                .contains("<li>Investment: +3</li>")
                .contains("aria-label=\"H2 2023: temperature -1, 2 events\"");
    }

    @Test
    void saysSoWhenTheRelationshipHasMoreEventsThanAreListed() {
        given(temperatures.byId("ms-openai")).willReturn(Optional.of(new RelationshipTemperature(Actors.msOpenai(),
                Events.timeline(), Temperature.of(Events.outlines(Events.timeline()), WEIGHTS), 12_000)));
        assertThat(mvc.get().uri("/relationships/ms-openai")).bodyText()
                .contains("이 관계의 사건 12,000건 가운데 앞의 8건만 목록에 보였습니다. 온도는 모든 사건으로 매겼습니다.");
    }

    @Test
    void unknownRelationshipIsA404Page() {
        assertThat(mvc.get().uri("/relationships/nobody")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error")
                .bodyText().contains("&#39;nobody&#39;에 해당하는 관계가 없습니다.");
    }
}
