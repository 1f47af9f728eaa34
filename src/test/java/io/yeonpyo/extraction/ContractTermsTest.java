package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An agreement's term ("…까지 … 계약", "계약이 만료되는 …") dates a CONTRACT event at its end. Sentences written for the test. */
class ContractTermsTest {

    private static final ArticleAnalyzer analyzer = SeedLexicon.ANALYZER;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01 | MS는 2030년까지 오픈AI의 API 독점권을 유지한다고 밝혔다. | 2030 | microsoft openai
            2025-01 | 2030년까지 진행되는 MS와 오픈AI의 계약은 그대로다. | 2030 | microsoft openai
            2024-06 | 오라클과 오픈AI의 클라우드 계약이 만료되는 2028년 이후가 관심이다. | 2028 | oracle openai
            2025-03 | 구글은 앤트로픽과 2027년 말까지로 예정된 파트너십을 연장하지 않았다. | 2027/LATE | google anthropic
            2025-05 | 소프트뱅크와 오픈AI는 오는 2029년 6월까지 협약을 지속하기로 했다. | 2029-06 | softbank openai
            2025-01 | MS는 오픈AI 지식재산권과 매출 공유 구조를 2030년까지 유지한다. | 2030 | microsoft openai
            2025-10 | 구글의 모델 접근권은 앤트로픽과의 합의에 따라 2031년까지 보장된다. | 2031 | google anthropic
            2025-02 | 아마존은 앤트로픽에 대한 클라우드 독점 공급을 2028년 말까지 연장했다. | 2028/LATE | amazon anthropic
            """)
    void theTermIsAContractAtItsEnd(String published, String sentence, String date, String actors) {
        List<EventMention> terms = analyzer.readSentences(sentence, PartialDate.parse(published)).mentions().stream()
                .filter(m -> m.derivation() != null && m.derivation().rule().equals("contract.term")).toList();
        assertThat(terms).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EventType.CONTRACT);
            assertThat(m.date().toString()).isEqualTo(date);
            assertThat(m.actors()).containsExactlyInAnyOrder(actors.split(" "));
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01 | MS는 2030년까지 데이터센터에 800억 달러를 쓸 계획이다.
            2025-01 | 만약 2030년까지 계약이 유지된다면 MS와 오픈AI 모두 이득이다.
            2025-01 | 오픈AI는 2030년까지 매출 1000억 달러를 목표로 한다.
            2025-01 | 2030년까지 MS와 오픈AI의 계약이 유지될까?
            2025-01 | MS와 오픈AI는 2024년까지 매출 성장세를 유지했다.
            """)
    void noTermWithoutAnAgreement(String published, String sentence) {
        assertThat(analyzer.readSentences(sentence, PartialDate.parse(published)).mentions())
                .noneMatch(m -> m.derivation() != null && m.derivation().rule().equals("contract.term"));
    }
}
