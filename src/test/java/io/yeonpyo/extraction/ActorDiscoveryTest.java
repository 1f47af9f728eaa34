package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Once an article shows a word to be an organisation's name (a person's title beside it, a form, a gloss), its other
 * mentions with a case particle in a sentence that tells an event make it a party, though Nori reads the word as a
 * common noun (카카오 = cacao, 네이버).
 */
class ActorDiscoveryTest {

    private static final Lexicon LEXICON = Lexicon.load(Path.of("data"));
    private static final ActorDiscovery DISCOVERY = new ActorDiscovery(LEXICON,
            DiscoveryWords.load(Path.of("data")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            카카오는 오픈AI와 전략적 제휴를 맺었다고 4일 밝혔다. 정신아 카카오 대표는 협력 방안을 논의했다.      | 카카오 true
            오픈AI는 4일 카카오와 제휴를 맺었다. 협약식에는 정신아 카카오 대표가 참석했다.                      | 카카오 true
            정신아 카카오 대표는 이날 행사에 참석했다. 카카오 주가는 올랐다.                                     | 카카오 false
            """)
    void anOrganisationShownOnceIsAPartyWhereverItActs(String text, String expected) {
        AnalyzedArticle article = SeedLexicon.ANALYZER.readSentences(text, PartialDate.parse("2025-02-05"));
        List<ActorCandidate> candidates = DISCOVERY.candidates(article);
        String name = expected.split(" ")[0];
        boolean party = candidates.stream().anyMatch(c -> c.name().equals(name) && c.party());
        assertThat(candidates).extracting(ActorCandidate::name).contains(name);
        assertThat(party).as("%s is a party: %s", name, candidates)
                .isEqualTo(Boolean.parseBoolean(expected.split(" ")[1]));
    }
}
