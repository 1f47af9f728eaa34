package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "그" after a sentence that names two people is the one that sentence was about: its subject or topic, not the
 * other party. Two people sharing the subject ("머스크와 올트먼은") leave it open. Our own sentences.
 */
class PersonPronounTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            머스크는 지난해 2월 올트먼 등을 상대로 소송을 냈다.     | 그는 같은 해 8월 다시 소를 제기했다.       | elon-musk
            올트먼 CEO가 지난 4일 머스크를 비판했다.                 | 그는 이튿날 오픈AI를 떠났다.               | sam-altman
            나델라가 3월 술레이먼을 만났다.                          | 그는 같은 달 구글에 투자했다.              | satya-nadella
            머스크와 올트먼은 2015년 오픈AI를 세웠다.                 | 그는 2018년 이사회를 떠났다.               | -
            머스크를 올트먼이 지난해 고소했다.                        | 그는 같은 해 8월 다시 소를 제기했다.       | sam-altman
            """)
    void theOneTheSentenceBeforeWasAboutActs(String before, String sentence, String expected) {
        List<EventMention> mentions = SeedLexicon.ANALYZER.readSentences(before + "\n" + sentence,
                PartialDate.parse("2025-03-05")).mentions().stream().filter(m -> m.sentence().equals(sentence.strip()))
                .toList();
        String people = mentions.stream().flatMap(m -> m.actors().stream())
                .filter(id -> id.equals("elon-musk") || id.equals("sam-altman") || id.equals("satya-nadella"))
                .findFirst().orElse("-");
        assertThat(people).isEqualTo(expected);
    }
}
