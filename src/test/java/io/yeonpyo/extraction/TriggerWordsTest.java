package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which trigger words of the data stand in a sentence as acts. Sentences written for the test. */
class TriggerWordsTest {

    private static TriggerWords triggers;

    @BeforeAll
    static void load() {
        triggers = new TriggerWords(Lexicon.load(Path.of("data")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            아마존이 앤트로픽에 투자했다.                   | 투자   | true
            앤트로픽의 최대 투자자인 아마존                 | 투자   | false
            구글은 앤트로픽과 계약을 맺지 않았다.            | 계약   | false
            엔비디아 창업자는 "우리가 투자할 것"이라고 말했다. | 투자   | false
            오라클은 오픈AI와 손잡았다.                    | 손잡   | true
            MS는 오픈AI의 지적재산권을 확보했다.            | 지적   | false
            """)
    void findsTheWordAsAnAct(String sentence, String word, boolean expected) {
        boolean found = triggers.find(sentence).stream()
                .anyMatch(h -> sentence.substring(h.start(), h.end()).equals(word));
        assertThat(found).isEqualTo(expected);
    }
}
