package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lead act of an article, with no date of its own, is dated by the same act told with its date in the next
 * sentences, else by the report day, else by the publication date; nothing else is. Articles written for the test,
 * with other names, particles, word orders and report phrasings.
 */
class LeadDatingTest {

    private static final ArticleAnalyzer analyzer = SeedLexicon.ANALYZER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            report day in the next sentence          | 2024-03-07 | 머스크가 오픈AI를 상대로 소송을 제기했다.\\n6일(현지시간) 로이터통신에 따르면 소장은 샌프란시스코 법원에 접수됐다. | FEUD | 2024-03-06
            report day after 밝혔다, spaced          | 2023-12-09 | 마이크로소프트(MS)가 인플렉션 직원들을 영입했다.\\nMS는 이 같은 사실을 8 일 성명을 통해 밝혔다. | PERSONNEL | 2023-12-08
            no report day: publication day           | 2020-09-27 | 일론 머스크가 최근 트위터에서 마이크로소프트를 비판했다. | FEUD | 2020-09-27
            no report day: publication month         | 2025-04 | 소프트뱅크는 오픈AI에 400억 달러를 투자했다. | INVESTMENT | 2025-04
            the next sentence dates the same act     | 2024-12-02 | 머스크가 오픈AI의 영리 전환을 막아 달라며 법원에 소송을 냈다.\\n머스크는 지난달 29일 오픈AI와 알트먼을 상대로 소송을 제기했다. | FEUD | 2024-11-29
            a figure of speech before the act        | 2025-09-12 | 오픈AI와 MS가 영리 전환의 걸림돌을 치웠다.\\n양사는 파트너십의 다음 단계에 관한 양해각서(MOU)에 서명했다.\\n두 회사는 11일(현지시간) 공동 성명을 냈다. | CONTRACT | 2025-09-11
            a figure of speech, publication day      | 2024-11-23 | 아마존이 AI 경쟁의 판을 흔들었다.\\n아마존은 앤트로픽에 40억 달러를 추가로 투자했다. | INVESTMENT | 2024-11-23
            report day after two glosses             | 2025-11-19 | MS와 엔비디아가 앤트로픽에 최대 150억 달러를 투자한다.\\n앤트로픽은 그 대가로 애저를 쓰기로 했다.\\n업계 판도가 바뀐다는 평가가 나온다.\\n세 회사는 18일(현지시간) 파트너십을 공동 발표했다. | INVESTMENT | 2025-11-18
            another sum later is another act         | 2025-01-23 | 구글이 앤트로픽에 10억 달러를 추가로 투자한다.\\nFT는 22일(현지시간) 이같이 전했다.\\n구글은 2023년 10월 앤트로픽에 20억 달러를 투자하기로 했다. | INVESTMENT | 2025-01-22
            subtitle before the lead is skipped      | 2023-01-24 | MS, 오픈AI에 추가 투자…세 번째\\nMS가 오픈AI에 대규모 투자를 단행했다.\\n23일(현지시간) CNBC 보도에 따르면 투자 규모는 100억 달러다. | INVESTMENT | 2023-01-23
            """)
    void theLeadActIsDated(String name, String published, String body, String type, String expected) {
        List<EventMention> mentions = analyzer.analyze(body.replace("\\n", "\n"), PartialDate.parse(published))
                .mentions();
        EventMention lead = mentions.stream().filter(m -> m.type() == EventType.valueOf(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + mentions));
        assertThat(lead.date()).as("%s", lead.derivation()).hasToString(PartialDate.parse(expected).toString());
        assertThat(lead.derivation().rule()).startsWith("lead.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a hire told in the present            | 2025-06-13 | 메타가 스케일AI에 143억 달러를 투자했다.\\n스케일AI는 12일 이를 발표했다.\\n알렉산더 왕 CEO는 회사를 떠나 메타에 합류한다. | PERSONNEL | 2025-06-12
            a decision right after the lead       | 2023-11-18 | 오픈AI 이사회가 올트먼 CEO를 해임했다.\\n이사회는 17일(현지시간) 성명을 냈다.\\n이사회는 무라티 CTO를 임시 CEO로 선임하기로 했다. | PERSONNEL | 2023-11-17
            an outcome right after the lead        | 2025-09-12 | 엔비디아가 인텔 지분을 사들인다.\\n엔비디아는 11일 이를 발표했다.\\n엔비디아는 인텔 지분 4%를 보유하게 됐다. | INVESTMENT | 2025-09-11
            a stake told in the present, spaced   | 2024-11-23 | 아마존이 앤트로픽에 40억 달러를 더 투자했다.\\n앤트로픽은 22일 성명을 냈다.\\n구글도 앤트로픽 지분을 추가로 확보한다. | INVESTMENT | 2024-11-22
            """)
    void anActToldInThePresentRightAfterTheLeadIsTheSameNews(String name, String published, String body,
                                                             String type, String expected) {
        List<EventMention> mentions = analyzer.analyze(body.replace("\\n", "\n"), PartialDate.parse(published))
                .mentions();
        EventMention news = mentions.stream().filter(m -> m.sentenceIndex() == 2 && m.type() == EventType.valueOf(type))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " in " + mentions));
        assertThat(news.date()).as("%s", news.derivation()).hasToString(PartialDate.parse(expected).toString());
        assertThat(news.derivation().rule()).isEqualTo("lead.sameNews");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a past act after the lead stays background | 2025-06-13 | 메타가 스케일AI에 143억 달러를 투자했다.\\n스케일AI는 12일 이를 발표했다.\\n왕 CEO는 과거 오픈AI와 협력했다.
            a definition in the present is no act      | 2025-01-23 | 오픈AI가 스타게이트를 발표했다.\\n오픈AI는 21일 이를 밝혔다.\\n스타게이트는 오픈AI와 오라클이 합작하는 계획을 뜻한다.
            background after the lead stays undated  | 2024-03-06 | 오픈AI가 머스크의 과거 이메일을 공개했다.\\n테슬라와의 합병 제안도 담겼다.\\n최근 머스크는 오픈AI를 상대로 소송을 제기했다.
            unknown publication date                 | unknown    | 머스크가 오픈AI를 상대로 소송을 제기했다.
            a later sentence is no lead              | 2024-03-07 | 오픈AI가 새 모델을 내놨다.\\n업계는 주목했다.\\n앞서 머스크는 오픈AI를 고소했다.
            """)
    void otherUndatedActsStayUndated(String name, String published, String body) {
        PartialDate publishedOn = published.equals("unknown") ? null : PartialDate.parse(published);
        List<EventMention> mentions = analyzer.analyze(body.replace("\\n", "\n"), publishedOn).mentions();
        // the lead of an article with a known publication date is dated by it; the others stay undated
        assertThat(mentions).isNotEmpty().filteredOn(m -> m.derivation() == null
                || !m.derivation().rule().startsWith("lead.")).allSatisfy(m -> assertThat(m.date()).as(m.toString()).isNull());
    }
}
