package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sequential -아/-어: two acts of different kinds are two events; one move, or a postposition, stays one. */
class SequentialClausesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            수츠케버는 2024년 6월 오픈AI를 떠나 SSI를 창업했다.                 | PERSONNEL FOUNDING
            수츠케버는 지난해 3월 구글에 합류해 새 연구소를 세웠다.               | PERSONNEL FOUNDING
            구글이 앤트로픽에 20억 달러를 투자해서 클라우드 계약을 맺었다.          | INVESTMENT PARTNERSHIP
            알트먼은 지난달 오픈AI를 떠나 MS에 합류했다.                         | PERSONNEL
            규제당국이 지난달 MS와 오픈AI의 제휴에 대해 조사에 나섰다.            | OTHER
            판사는 구글이 검색 시장에서 독점을 유지해 왔다고 판결했다.             | FEUD
            MS는 오픈AI와의 계약을 통해 독점권을 확보했다.                        | CONTRACT
            """)
    void splitsOnlyWhereTwoKindsOfActsFollowEachOther(String sentence, String expected) {
        String types = SeedLexicon.ANALYZER.readSentences(sentence, PartialDate.parse("2025-03-05")).mentions().stream()
                .map(m -> m.type().name()).collect(Collectors.joining(" "));
        assertThat(types).isEqualTo(expected);
    }
}
