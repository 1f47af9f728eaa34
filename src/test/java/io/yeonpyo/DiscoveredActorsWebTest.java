package io.yeonpyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A discovered actor through every door a listed one has: the actors API, the event filters and exports, the
 * timeline's filter form, the actor page. Articles written for the test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DiscoveredActorsWebTest {

    private static final String JUDGE = DiscoveredActorsEndToEndTest.JUDGE;

    @Autowired
    MockMvcTester mvc;

    @DynamicPropertySource
    static void articles(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("discovered-actors");
            Files.writeString(dir.resolve("a-ruling.txt"), DiscoveredActorsEndToEndTest.RULING);
            Files.writeString(dir.resolve("b-trial.txt"), DiscoveredActorsEndToEndTest.TRIAL);
            registry.add("timeline.articles-dir", dir::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theApiMarksThemDiscoveredWithTheirCounts() {
        assertThat(mvc.get().uri("/api/actors")).hasStatusOk().bodyJson()
                .extractingPath("$.actors[?(@.id == '" + JUDGE + "')]").asArray().singleElement()
                .asString().contains("discovered=true").contains("articles=2").contains("nameKo=이본 곤잘레스 로저스")
                .contains("곤잘레스 로저스");
    }

    @Test
    void filtersAndExportsTakeThem() {
        assertThat(mvc.get().uri("/api/events").param("person", JUDGE)).hasStatusOk().bodyJson()
                .extractingPath("$.events[*].actors[*]").asArray().contains(JUDGE);
        assertThat(mvc.get().uri("/api/events.csv").param("person", JUDGE)).hasStatusOk().bodyText()
                .contains("elon-musk;openai;" + JUDGE);
        assertThat(mvc.get().uri("/api/timelinejs.json").param("person", JUDGE)).hasStatusOk().bodyText()
                .contains("곤잘레스 로저스 판사는").doesNotContain("조사 착수");
        assertThat(mvc.get().uri("/").param("person", JUDGE)).hasStatusOk().bodyText()
                .contains("value=\"" + JUDGE + "\"");
    }

    @Test
    void theirPageSaysTheyWereDiscoveredAndHowToListThem() {
        assertThat(mvc.get().uri("/actors/" + JUDGE)).hasStatusOk().bodyText()
                .contains("기사에서 발견").contains("이 이름을 소개한 문장").contains("href=\"/articles/a-ruling\"")
                .contains("  - id: " + JUDGE).contains("관련 사건");
    }
}
