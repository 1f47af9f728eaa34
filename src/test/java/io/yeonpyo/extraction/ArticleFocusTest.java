package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article tells some acts with one side only; the other side is the party it names together with that one most
 * often. Only acts that have two sides (lawsuits, investments, deals) take it, only when the act names nobody else,
 * and only when one party clearly stands with it (two sentences at least, no tie); failing that, the party the whole
 * article is about (named in four sentences at least and half as often again as any other).
 */
class ArticleFocusTest {

    private static final PartialDate PUBLISHED = PartialDate.parse("2025-04-11");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            머스크와 오픈AI의 분쟁이 길어진다. 머스크는 오픈AI를 비판해 왔다. 오픈AI는 머스크에 반박했다. 머스크는 지난해 6월 소송을 취하했다.       | FEUD 2024-06 elon-musk openai
            MS와 오픈AI는 협력한다. MS는 오픈AI의 최대 후원자다. 오픈AI도 MS에 기대 왔다. MS는 2023년 1월 100억 달러를 추가로 투자했다.                | INVESTMENT 2023-01 microsoft openai
            앤트로픽과 아마존의 관계가 깊어진다. 아마존은 앤트로픽을 지원한다. 앤트로픽은 아마존 칩을 쓴다. 앤트로픽은 지난달 계약을 연장했다.         | CONTRACT 2025-03 anthropic amazon
            앤트로픽이 새 모델을 냈다. 앤트로픽은 매출이 늘었다. 앤트로픽의 직원이 늘었다. 앤트로픽은 아마존과 손잡았다. 구글도 2023년 10월 20억 달러 투자를 약속했다. | INVESTMENT 2023-10 google anthropic
            xAI가 그록을 공개했다. xAI는 데이터센터를 짓는다. xAI의 기업가치가 뛰었다. xAI는 직원을 늘렸다. 엔비디아는 지난달 20억 달러를 투자했다.     | INVESTMENT 2025-03 nvidia xai
            아마존은 2023년 9월 앤트로픽에 40억 달러를 투자했다. 구글도 같은 해 10월 20억 달러 투자를 약속했다.                                     | INVESTMENT 2023-10 google anthropic
            엔비디아는 지난 1월 xAI에 투자했다. 이어 AMD가 지난달 10억 달러를 넣었다.                                                              | INVESTMENT 2025-03 amd xai
            구글은 2023년 10월 앤트로픽에 20억 달러 투자를 약속한 데 이어 2025년 1월 10억 달러를 추가로 투자했다.                                 | INVESTMENT 2025-01 google anthropic
            앤트로픽이 MS와 엔비디아로부터 최대 150억달러를 투자받는다. 구글은 2022년 말 3억달러를 투자했다.                                     | INVESTMENT 2022 google anthropic
            오픈AI는 지난달 MS와 소프트뱅크로부터 투자받았다.¶▲2023년 1월 MS, 100억달러 투자¶▲2024년 10월 엔비디아, 1억달러 투자              | INVESTMENT 2024-10 nvidia openai
            """)
    void aOneSidedActTakesTheArticlesOtherParty(String text, String expected) {
        EventMention last = last(text);
        assertThat(last.type() + " " + last.date().iso() + " " + String.join(" ", last.actors())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            머스크와 오픈AI의 분쟁이 길어진다. 머스크는 오픈AI를 비판해 왔다. 오픈AI는 머스크에 반박했다. 머스크는 2018년 2월 사임했다.               | elon-musk
            머스크와 오픈AI의 분쟁이 길어진다. 머스크는 오픈AI를 비판해 왔다. 오픈AI는 머스크에 반박했다. 구글은 지난해 6월 소송을 취하했다.       | google
            MS와 오픈AI, 구글이 경쟁한다. MS는 오픈AI와 구글을 견제한다. 오픈AI와 구글은 MS와 다르다. MS는 2023년 1월 100억 달러를 투자했다.       | microsoft
            MS와 오픈AI는 협력한다. MS는 2023년 1월 100억 달러를 투자했다.                                                                        | microsoft
            앤트로픽이 새 모델을 냈다. 앤트로픽은 매출이 늘었다. 오픈AI도 모델을 냈다. 오픈AI는 매출이 늘었다. 앤트로픽은 직원을 늘렸다. 구글은 2023년 10월 20억 달러를 투자했다. | google
            아마존은 2023년 9월 앤트로픽에 투자했다. 앤트로픽은 새 모델을 냈다. 오픈AI도 모델을 냈다. 오픈AI는 직원을 늘렸다. 구글은 지난달 20억 달러를 투자했다. | google
            엔비디아는 지난 18일 인텔에 50억 달러를 투자했다. 앤트로픽은 지난 9월 130억 달러를 조달했다. 아마존은 지난해 11월 40억 달러를 추가로 투자했다. | amazon
            """)
    void noOtherSideWhereTheActHasOneOrNoPartyClearlyStandsWithIt(String text, String actors) {
        assertThat(last(text).actors()).containsExactly(actors.split(" "));
    }

    private static EventMention last(String text) {
        List<EventMention> mentions = SeedLexicon.ANALYZER.analyze(text.replace("¶", "\n"), PUBLISHED).mentions();
        return mentions.get(mentions.size() - 1);
    }
}
