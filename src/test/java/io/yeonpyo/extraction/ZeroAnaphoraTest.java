package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Korean drops the subject and the date that the previous sentence of the paragraph established: such a sentence
 * goes on with them. A new paragraph, a subject of its own or a date of its own stops the carry-over.
 */
class ZeroAnaphoraTest {

    private static final String SETTING = "2024년 초, MS는 오픈AI에 대한 실질적 영향력을 강화하려는 움직임을 보였습니다.";

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ArticleAnalyzer(Lexicon.load(Path.of("data")));
    }

    @Test
    void aSentenceWithoutSubjectAndDateContinuesThePreviousOneOfItsParagraph() {
        EventMention m = board(SETTING + " 이사회 옵저버 역할을 맡을 임원을 지명하며, 샘 올트먼과 오픈AI의 영리 활동에 "
                + "견제구를 던졌다는 해석도 나옵니다.");
        assertThat(m.actors()).containsExactlyInAnyOrder("microsoft", "openai");
        assertThat(m.date()).isNotNull();
        assertThat(m.date().toString()).isEqualTo("2024/EARLY");
        assertThat(m.dateText()).isEqualTo("2024년 초");
    }

    @Test
    void theCarryOverRunsThroughSeveralSentencesThatDropTheirSubject() {
        EventMention m = board(SETTING + " 오픈AI 경영진과 여러 차례 만났습니다. 이사회 옵저버 역할을 맡을 임원을 지명했습니다.");
        assertThat(m.actors()).contains("microsoft");
        assertThat(m.date().toString()).isEqualTo("2024/EARLY");
    }

    @Test
    void aNewParagraphStartsWithoutTheDate() {
        assertThat(mentions(SETTING + "\n이사회 옵저버 역할을 맡을 임원을 지명했습니다."))
                .noneMatch(m -> m.date() != null || m.dateText() != null);
    }

    @Test
    void anExplicitNewSubjectStartsWithoutTheDate() {
        EventMention m = board(SETTING + " 구글은 이사회 옵저버 역할을 맡을 임원을 지명했습니다.");
        assertThat(m.actors()).containsExactly("google");
        assertThat(m.date()).isNull();
    }

    @Test
    void aSubjectThatIsNoNameAlsoStopsTheCarryOver() {
        assertThat(mentions(SETTING + " 직원 다수가 이사회 결정에 반대했습니다.")).noneMatch(m -> m.date() != null);
    }

    @Test
    void aSentenceWithItsOwnDateDoesNotTakeThePreviousOne() {
        assertThat(mentions(SETTING + " 2024년 7월 이사회 옵저버 지위를 포기했습니다."))
                .noneMatch(m -> "2024년 초".equals(m.dateText()));
        EventMention m = board(SETTING + " MS는 2024년 7월 오픈AI 이사회 옵저버 지위를 포기했습니다.");
        assertThat(m.date().toString()).isEqualTo("2024-07");
    }

    @Test
    void aSentenceNamingNoOneWithItsOwnDateIsAboutThePreviousSentencesParties() {
        String previous = "MS는 오픈AI가 독점적 접근을 종료하기 위해 악의적으로 AGI를 선언할 수 있다고 우려합니다.";
        String sentence = "AGI 조항은 이론적인 미래 이정표였지만, 2025년 들어 중요한 계약상의 무기로 변모한 것이죠.";
        assertThat(mentions(previous + " " + sentence)).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EventType.CONTRACT);
            assertThat(m.actors()).containsExactlyInAnyOrder("microsoft", "openai");
            assertThat(m.date().iso()).isEqualTo("2025");
        });
        assertThat(mentions(previous + "\n" + sentence)).isEmpty(); // another paragraph: no one to take
    }

    @Test
    void aDateThatOnlyDatesARelativeClauseIsNotCarriedOver() {
        String previous = "2014년 MS CEO에 오른 나델라는 회사를 클라우드 강자로 바꿨다.";
        String sentence = "이후 오픈AI에 130억 달러를 투자하는 모험을 단행했다.";
        assertThat(mentions(previous + " " + sentence)).filteredOn(m -> m.type() == EventType.INVESTMENT)
                .allSatisfy(m -> assertThat(m.date()).isNull());
    }

    private static List<EventMention> mentions(String text) {
        return analyzer.readSentences(text, PartialDate.parse("2025-07")).mentions();
    }

    private static EventMention board(String text) {
        List<EventMention> mentions = mentions(text).stream().filter(m -> m.type() == EventType.BOARD).toList();
        assertThat(mentions).as("BOARD events of %s", text).hasSize(1);
        return mentions.get(0);
    }
}
