package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A court, a judge, a jury or a regulator acts in Korean news as a common noun in the subject's place ("법원은 …을
 * 기각했다"). Nobody listed does that act: the listed names are the parties it is about, the one whose claim or deal
 * it is comes first, and the headline names the doer by the noun {@code unlisted_doers} gives.
 */
class UnlistedDoerTest {

    private static final PartialDate PUBLISHED = PartialDate.parse("2025-03-15");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            미국 법원은 지난 4일 머스크의 가처분 신청을 기각했다.                  | elon-musk        | 법원, 머스크 청구 기각     | Court dismisses Elon Musk's claims
            지난 4일 법원은 머스크의 가처분 신청을 기각했다.                       | elon-musk        | 법원, 머스크 청구 기각     | Court dismisses Elon Musk's claims
            연방법원이 12일 알트먼의 청구를 각하했다.                             | sam-altman       | 법원, 알트먼 청구 각하     | Court throws out Sam Altman's claims
            이본 곤잘레스 로저스 판사는 지난달 xAI의 소송을 기각했다.              | xai              | 판사, xAI 청구 기각        | Judge dismisses xAI's claims
            델라웨어주 법원 재판부는 지난 2일 구글의 손해배상 청구를 기각했다.      | google           | 재판부, 구글 청구 기각     | Court dismisses Google's claims
            재판부는 오픈AI가 MS를 상대로 제기한 소송을 지난 3일 기각했다.          | openai microsoft | 재판부, 오픈AI 청구 기각   | Court dismisses OpenAI's claims
            법원은 머스크가 오픈AI를 상대로 낸 소송을 지난 4일 기각했다.            | elon-musk openai | 법원, 머스크 청구 기각     | Court dismisses Elon Musk's claims
            """)
    void theDoerIsTheNounAndTheListedNamesAreWhatItActsOn(String sentence, String parties, String headline,
                                                          String headlineEn) {
        EventMention m = only(sentence);
        assertThat(m.type()).isEqualTo(EventType.FEUD);
        assertThat(m.actors()).containsExactlyInAnyOrder(parties.split(" "));
        assertThat(m.headline()).isEqualTo(headline);
        assertThat(m.headlineEn()).isEqualTo(headlineEn);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            영국 경쟁당국은 지난 5일 MS와 오픈AI의 관계에 대한 조사에 착수했다. | 경쟁당국, MS 조사 착수
            규제당국이 지난달 MS와 오픈AI의 제휴에 대해 조사에 나섰다.          | 규제당국, MS 조사 착수
            경쟁당국이 지난달 MS의 오픈AI 투자를 승인했다.                      | 경쟁당국, 오픈AI 관련 거래 승인
            """)
    void aRegulatorActsOnTheDealAndTheDealsPartiesAreNamed(String sentence, String headline) {
        EventMention m = only(sentence);
        assertThat(m.actors()).containsExactlyInAnyOrder("microsoft", "openai");
        assertThat(m.headline()).isEqualTo(headline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            머스크는 지난해 8월 법원에 오픈AI를 상대로 소송을 냈다.           | 머스크, 오픈AI에 소송 제기
            재판부는 13일 머스크가 오픈AI를 상대로 낸 소송을 배심원 재판에 넘기기로 했다. | 머스크, 오픈AI에 소송 제기
            """)
    void aListedNameStillActsWhereTheNounIsNoSubjectOrTheActIsTheirs(String sentence, String headline) {
        assertThat(only(sentence).headline()).isEqualTo(headline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            법원은 머스크의 손을 들어주지 않았다. 로저스 판사는 지난달 4일 가처분 신청을 기각했다.      | elon-musk | 판사, 머스크 청구 기각
            재판부는 오픈AI의 주장을 받아들이지 않았다. 재판부는 12일 반소를 각하했다.                | openai    | 재판부, 오픈AI 청구 각하
            알트먼은 MS를 상대로 소송을 냈다. 법원은 지난달 이를 기각했다.                          | sam-altman microsoft | 법원, 알트먼·MS 청구 기각
            """)
    void aCourtActsOnTheDisputeTheSentenceBeforeNamed(String text, String parties, String headline) {
        List<EventMention> second = SeedLexicon.ANALYZER.readSentences(text, PUBLISHED).mentions().stream()
                .filter(m -> m.sentenceIndex() == 1).toList();
        assertThat(second).singleElement().satisfies(m -> {
            assertThat(m.actors()).containsExactlyInAnyOrder(parties.split(" "));
            assertThat(m.headline()).isEqualTo(headline);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '머스크는 오픈AI를 상대로 소송을 냈다.\n법원은 지난달 가처분 신청을 기각했다.'
            머스크는 오픈AI를 상대로 소송을 냈다. 법원은 지난달 이들을 기각했다.
            """)
    void notAcrossParagraphsNorPastAPronounItCannotResolve(String text) {
        assertThat(SeedLexicon.ANALYZER.readSentences(text.replace("\\n", "\n"), PUBLISHED).mentions())
                .noneMatch(m -> m.sentenceIndex() == 1 && !m.actors().isEmpty());
    }

    private static EventMention only(String sentence) {
        List<EventMention> mentions = SeedLexicon.ANALYZER.readSentences(sentence, PUBLISHED).mentions();
        assertThat(mentions).hasSize(1);
        return mentions.get(0);
    }
}
