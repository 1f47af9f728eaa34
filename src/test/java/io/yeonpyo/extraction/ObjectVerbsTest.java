package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 세우다, 만들다 and 차리다 found something only when what they act on is an organisation: a listed company or a
 * noun such as 회사, 법인, 연구소, 스타트업 ({@code object_verbs} in event-types.yml), before the verb with 을/를 or
 * after it as the noun a relative clause describes. A plan, a record or a product is founded by no one.
 */
class ObjectVerbsTest {

    private static final PartialDate PUBLISHED = PartialDate.parse("2025-04-11");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            머스크와 샘 올트먼은 2015년 오픈AI를 함께 세웠다.                     | 2015    | elon-musk sam-altman openai | 머스크·알트먼, 오픈AI 설립
            두 사람은 2015년 오픈AI를 공동으로 세웠지만 곧 갈라섰다.              | 2015    | openai                      | 오픈AI 설립
            일론 머스크는 2023년 7월 xAI를 세웠다.                               | 2023-07 | elon-musk xai               | 머스크, xAI 설립
            구글 출신 연구자들이 지난해 3월 새 스타트업을 차렸다.                 | -       | -                           | -
            오픈AI는 2019년 3월 영리 자회사를 따로 만들었다.                      | 2019-03 | openai                      | 오픈AI, 설립
            오픈AI는 2015년 12월 머스크와 올트먼 등이 세운 비영리 연구소로 출발했다. | 2015-12 | openai elon-musk sam-altman | 머스크·알트먼, 오픈AI 설립
            앤트로픽은 2021년 다리오 아모데이 등 오픈AI 출신이 만든 AI 기업이다.   | 2021    | anthropic                   | 앤트로픽 설립
            오픈 AI는 일론 머스크, 샘 알트먼 등이 3년 전 설립한 비영리 AI 연구 기업이다. | 2022 | openai elon-musk sam-altman | 머스크·알트먼, 오픈AI 설립
            """)
    void anOrganisationMadeIsAFounding(String sentence, String date, String actors, String headline) {
        List<EventMention> found = SeedLexicon.ANALYZER.readSentences(sentence, PUBLISHED).mentions().stream()
                .filter(m -> m.type() == EventType.FOUNDING).toList();
        if (actors.equals("-")) {
            // people from a company found something unnamed: the company founded nothing
            assertThat(found).allSatisfy(m -> assertThat(m.actors()).isEmpty());
            return;
        }
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.date() == null ? "-" : m.date().iso()).isEqualTo(date);
            assertThat(m.actors()).containsExactlyInAnyOrder(actors.split(" "));
            assertThat(m.headline()).isEqualTo(headline);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MS는 2019년 새 전략을 세웠다.
            오픈AI는 지난해 매출 기록을 세웠다.
            챗GPT를 만든 오픈AI가 지난 5일 이메일을 공개했다.
            구글은 2023년 새 검색 엔진을 만들었다.
            머스크는 2018년 "오픈AI를 다시 세우겠다"고 썼다.
            머스크가 내세운 설립 합의는 서면으로 존재하지 않는다.
            """)
    void aPlanARecordOrAProductIsNoFounding(String sentence) {
        assertThat(SeedLexicon.ANALYZER.readSentences(sentence, PUBLISHED).mentions())
                .noneMatch(m -> m.type() == EventType.FOUNDING);
    }
}
