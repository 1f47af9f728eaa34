package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who does what in sentences without a date, where a wrong reading cannot be caught by the date: relative clauses,
 * background events, purpose phrases, copulas, the writer's own story, people counted but not named. Real sentences
 * from the seed articles (and a contrast for each rule); every expectation is written by hand.
 */
class UndatedPrecisionTest {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer(Lexicon.load(Path.of("data")));
    }

    @Test
    void theInvestorOfARelativeClauseIsNamedOutsideIt() {
        assertThat(only("오픈AI에 투자한 200억 달러는 MS에게 돈도 아닙니다.")).satisfies(m -> {
            assertThat(m.type()).isEqualTo(EventType.INVESTMENT);
            assertThat(m.headline()).isEqualTo("MS, 오픈AI에 200억 달러 투자");
        });
        // with a subject inside the relative clause, that subject invests
        assertThat(only("MS가 오픈AI에 투자한 130억 달러는 막대한 규모다.").headline())
                .isEqualTo("MS, 오픈AI에 130억 달러 투자");
    }

    @Test
    void aPairPronounMeansTheTwoCompaniesCoordinatedInThePreviousSentence() {
        List<EventMention> mentions = mentions("저는 쳇 GPT 진영의 분열로 구글과 아마존처럼 MS를 따라잡는 회사에게는 기회가 올 수 있다고 "
                + "생각합니다. 이미 두 회사는 앤트로픽에 공동 투지하며 MS를 견제하는 데 힘을 합치기로 했죠.");
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EventType.PARTNERSHIP);
            assertThat(m.actors()).containsExactlyInAnyOrder("google", "amazon");
        });
    }

    @Test
    void aNameFollowedByACopulaIsNoParticipant() {
        // the board named alone is the board of the company the text is about (here no other is named before)
        assertThat(only("그렇다면 구글이죠, 그런데 슈츠케버의 항복선언은 그런 뒷배가 없이 슈츠케바가 이사회에 단독 상정해 "
                + "밀어붙인 결과라는 게 드러난 거죠.").actors()).contains("ilya-sutskever").doesNotContain("google");
    }

    @Test
    void theSubjectInsideReportedContentIsNotTheOneWhoReacts() {
        EventMention m = only("술레이먼 CEO는 자체 모델 개발에 어려움을 겪는 가운데, 오픈AI가 추론 모델 'o1'을 출시하며 핵심 "
                + "기술을 파트너인 MS에 공유하지 않았다는 것에 격분해 당시 CTO였던 미라 무라티에게 전화를 걸어 소리를 지른 것으로 "
                + "알려져 있다.");
        assertThat(m.type()).isEqualTo(EventType.FEUD);
        assertThat(m.headline()).startsWith("술레이먼, ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            이 때문에 머스크의 소송 당시 제임스 권 오픈AI CSO는 내부 이메일을 보냈다.     | -
            머스크는 오픈AI가 설립 당시의 약속을 저버렸다며 소송을 냈다.               | FEUD
            구글은 인수 당시 딥마인드에 독립성을 약속했다.                             | -
            MS는 2019년 투자 당시 오픈AI의 독점 클라우드 공급자가 됐다.               | INVESTMENT 2019
            나델라 CEO는 2023년 11월 알트먼 축출 당시 그를 영입하겠다고 밝혔다.          | BOARD 2023-11
            """)
    void anActNamedOnlyAsTheTimeOfAnotherIsAnEventOnlyWithItsOwnDate(String sentence, String expected) {
        List<String> found = SeedLexicon.ANALYZER.readSentences(sentence, PartialDate.parse("2025-03-05")).mentions()
                .stream().filter(m -> m.type() != EventType.PERSONNEL)
                .map(m -> m.type() + (m.date() == null ? "" : " " + m.date().iso())).toList();
        assertThat(found.isEmpty() ? "-" : String.join("; ", found)).isEqualTo(expected);
    }

    @Test
    void whatOnlySeemsSoIsNoEvent() {
        assertThat(mentions("그동안 수익성과 공익성 사이에서 갈등했던 오픈AI는 슈츠케버의 쿠데타와 함께 공익성을 중시하는 예전으로 "
                + "돌아가는 것처럼 보이지만 실상은 그렇지 않습니다.")).isEmpty();
    }

    @Test
    void theWritersOwnStoryIsNoEvent() {
        assertThat(mentions("제가 챗 GPT에게 너의 아버지가 너의 회사를 떠난다며라고 했을 때 GPT가 했던 말이 생각납니다."))
                .isEmpty();
        // a named person leaving is an event
        assertThat(only("미라 무라티 오픈AI CTO는 지난해 9월 회사를 떠났다.").type()).isEqualTo(EventType.PERSONNEL);
    }

    @Test
    void peopleCountedButNotNamedAreNoActorOfOurs() {
        assertThat(mentions("놀라운 사실은 이사회 결정에 분노한 오픈 AI 엔지니어 중 700명이 회사를 그만두고 MS로 들어간다고 "
                + "선언한 사실입니다.")).isEmpty();
        // a noun subject that is no group of people ("관계가") does not stop the event
        assertThat(only("오픈AI와 MS의 관계 역시 2023년 말 정점의 시기를 지나, 관계가 빠르게 식기 시작했습니다.").type())
                .isEqualTo(EventType.FEUD);
    }

    @Test
    void whoseMatterTheQuarrelIsAboutIsNoParty() {
        EventMention m = only("익히 알려진 바와 같이 일론 머스크와 샘 알트먼, 두 사람은 2015년 오픈AI 창업 때부터 함께했습니다. "
                + "하지만 두 사람은 곧 오픈AI의 방향을 두고 이견을 보였습니다.", EventType.FEUD);
        assertThat(m.actors()).containsExactlyInAnyOrder("elon-musk", "sam-altman");
        // a name with 의 that owns the act itself stays a party
        assertThat(only("머스크는 오픈AI의 영리화에 반대했다.").actors()).contains("elon-musk", "openai");
    }

    @Test
    void whatAnActIsBuiltOnIsBackground() {
        assertThat(mentions("실제로 MS의 후원을 바탕으로 챗GPT 등의 개발도 계속되고 있죠.")).isEmpty();
    }

    private static EventMention only(String text, EventType type) {
        List<EventMention> mentions = mentions(text).stream().filter(m -> m.type() == type).toList();
        assertThat(mentions).as("%s events of %s", type, text).hasSize(1);
        return mentions.get(0);
    }

    private static List<EventMention> mentions(String text) {
        return analyzer.readSentences(text, PartialDate.parse("2025-06")).mentions();
    }

    private static EventMention only(String text) {
        List<EventMention> mentions = mentions(text);
        assertThat(mentions).as("events of %s", text).hasSize(1);
        return mentions.get(0);
    }
}
