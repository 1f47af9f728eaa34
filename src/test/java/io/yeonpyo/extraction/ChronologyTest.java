package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Explainers end with a chronology ("◇ 주요 일지") whose lines are written like headlines: a date, the one who acts
 * before a comma, the act as a noun ("▲2019년 7월 MS, 오픈AI에 10억달러 첫 투자"). Each line is a dated act of its
 * own: nobody named in the article's prose carries into it.
 */
class ChronologyTest {

    private static final String PROSE = "사티아 나델라 MS CEO는 이날 X에 소감을 적었다.\\n◇ 주요 일지\\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ▲2019년 7월 MS, 오픈AI에 10억달러 첫 투자          | INVESTMENT 2019-07 microsoft openai | MS, 오픈AI에 10억 달러 투자
            ▲ 2023년 1월 마이크로소프트, 100억달러 추가 투자      | INVESTMENT 2023-01 microsoft        | MS, 100억 달러 투자
            ·2024년 7월 MS, 오픈AI 이사회 옵서버 자리 반납        | BOARD 2024-07 microsoft openai      | MS, 오픈AI 이사회 옵서버 관련 결정
            -2025년 2월 머스크, 오픈AI에 974억달러 인수 제안       | ACQUISITION 2025-02 elon-musk openai | 머스크, 오픈AI에 974억 달러 인수 제안
            ▲3월 19일 = MS, 술레이먼 영입                       | PERSONNEL 2025-03-19 microsoft mustafa-suleyman | MS, 술레이먼 영입
            ◇ 6월 2일: 구글, 앤트로픽에 20억달러 투자             | INVESTMENT 2025-06-02 google anthropic | 구글, 앤트로픽에 20억 달러 투자
            """)
    void eachLineIsADatedActOfItsDoer(String line, String expected, String headline) {
        List<EventMention> mentions = SeedLexicon.ANALYZER.analyze(PROSE.replace("\\n", "\n") + line,
                PartialDate.parse("2025-10-29")).mentions().stream().filter(m -> m.sentence().equals(line.strip()))
                .toList();
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.type() + " " + m.date().iso() + " " + String.join(" ", m.actors())).isEqualTo(expected);
            assertThat(m.headline()).isEqualTo(headline);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ▲3월 19일 = MS, 술레이먼 영입                  | true
            ◇6월 초: CMA, 조사 착수                        | true
            ▲같은 날 = 인플렉션 직원 70명 MS 합류           | true
            - 2024년 2월 MS, 미스트랄에 투자                | true
            ▲2023.11.17 올트먼 해임                         | true
            ▲3일 서울 용산에서 인사하는 올트먼 CEO           | false
            ▲나델라 CEO가 연설하고 있다                      | false
            ■ 관련 기사                                    | false
            3월 19일 MS가 술레이먼을 영입했다                | false
            """)
    void anEntryWithoutAYearNeedsABulletAndASeparator(String line, boolean entry) {
        assertThat(ChronologyLines.isEntry(line.strip())).isEqualTo(entry);
    }

    /** Dated subheadings over paragraphs, the layout of a "연대기" explainer; our own text. */
    private static final String SECTIONS = """
            오픈AI가 올해 맺은 계약을 시간순으로 정리했다.

            ■ 1월 21일 - '스타게이트' 출범
            오픈AI는 소프트뱅크, 오라클과 함께 5000억달러 규모의 '스타게이트' 프로젝트를 발표했다.

            ◆ 3월 10일: 코어위브와 계약
            코어위브는 오픈AI에 119억달러 규모의 컴퓨팅 인프라를 제공하기로 했다. 코어위브는 같은 달 말 나스닥에 상장했다.
            엔비디아는 지난해 10월 오픈AI에 투자했다.

            ■ 관련 일정
            구글은 앤트로픽에 투자했다.
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            프로젝트를 발표했다                    | 2025-01-21
            컴퓨팅 인프라를 제공하기로 했다          | 2025-03-10
            지난해 10월 오픈AI에 투자했다           | 2024-10
            구글은 앤트로픽에 투자했다              | undated
            """)
    void aDatedSubheadingDatesTheUndatedActsOfItsSection(String sentenceEnd, String expected) {
        AnalyzedArticle article = SeedLexicon.ANALYZER.analyze(SECTIONS, PartialDate.parse("2025-10-08"));
        assertThat(article.sentences().stream().filter(s -> s.kind() == SentenceKind.SECTION_HEADING)
                .map(AnalyzedSentence::text)).containsExactly("■ 1월 21일 - '스타게이트' 출범", "◆ 3월 10일: 코어위브와 계약");
        EventMention m = article.mentions().stream().filter(x -> x.sentence().contains(sentenceEnd.strip()))
                .findFirst().orElseThrow();
        assertThat(m.date() == null ? "undated" : m.date().iso()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ■ 1월 21일 - 출범\\n오픈AI는 발표했다.\\n■ 3월 10일 - 계약\\n코어위브는 계약했다.   | 0 2
            ■ 1월 21일 - 출범\\n오픈AI는 발표했다.\\n구글은 투자했다.                         | -
            ▲1월 21일 = 스타게이트 출범\\n▲3월 10일 = 코어위브 계약\\n오픈AI는 발표했다.      | -
            """)
    void onlyARepeatedLayoutOfDatedHeadingsOverProseIsOneOfSections(String text, String expected) {
        Set<Integer> headings = ChronologyLines.sectionHeadings(text.replace("\\n", "\n").split("\n"));
        assertThat(headings.isEmpty() ? "-" : String.join(" ", headings.stream().sorted().map(String::valueOf)
                .toList())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            ▲2024년 2월 29일 = 머스크, 오픈AI에 소송    | ▲같은 해 6월 11일 = 심리 하루 전 소송 자진 취하 | FEUD 2024-06-11 elon-musk
            ▲2024년 2월 29일 = 머스크, 오픈AI에 소송    | ▲8월 5일 = 연방법원에 다시 소송               | FEUD 2024-08-05 elon-musk
            ◇2023년 1월 MS, 오픈AI에 100억달러 투자     | ◇2024년 7월 - 이사회 옵서버 자리 반납           | BOARD 2024-07 microsoft
            """)
    void anEntryThatNamesNoOneGoesOnWithTheEntryBefore(String first, String second, String expected) {
        List<EventMention> mentions = SeedLexicon.ANALYZER.analyze(PROSE.replace("\\n", "\n") + first + "\n" + second,
                PartialDate.parse("2025-03-10")).mentions().stream().filter(m -> m.sentence().equals(second.strip()))
                .toList();
        assertThat(mentions).singleElement().satisfies(m -> assertThat(m.type() + " " + m.date().iso() + " "
                + m.actors().get(0)).isEqualTo(expected));
    }
}
