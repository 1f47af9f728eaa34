package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExpressionsTest {

    /** The keys of the Korean bundle: every rule a derivation names must be worded there. */
    private static final Set<String> WORDED = bundleKeys();

    @ParameterizedTest(name = "[{index}] {0} (발행 {1}) → {3} {4}")
    @CsvFileSource(resources = "/extraction/date-expressions.csv", delimiter = '|', numLinesToSkip = 1)
    void findsAndResolves(String sentence, String published, String context, String text, String iso,
                          Precision precision, Qualifier qualifier, int count) {
        List<DateMention> mentions = DateExpressions.find(sentence, anchor(published), anchor(context));

        assertThat(mentions).as("mentions in '%s': %s", sentence, mentions).hasSize(count);
        if (text == null) {
            return;
        }
        DateMention mention = mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
        assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(text);
        assertThat(mention.derivation()).isNotNull();
        for (Derivation d = mention.derivation(); d != null; d = d.nested()) {
            assertThat(WORDED).as("rule %s has a wording", d.rule()).contains("derivation." + d.rule());
        }
        if (iso == null) {
            assertThat(mention.resolved()).as("%s", mention.derivation()).isNull();
            return;
        }
        assertThat(mention.resolved()).as("%s", mention.derivation()).isNotNull();
        assertThat(mention.resolved().iso()).as("%s", mention.derivation()).isEqualTo(iso);
        assertThat(mention.resolved().precision()).isEqualTo(precision);
        assertThat(mention.resolved().qualifier()).as("%s", mention.derivation()).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0} (발행 {1})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            지난달 발표       | 2025-07    | resolved.publication               | 지난달,2025-06,2025-07 |
            2019년 투자       | 2025-07    | resolved.absolute                  | 2019년,2019 |
            2019년 투자       | none       | resolved.absolute                  | 2019년,2019 |
            지난달 발표       | none       | failed.unknownPublication      | 지난달,을 |
            올해 발표         | none       | failed.unknownPublication      | 올해,를 |
            금요일 발표       | 2025-07    | failed.publicationMonthOnly    | 금요일,을,2025-07 |
            2월 30일 발표     | 2025-07    | failed.notInCalendar           | 2월 30일,을 |
            29일(현지시간) 발표 | 2025-04  | resolved.publication.noted         | 29일(현지시간),2025-04-29,2025-04 | note.dayOfPublicationMonth
            2026년 봄 가동    | 2025-07    | resolved.absolute.noted            | 2026년 봄,2026/EARLY             | note.spring
            상반기 출시       | 2025-07    | resolved.publication.noted         | 상반기,2025/EARLY,2025-07        | note.firstHalf
            지난주 발표       | 2023-11-22 | resolved.publication.noted         | 지난주,2023-11,2023-11-22         | note.lastWeekAsMonthOf
            """)
    void explainsDerivation(String sentence, String published, String rule, String args, String note) {
        List<DateMention> mentions = DateExpressions.find(sentence, anchor(published), null);

        Derivation derivation = mentions.get(0).derivation();
        assertThat(mentions).hasSize(1);
        assertThat(derivation.rule()).isEqualTo(rule);
        assertThat(derivation.args()).containsExactly(args.split(","));
        assertThat(derivation.nested() == null ? null : derivation.nested().rule()).isEqualTo(note);
    }

    @Test
    void aWeekNoteNamesTheDayWhoseMonthStandsForTheWeek() {
        List<DateMention> mentions = DateExpressions.find("지난주 발표", PartialDate.parse("2023-11-22"), null);

        assertThat(mentions).singleElement().extracting(DateMention::derivation)
                .isEqualTo(new Derivation("resolved.publication.noted", List.of("지난주", "2023-11", "2023-11-22"),
                        Derivation.of("note.lastWeekAsMonthOf", "2023-11-15")));
    }

    @Test
    void elapsedDaysExplainTheirBasis() {
        List<DateMention> mentions = DateExpressions.find("닷새 만에 복귀", PartialDate.parse("2023-11-22"),
                PartialDate.parse("2023-11-17"));

        assertThat(mentions).singleElement().extracting(DateMention::derivation)
                .isEqualTo(Derivation.of("resolved.previous", "닷새 만", "2023-11-22", "2023-11-17"));
    }

    @Test
    void listsMentionsLeftToRightWithoutOverlap() {
        String sentence = "2023년 11월 17일 해임된 알트먼은 닷새 만에 복귀했고, 지난해 말 MS는 11월 20일 발표를 되풀이했다";

        List<DateMention> mentions = DateExpressions.find(sentence, PartialDate.parse("2024-02"), PartialDate.parse("2023-11-17"));

        assertThat(mentions).extracting(DateMention::text)
                .containsExactly("2023년 11월 17일", "닷새 만", "지난해 말", "11월 20일");
        assertThat(mentions).extracting(m -> m.resolved().toString())
                .containsExactly("2023-11-17", "2023-11-22", "2023/LATE", "2023-11-20");
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
        }
    }

    @Test
    void survivesLongRepetitiveText() {
        assertThat(DateExpressions.find("11월 ".repeat(5000), PartialDate.parse("2025-07"), null))
                .hasSize(5000).allSatisfy(m -> assertThat(m.resolved()).isEqualTo(PartialDate.ofMonth(2024, 11)));
        assertThat(DateExpressions.find("지난 현지시간 (".repeat(5000), PartialDate.parse("2025-07"), null)).isEmpty();
    }

    @Test
    void emptyOrMissingSentenceHasNoDates() {
        assertThat(DateExpressions.find("", null, null)).isEmpty();
        assertThat(DateExpressions.find(null, null, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0월 0일", "99월 99일", "2월 31일(현지시간)", "9999년 99월 99일", "31일 31일 31일", "(((",
            "지난지난해", "일요일(31일)", "2100년 12월 31일 오후 99시99분", "며칠 만 며칠 만", "2024..03..07"})
    void neverThrows(String sentence) {
        for (String published : List.of("none", "2025", "2025-04", "2025-06-08")) {
            assertThatCode(() -> DateExpressions.find(sentence, anchor(published), anchor(published)))
                    .doesNotThrowAnyException();
        }
    }

    private static PartialDate anchor(String iso) {
        return iso == null || iso.equals("none") ? null : PartialDate.parse(iso);
    }

    private static Set<String> bundleKeys() {
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(DateExpressionsTest.class.getResourceAsStream("/messages.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle.stringPropertyNames();
    }
}
