package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bid that someone turns down is told as the bid noun with a verb of refusal after it, often with words between
 * ("인수 제안을 만장일치로 거부했다", "인수 제의를 단칼에 거절했다"): the act is the refusal, by the one who refuses. The
 * bid's own date, inside a relative clause with its own subject ("머스크가 지난 2월 주도한"), dates the bid, not the
 * refusal, which takes the report day when the sentence gives one; the bid is an event of its own, by the
 * clause's own subject, to the one who refused.
 */
class RejectedProposalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            오픈AI 이사회는 머스크가 지난 2월 주도한 974억달러 규모의 인수 제안을 만장일치로 거부했다고 9일 밝혔다. | 2025-04-10 | 오픈AI, 머스크 인수 제안 거절 2025-04-09; 머스크, 오픈AI에 인수 제안 2025-02
            오픈AI 이사회는 머스크의 974억달러 규모 인수 제안을 만장일치로 거부했다고 9일 밝혔다.               | 2025-04-10 | 오픈AI, 머스크 인수 제안 거절 2025-04-09
            알트먼은 지난 10일 머스크의 인수 제의를 단칼에 거절했다.                                          | 2025-02-14 | 알트먼, 머스크 인수 제안 거절 2025-02-10
            xAI는 메타가 지난달 제시한 인수안을 곧바로 퇴짜 놓았다고 5일 밝혔다.                                 | 2025-06-06 | xAI, 메타 인수 제안 거절 2025-06-05; 메타, xAI에 인수 제안 2025-05
            오픈AI 이사회는 머스크가 지난 10일 주도한 974억달러(약 141조원) 규모의 인수 제안을 거부했다고 14일 밝혔다. | 2025-02-15 | 오픈AI, 머스크 인수 제안 거절 2025-02-14; 머스크, 오픈AI에 인수 제안 2025-02-10
            머스크는 오픈AI에 974억달러 규모의 인수 제안을 했다고 10일 밝혔다.                                   | 2025-02-11 | 머스크, 오픈AI에 974억 달러 인수 제안 2025-02-10
            """)
    void theRefusalIsTheActOfTheOneWhoRefuses(String sentence, String published, String expected) {
        List<String> found = SeedLexicon.ANALYZER.readSentences(sentence, PartialDate.parse(published)).mentions()
                .stream().map(m -> m.headline() + " " + (m.date() == null ? "-" : m.date().iso())).toList();
        assertThat(found).containsExactly(expected.split(";\\s*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            법원은 머스크가 지난해 8월 제기한 소송을 기각했다고 3일 밝혔다.               | 2025-03-04 | 2025-03-03 2024-08
            재판부는 3일 오픈AI 측이 작년 12월 낸 가처분 신청을 기각했다.                | 2025-03-04 | 2025-03-03 2024-12
            오픈AI 측이 지난 1월 낸 가처분 신청은 아직 심리 중이다.                    | 2025-04-04 | 2025-01
            머스크가 지난 10일 주도한 974억달러(약 141조원) 규모의 인수 제안은 비영리 모회사를 겨냥했다. | 2025-02-15 | 2025-02-10
            """)
    void aDateInsideAnotherSubjectsRelativeClauseDatesThatClause(String sentence, String published, String dates) {
        List<EventMention> found = SeedLexicon.ANALYZER.readSentences(sentence, PartialDate.parse(published))
                .mentions();
        assertThat(found).extracting(m -> m.date() == null ? "-" : m.date().iso())
                .containsExactly(dates.split(" "));
    }
}
