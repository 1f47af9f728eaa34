package io.yeonpyo.actor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import io.yeonpyo.actor.ActorCatalog;
import io.yeonpyo.actor.Actors;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ActorApiController.class)
class ActorApiControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ActorCatalog actors;

    @Test
    void listsActorsAndRelationshipsWithNullsPresentAndDiscoveredOnesMarked() {
        given(actors.all()).willReturn(List.of(Actors.microsoft(), Actors.elonMusk(), Actors.bretTaylor()));
        given(actors.relationships()).willReturn(List.of(Actors.msOpenai()));

        assertThat(mvc.get().uri("/api/actors")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"actors": [
                  {"id": "microsoft", "kind": "COMPANY", "nameKo": "마이크로소프트", "nameEn": "Microsoft",
                   "role": "오픈AI 최대 투자사", "aliases": ["마이크로소프트", "MS", "마소"],
                   "discovered": false, "articles": null, "eventMentions": null},
                  {"id": "elon-musk", "kind": "PERSON", "nameKo": "일론 머스크", "nameEn": "Elon Musk",
                   "role": null, "aliases": ["일론 머스크", "머스크"],
                   "discovered": false, "articles": null, "eventMentions": null},
                  {"id": "beuret-teilleo", "kind": "PERSON", "nameKo": "브렛 테일러", "nameEn": "Beuret Teilleo",
                   "role": "의장", "aliases": ["브렛 테일러", "테일러"],
                   "discovered": true, "articles": 3, "eventMentions": 2}],
                 "relationships": [
                  {"id": "ms-openai", "nameKo": "MS–오픈AI", "nameEn": "Microsoft–OpenAI",
                   "sideA": ["microsoft", "satya-nadella"], "sideB": ["openai", "sam-altman"]}]}""");
    }
}
