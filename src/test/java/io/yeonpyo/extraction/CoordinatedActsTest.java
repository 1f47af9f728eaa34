package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One sentence often tells a chain of acts by one subject: "…소송을 냈다가 넉 달 뒤 취하했고, 지난해 7월 다시 소송을
 * 제기했다". Each act is its own event: the clauses are cut at 고/며/다가, a trigger noun that is the object of a
 * clause's last verb makes that clause an act, a count ("넉 달 뒤") counts from the date before it in the sentence,
 * and a clause that names nobody but the shared subject keeps the other parties of the act before it, when the acts
 * are of one kind.
 */
class CoordinatedActsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            머스크는 지난해 2월 오픈AI가 취지를 저버렸다며 소송을 냈다가 넉 달 뒤 취하했고, 지난해 7월 연방법원에 다시 소송을 제기했다. | 2025-04-11 | FEUD 2024-02 elon-musk openai; FEUD 2024-06 elon-musk openai; FEUD 2024-07 elon-musk openai
            알트먼은 2023년 3월 MS를 고소했다가 석 달 뒤 소송을 취하했다.                                      | 2025-04-11 | FEUD 2023-03 sam-altman microsoft; FEUD 2023-06 sam-altman microsoft
            xAI는 지난해 5월 구글과 손잡았다가 두 달 만에 결별했고, 올해 1월 다시 협력을 선언했다.           | 2025-04-11 | PARTNERSHIP 2024-05 xai google; FEUD 2024-07 xai google; PARTNERSHIP 2025-01 xai google
            구글은 2023년 2월 앤트로픽에 투자했다가 8개월 뒤 다시 20억달러를 투자했다.                          | 2025-04-11 | INVESTMENT 2023-02 google anthropic; INVESTMENT 2023-10 google anthropic
            같은 달 17일 올트먼이 이사회에 의해 해임되자, 나델라 MS CEO는 사흘 뒤 올트먼을 영입하겠다고 발표했다.      | 2023-11-24 | BOARD 2023-11-17 sam-altman; PERSONNEL 2023-11-20 satya-nadella sam-altman microsoft
            머스크가 2018년 2월 이사회에서 물러나자 알트먼은 이듬해 3월 CEO에 취임했다.                        | 2023-11-24 | PERSONNEL 2018-02 elon-musk; PERSONNEL 2019-03 sam-altman
            """)
    void eachActOfTheChainIsAnEventWithItsOwnDateAndTheSharedParties(String sentence, String published,
                                                                      String expected) {
        List<String> found = SeedLexicon.ANALYZER.readSentences(sentence, PartialDate.parse(published)).mentions()
                .stream().map(m -> m.type() + " " + (m.date() == null ? "-" : m.date().iso()) + " "
                        + String.join(" ", m.actors())).toList();
        assertThat(found).containsExactly(expected.split(";\\s*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            양사의 인연은 2019년 MS의 10억달러 투자에서 시작됐다. 2023년 1월에는 100억달러 규모의 추가 투자가 이어졌다. | INVESTMENT 2023-01 microsoft
            구글은 2023년 2월 앤트로픽에 투자했다. 같은 해 10월에는 추가 투자가 있었다.                                  | INVESTMENT 2023-10 google anthropic
            법원은 머스크의 손을 들어주지 않았다. 판사는 지난달 가처분 신청을 기각했다. 재판은 내년 3월 시작될 예정이다.     | FEUD 2026-03 elon-musk
            """)
    void aDatedSentenceThatNamesNoOneGoesOnWithTheActBefore(String text, String expected) {
        List<EventMention> mentions = SeedLexicon.ANALYZER.readSentences(text, PartialDate.parse("2025-10-30"))
                .mentions();
        EventMention last = mentions.get(mentions.size() - 1);
        assertThat(last.type() + " " + last.date().iso() + " " + String.join(" ", last.actors())).isEqualTo(expected);
    }

    /**
     * "…에 투자한 데 이어 …": 데 is a dependent noun that closes the act told before the next one, like 뒤; the verb
     * before it describes no noun, so the topic stays the one who acts.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MS는 2019년 오픈AI에 10억달러를 투자한 데 이어 2023년 100억달러를 추가로 투자했다.                     | MS, 오픈AI에 10억 달러 투자 2019; MS, 100억 달러 투자 2023
            아마존은 지난해 9월 앤스로픽에 12억5000만달러를 투자한 데 이어 올해 3월 27억5000만달러를 추가로 투입했다. | 아마존, 앤트로픽에 12억5000만 달러 투자 2024-09; 아마존, 27억5000만 달러 투자 2025-03
            MS는 2019년 오픈AI에 10억달러를 투자한 데 이어서 구글도 2023년 앤스로픽에 20억달러를 투자했다.        | MS, 오픈AI에 10억 달러 투자 2019; 구글, 앤트로픽에 20억 달러 투자 2023
            구글이 2023년 앤스로픽에 20억달러를 투자한데 이어 아마존이 2024년 앤스로픽에 40억달러를 투자했다.       | 구글, 앤트로픽에 20억 달러 투자 2023; 아마존, 앤트로픽에 40억 달러 투자 2024
            """)
    void anActFollowedByDeIeoIsItsOwnEventWithItsOwnDoer(String sentence, String expected) {
        List<String> found = SeedLexicon.ANALYZER.readSentences(sentence, PartialDate.parse("2025-04-11")).mentions()
                .stream().map(m -> m.headline() + " " + (m.date() == null ? "-" : m.date().iso())).toList();
        assertThat(found).containsExactly(expected.split(";\\s*"));
    }

    /**
     * "2023년 11월 알트먼 해임 이후 MS는 …": an act told as a noun with its own date, before 이후/뒤 and a clause with a
     * subject of its own, is an event that happened before the next one, which takes no date from it; its owner (의)
     * is its doer. Inside one subject's clause ("MS는 2019년 첫 투자 이후 …") it stays that subject's one act.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023년 11월 알트먼 해임 이후 MS는 오픈AI 이사회에 참관인 자격으로 합류했다. | 알트먼 해임 2023-11; MS, 오픈AI 이사회 옵서버 관련 결정 -
            2019년 MS의 10억달러 투자 이후 오픈AI는 구글과 손잡았다.                 | MS, 10억 달러 투자 2019; 오픈AI, 구글과 손잡아 -
            2019년 MS의 투자 뒤 오픈AI는 구글과 손잡았다.                           | MS, 투자 2019; 오픈AI, 구글과 손잡아 -
            MS는 2019년 첫 투자 이후 오픈AI에 모두 130억달러를 쏟아부었다.            | MS, 오픈AI에 투자 2019
            """)
    void aDatedActToldAsANounBeforeIhuIsItsOwnEarlierEvent(String sentence, String expected) {
        List<String> found = SeedLexicon.ANALYZER.readSentences("관련 소식이다. " + sentence,
                        PartialDate.parse("2025-04-11")).mentions()
                .stream().map(m -> m.headline() + " " + (m.date() == null ? "-" : m.date().iso())).toList();
        assertThat(found).containsExactly(expected.split(";\\s*"));
    }
}
